/**
 * How SharePoint shows the Projects list Salkku sets up: the "Current plan" view (grouped,
 * sorted and filtered by its stored CAML, cells drawn by the stored column formatting) and the
 * edit form (header, sections and footer of the stored form configuration, help texts under
 * the fields, conditional visibility applied). Drawn only from what the stand-in stores, so a
 * screenshot shows what set-up wrote. A look at SharePoint, not a replacement for it.
 */
import type { ITheme } from '@fluentui/react';
import { Label, Link, MessageBar, MessageBarType, mergeStyles, Spinner, Stack, Text, TextField, ThemeProvider, Toggle, useTheme } from '@fluentui/react';
import * as React from 'react';
import type { FormatterContext, FormatterValue } from './formatterLanguage';
import { formatterText } from './formatterLanguage';
import type { FormatterNode } from '../../src/data/sharepoint/schema/formatting';
import { format } from '../../src/components/common/format';
import type { ListItem } from './caml';
import { parseViewQuery, sortItems } from './caml';
import { FormatterView } from './FormatterView';
import type { ListConfiguration, SpField } from './spLists';
import { readListConfiguration } from './spLists';

export interface ListsPreviewProps {
  webUrl: string;
  strings: ISalkkuStrings;
  /** Culture of the page (fi-FI, sv-SE, en-US): titles and help texts follow it. */
  culture: string;
  /** The host's theme (SharePoint, Teams light, dark or high contrast): the page is drawn in it. */
  theme: ITheme;
}

const PROJECTS_URL = 'Lists/SalkkuProjects';

function display(item: ListItem, field: SpField | undefined, strings: ISalkkuStrings, culture: string): string {
  if (!field) {
    return '';
  }
  const value = item[field.InternalName];
  if (value === null || value === undefined || value === '') {
    return '';
  }
  if (Array.isArray(value)) {
    return value.map((v: { Title?: string }) => v.Title ?? '').join('; ');
  }
  if (typeof value === 'object') {
    return (value as { Title?: string }).Title ?? '';
  }
  if (typeof value === 'boolean') {
    return value ? strings.Yes : strings.No;
  }
  if (typeof value === 'number') {
    return value.toLocaleString(culture);
  }
  if (field.TypeAsString === 'DateTime') {
    return new Date(String(value)).toLocaleDateString(culture);
  }
  return String(value);
}

function formatterValue(value: unknown): FormatterContext['fields'][string] {
  if (value === null || value === undefined) {
    return '';
  }
  if (Array.isArray(value)) {
    return value.map((v: { Title?: string }) => v.Title ?? '').join('; ');
  }
  if (typeof value === 'object') {
    return { title: (value as { Title?: string }).Title ?? '', id: (value as { Id?: number }).Id ?? null };
  }
  return value as FormatterValue;
}

function contextOf(item: ListItem, culture: string, currentField?: string): FormatterContext {
  const fields: Record<string, FormatterContext['fields'][string]> = {};
  for (const [name, value] of Object.entries(item)) {
    fields[name] = formatterValue(value);
  }
  const current = currentField === undefined ? undefined : fields[currentField];
  return { fields, currentField: current === undefined || (current !== null && typeof current === 'object') ? undefined : current, locale: culture };
}

function parseFormatter(json: string | null): FormatterNode | null {
  return json ? (JSON.parse(json) as FormatterNode) : null;
}

const cellLink = mergeStyles({ fontWeight: 600 });

/** The list's and form's colours from the host's theme, as SharePoint and Teams draw them. */
function pageClasses(theme: ITheme): { table: string; groupRow: string; formFrame: string; sectionTitle: string } {
  const { palette, semanticColors, fonts } = theme;
  return {
    table: mergeStyles({
      ...fonts.small,
      color: semanticColors.bodyText,
      borderCollapse: 'collapse',
      width: '100%',
      selectors: {
        th: { textAlign: 'left', fontWeight: 600, padding: '8px', borderBottom: `1px solid ${semanticColors.bodyDivider}`, verticalAlign: 'bottom' },
        td: { padding: '6px 8px', borderBottom: `1px solid ${semanticColors.bodyDivider}`, verticalAlign: 'top' }
      }
    }),
    groupRow: mergeStyles({ selectors: { th: { ...fonts.medium, fontWeight: 600, color: semanticColors.bodyText, background: semanticColors.bodyStandoutBackground, paddingTop: 12 } } }),
    formFrame: mergeStyles({
      ...fonts.medium,
      maxWidth: 960,
      border: `1px solid ${semanticColors.bodyFrameDivider}`,
      padding: 24,
      color: semanticColors.bodyText,
      background: semanticColors.bodyBackground,
      boxShadow: theme.effects.elevation16
    }),
    sectionTitle: mergeStyles({ borderBottom: `1px solid ${palette.neutralTertiaryAlt}`, paddingBottom: 4, marginTop: 24, marginBottom: 8 })
  };
}

