/**
 * A plain data table in a region that scrolls sideways on a narrow tab: focusable, so a keyboard
 * can scroll it (axe: scrollable-region-focusable), named by its caption for screen readers.
 */
import * as React from 'react';
import { sectionClasses } from './tableClasses';
import { visuallyHidden } from './visuallyHidden';

export interface ScrollTableProps {
  /** The region's name and the table's (hidden) caption. */
  caption: string;
  /** Data attributes for the table element (tests and styling hooks). */
  tableProps?: Record<`data-${string}`, string | number | boolean>;
  children: React.ReactNode;
}

export function ScrollTable(props: ScrollTableProps): JSX.Element {
  return (
    <div className={sectionClasses.scroll} role="region" aria-label={props.caption} tabIndex={0}>
      <table className={sectionClasses.table} {...props.tableProps}>
        <caption className={visuallyHidden}>{props.caption}</caption>
        {props.children}
      </table>
    </div>
  );
}
