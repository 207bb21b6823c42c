/**
 * The carry-over links of an import (imported project → an earlier plan's project, and why) and
 * the projects left unlinked because several earlier projects fit. Before writing, each link has
 * an un-link control (the project is then created as new); after writing it is shown as done.
 */
import { ActionButton, MessageBar, MessageBarType, mergeStyleSets, Stack, Text, useTheme } from '@fluentui/react';
import * as React from 'react';
import type { CarryOverLink, ImportReport, LinkedItem } from '../../data/contract/importPlan';
import { useStrings } from '../common/SalkkuContext';
import { format } from '../common/format';

export interface ImportLinksProps {
  report: ImportReport;
  /** Un-links or links again the imported project at this index; absent once written. */
  onToggle?: (index: number) => void;
  /** A new preview is being made: the controls wait. */
  busy?: boolean;
}

function numbered(number: string | null, title: string): string {
  return number ? `${number} ${title}` : title;
}

function why(strings: ISalkkuStrings, link: CarryOverLink): string {
  return [
    ...link.matchedOn.map((on) => (on === 'title' ? strings.ImportLinkSameTitle : strings.ImportLinkSameNumber)),
    link.serviceArea ? format(strings.ImportLinkServiceArea, link.serviceArea) : format(strings.ImportLinkCategory, link.category ?? strings.EmptyValue),
    ...(link.unit ? [format(strings.ImportLinkUnit, link.unit)] : []),
    ...(link.organisation ? [format(strings.ImportLinkOrganisation, link.organisation)] : [])
  ].join(', ');
}

export function ImportLinks(props: ImportLinksProps): JSX.Element | null {
  const strings = useStrings();
  const theme = useTheme();
  const { report, onToggle } = props;
  const classes = mergeStyleSets({
    table: { width: '100%', borderCollapse: 'collapse', selectors: { 'th, td': { textAlign: 'left', verticalAlign: 'top', padding: 4, borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` } } }
  });
  const existing = (item: LinkedItem): string => format(strings.ImportLinkExisting, item.number ?? '', item.title, item.plans.map((p) => p.title).join(', ') || strings.EmptyValue).trim();
  if (report.links.length === 0 && report.ambiguous.length === 0) {
    return null;
  }
  return (
    <Stack tokens={{ childrenGap: 8 }} data-salkku-import-links={report.links.length}>
      {report.links.length > 0 && (
        <>
          <Text variant="mediumPlus" role="heading" aria-level={3}>
            {format(strings.ImportLinksTitle, report.links.length)}
          </Text>
          {onToggle && <Text block={true}>{strings.ImportLinksIntro}</Text>}
          <table className={classes.table}>
            <thead>
              <tr>
                <th scope="col">{strings.ImportLinkColImported}</th>
                <th scope="col">{strings.ImportLinkColExisting}</th>
                <th scope="col">{strings.ImportLinkColWhy}</th>
                <th scope="col">{strings.ColStatus}</th>
              </tr>
            </thead>
            <tbody>
              {report.links.map((link) => (
                <tr key={link.index} data-salkku-import-link={link.index} data-salkku-unlinked={link.unlinked}>
                  <td>{numbered(link.number, link.title)}</td>
                  <td>{existing(link.item)}</td>
                  <td>{why(strings, link)}</td>
                  <td>
                    <Text block={true}>{link.unlinked ? strings.ImportUnlinked : strings.ImportLinked}</Text>
                    {onToggle && (
                      <ActionButton
                        text={link.unlinked ? strings.ImportRelink : strings.ImportUnlink}
                        ariaLabel={link.unlinked ? undefined : format(strings.ImportUnlinkLabel, numbered(link.number, link.title))}
                        iconProps={{ iconName: link.unlinked ? 'Link' : 'RemoveLink' }}
                        disabled={props.busy === true}
                        onClick={() => onToggle(link.index)}
                        data-salkku-unlink={link.index}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {report.ambiguous.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline={true} data-salkku-import-ambiguous={report.ambiguous.length}>
          <Text block={true}>{format(strings.ImportAmbiguousTitle, report.ambiguous.length)}</Text>
          <ul>
            {report.ambiguous.map((a) => (
              <li key={a.index}>{format(a.reason === 'several' ? strings.ImportAmbiguousSeveral : strings.ImportAmbiguousShared, numbered(a.number, a.title), a.candidates.map(existing).join('; '))}</li>
            ))}
          </ul>
        </MessageBar>
      )}
    </Stack>
  );
}