interface Group {
  key: string;
  name: string;
  level: number;
  items: ListItem[];
}

/** Groups as SharePoint shows them ("Column : value (count)"), nested, over items sorted by the group columns. */
function groupsOf(items: readonly ListItem[], groupBy: readonly string[], text: (item: ListItem, field: string) => string, title: (field: string) => string, level = 0, parent = ''): Group[] {
  const name = groupBy[level];
  if (name === undefined) {
    return [{ key: `${parent}/items`, name: '', level, items: [...items] }];
  }
  // runs of consecutive items with the same value
  const runs: { value: string; members: ListItem[] }[] = [];
  for (const item of items) {
    const value = text(item, name);
    const run = runs[runs.length - 1];
    if (run && run.value === value) {
      run.members.push(item);
    } else {
      runs.push({ value, members: [item] });
    }
  }
  const groups: Group[] = [];
  for (const { value, members } of runs) {
    const key = `${parent}/${value}`;
    const heading = { key, name: `${title(name)} : ${value || '–'} (${members.length})`, level };
    // the innermost group holds its items; outer ones are headings of the groups inside them
    groups.push(...(level === groupBy.length - 1 ? [{ ...heading, items: members }] : [{ ...heading, items: [] }, ...groupsOf(members, groupBy, text, title, level + 1, key)]));
  }
  return groups;
}

