/** The plain tables of the follow-up and proposals views: left-aligned cells, row rules, sideways scroll on a narrow tab. */
import { mergeStyleSets } from '@fluentui/react';

export const sectionClasses = mergeStyleSets({
  table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': { textAlign: 'left', verticalAlign: 'top', padding: '6px 8px', borderBottom: '1px solid rgba(128,128,128,.35)' }, th: { fontWeight: 600 } } },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  list: { listStyle: 'none', margin: 0, padding: 0, selectors: { li: { padding: '4px 0' } } }
});