function CurrentPlanView(props: { config: ListConfiguration; strings: ISalkkuStrings; culture: string; onOpen: (id: number) => void }): JSX.Element {
  const { config, strings, culture } = props;
  const { table, groupRow } = pageClasses(useTheme());
  const view = config.views.find((v) => v.ServerRelativeUrl.endsWith('/CurrentPlan.aspx'));
  const field = (name: string): SpField | undefined => config.fields.find((f) => f.InternalName === (name === 'LinkTitle' ? 'Title' : name));
  if (!view) {
    return <MessageBar messageBarType={MessageBarType.warning}>{strings.PreviewListsNoView}</MessageBar>;
  }
  const query = parseViewQuery(view.ViewQuery, config.currentUserId);
  const text = (item: ListItem, name: string): string => display(item, field(name), strings, culture);
  const items = sortItems(config.items.filter(query.matches), query, text);
  const columns = view.ViewFields.Items;
  const cell = (item: ListItem, name: string): React.ReactNode => {
    const spField = field(name);
    const formatter = parseFormatter(spField?.CustomFormatter ?? null);
    if (name === 'LinkTitle') {
      return (
        <Link className={cellLink} onClick={() => props.onOpen(Number(item.Id))}>
          {String(item.Title ?? '')}
        </Link>
      );
    }
    return formatter && spField ? <FormatterView node={formatter} context={contextOf(item, culture, spField.InternalName)} /> : text(item, name);
  };
  return (
    <section aria-labelledby="sp-view-title" data-sp-preview="view">
      <Text as="h3" variant="xLarge" block={true} id="sp-view-title">
        {format(strings.PreviewListsViewHeading, view.Title)}
      </Text>
      <Text variant="small" block={true}>
        {format(strings.PreviewListsViewCount, String(items.length))}
      </Text>
      <table className={table} aria-labelledby="sp-view-title">
        <thead>
          <tr>
            {columns.map((name) => (
              <th key={name} scope="col">
                {field(name)?.Title ?? name}
              </th>
            ))}
          </tr>
        </thead>
        {groupsOf(items, query.groupBy, text, (name) => field(name)?.Title ?? name).map((group) => (
          <tbody key={group.key}>
            {group.name !== '' && (
              <tr className={groupRow}>
                <th scope="rowgroup" colSpan={columns.length} style={{ paddingLeft: 8 + group.level * 24 }}>
                  {group.name}
                </th>
              </tr>
            )}
            {group.items.map((item) => (
              <tr key={String(item.Id)} data-sp-row={String(item.Id)}>
                {columns.map((name) => (
                  <td key={name} data-sp-column={name}>
                    {cell(item, name)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}

// two columns on a wide form, one on a narrow one: an impact level sits next to its justification
const sectionGrid = mergeStyles({ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(360px, 1fr))', columnGap: '24px', rowGap: '12px' });

function FieldEditor(props: { field: SpField; item: ListItem; strings: ISalkkuStrings; culture: string }): JSX.Element {
  const { field, item, strings, culture } = props;
  const value = display(item, field, strings, culture);
  if (field.TypeAsString === 'Boolean') {
    return <Toggle label={field.Title} checked={item[field.InternalName] === true} onText={strings.Yes} offText={strings.No} disabled={true} />;
  }
  return (
    <TextField
      label={field.Title}
      required={field.Required}
      value={value}
      readOnly={true}
      multiline={field.TypeAsString === 'Note'}
      autoAdjustHeight={field.TypeAsString === 'Note'}
      description={field.Description}
    />
  );
}

function ProjectForm(props: { config: ListConfiguration; item: ListItem; strings: ISalkkuStrings; culture: string }): JSX.Element {
  const { config, item, strings, culture } = props;
  const { formFrame, sectionTitle } = pageClasses(useTheme());
  const form = config.form;
  const context = contextOf(item, culture);
  // SharePoint matches a section's names to fields by title in the viewer's language; names in
  // other languages (set-up lists each field under all three) match nothing and are skipped
  const sectionFields = (names: readonly string[]): SpField[] => {
    const found = names.map((name) => config.fields.find((f) => f.InternalName === config.internalNameOf.get(name)));
    return [...new Set(found.filter((f): f is SpField => f !== undefined))];
  };
  const visible = (field: SpField): boolean => !field.ClientValidationFormula || formatterText(field.ClientValidationFormula, context) !== 'false';
  if (!form?.bodyJSONFormatter) {
    return <MessageBar messageBarType={MessageBarType.warning}>{strings.PreviewListsNoForm}</MessageBar>;
  }
  return (
    <section aria-label={strings.PreviewListsFormHeading} data-sp-preview="form" className={formFrame}>
      {form.headerJSONFormatter && <FormatterView node={form.headerJSONFormatter} context={context} />}
      {form.bodyJSONFormatter.sections.map((section) => (
        <div key={section.displayname} role="group" aria-labelledby={`section-${section.displayname}`}>
          <Text as="h4" variant="large" block={true} className={sectionTitle} id={`section-${section.displayname}`}>
            {section.displayname}
          </Text>
          <div className={sectionGrid}>
            {sectionFields(section.fields).map((field) =>
              visible(field) ? <FieldEditor key={field.InternalName} field={field} item={item} strings={strings} culture={culture} /> : null
            )}
          </div>
        </div>
      ))}
      {form.footerJSONFormatter && (
        <div className={mergeStyles({ marginTop: 24 })}>
          <FormatterView node={form.footerJSONFormatter} context={context} />
        </div>
      )}
    </section>
  );
}

function itemFromHash(): number | null {
  const match = /item=(\d+)/.exec(window.location.hash);
  return match ? Number(match[1]) : null;
}

/** The page in the host's theme: Fluent's controls and the drawn list take its colours. */
export function ListsPreview(props: ListsPreviewProps): JSX.Element {
  return (
    <ThemeProvider theme={props.theme} className={mergeStyles({ background: props.theme.semanticColors.bodyBackground, color: props.theme.semanticColors.bodyText })}>
      <ListsPage {...props} />
    </ThemeProvider>
  );
}

/** The site's language as the reader's language names it ("suomi", "Finnish"). */
function languageName(language: string, culture: string): string {
  return new Intl.DisplayNames([culture], { type: 'language' }).of(language) ?? language;
}

function ListsPage(props: ListsPreviewProps): JSX.Element {
  const { strings, culture } = props;
  const [config, setConfig] = React.useState<ListConfiguration | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [itemId, setItemId] = React.useState<number | null>(itemFromHash());
  React.useEffect(() => {
    let live = true;
    readListConfiguration(props.webUrl, PROJECTS_URL, culture).then(
      (read) => live && setConfig(read),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e))
    );
    return () => {
      live = false;
    };
  }, [props.webUrl, culture]);
  const open = (id: number): void => {
    window.location.hash = `item=${id}`;
    setItemId(id);
  };
  if (error) {
    return <MessageBar messageBarType={MessageBarType.error}>{format(strings.PreviewListsError, error)}</MessageBar>;
  }
  if (!config) {
    return <Spinner label={strings.PreviewListsLoading} />;
  }
  // the form shows the chosen item, else the first with a status comment (to show every section)
  const item = config.items.find((i) => i.Id === itemId) ?? config.items.find((i) => i.RagComment) ?? config.items[0];
  return (
    <Stack tokens={{ childrenGap: 24 }}>
      <Text block={true}>{strings.PreviewListsIntro}</Text>
      <CurrentPlanView config={config} strings={strings} culture={culture} onOpen={open} />
      <Text as="h3" variant="xLarge" block={true}>
        {strings.PreviewListsFormHeading}
      </Text>
      <Label>{strings.PreviewListsFormNote}</Label>
      <Text block={true} data-sp-site-language={config.siteLanguage}>
        {format(strings.PreviewListsSiteLanguage, languageName(config.siteLanguage, culture))}
      </Text>
      {item ? <ProjectForm config={config} item={item} strings={strings} culture={culture} /> : <Text>{strings.PreviewListsNoItems}</Text>}
    </Stack>
  );
}
