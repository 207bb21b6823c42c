/**
 * One project's benefits: each as baseline → latest → target with its trend, a line chart of its
 * measurements (with the same data as a table), and for those allowed: record a measurement,
 * change the status, or open SharePoint's own form.
 */
import type { IDropdownOption } from '@fluentui/react';
import { DefaultButton, Dropdown, FontIcon, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import type { ListInfo } from '../../data/contract/repository.types';
import type { Day } from '../../domain/followup/model';
import type { BenefitRow } from '../../domain/benefits/portfolio';
import type { BenefitProgress } from '../../domain/benefits/progress';
import type { Project } from '../../domain/model';
import { IconText } from '../common/Badges';
import { format } from '../common/format';
import { EditLink, NewLink } from '../common/HostLinks';
import { useStrings } from '../common/SalkkuContext';
import { BenefitChart } from './BenefitChart';
import type { SavedBenefit } from './BenefitsPortfolio';
import { projectName } from './BenefitsPortfolio';
import { dueText, statusText, typeText, valueText } from './benefitTexts';

export interface ProjectBenefitsProps {
  /** The projects to choose from (those with benefits). */
  projects: readonly Project[];
  selected: number | undefined;
  onSelect: (projectId: number) => void;
  rows: readonly BenefitRow[];
  today: Day;
  canRecord: boolean;
  canEdit: boolean;
  benefitsList: ListInfo | undefined;
  onRecord: (benefit: SavedBenefit) => void;
  onChangeStatus: (benefit: SavedBenefit) => void;
  headingRef: React.RefObject<HTMLHeadingElement>;
  narrow: boolean;
}

/** An icon before a text that wraps (the badges' IconText keeps to one line). */
function Flag(props: { icon: string; text: string }): JSX.Element {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'baseline', gap: 4 }}>
      <FontIcon aria-hidden={true} iconName={props.icon} />
      <span>{props.text}</span>
    </span>
  );
}

function trendText(strings: ISalkkuStrings, progress: BenefitProgress): { icon: string; text: string } {
  if (progress.latest === null) {
    return { icon: 'Clock', text: strings.BnTrendNone };
  }
  if (progress.reached) {
    return { icon: 'Trophy2', text: strings.BnReached };
  }
  switch (progress.trend) {
    case 'towards':
      return { icon: 'Up', text: strings.BnTrendTowards };
    case 'away':
      return { icon: 'Down', text: strings.BnTrendAway };
    case 'flat':
      return { icon: 'Forward', text: strings.BnTrendFlat };
    default:
      return { icon: 'Info', text: strings.BnNoValue };
  }
}

function BenefitCard(props: { row: BenefitRow } & Omit<ProjectBenefitsProps, 'projects' | 'selected' | 'onSelect' | 'rows' | 'headingRef'>): JSX.Element {
  const strings = useStrings();
  const { benefit: b, progress } = props.row;
  const id = b.id ?? 0;
  const trend = trendText(strings, progress);
  const facts = [
    format(strings.BnTypeIs, typeText(strings, b.type)),
    format(strings.BnStatusIs, statusText(strings, b.status)),
    b.owner ? format(strings.BnOwnerIs, b.owner.title) : strings.BnNoOwner,
    b.indicator ? format(strings.BnIndicatorIs, b.indicator) : null,
    b.statusReason ? format(strings.BnReasonIs, b.statusReason) : null
  ].filter((s): s is string => s !== null);
  const saved: SavedBenefit = { ...b, id };
  return (
    <article aria-labelledby={`salkku-bn-benefit-${id}`} data-salkku-benefit={id} style={{ borderTop: '1px solid rgba(128,128,128,.35)', paddingTop: 12 }}>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h4" variant="mediumPlus" block={true} id={`salkku-bn-benefit-${id}`} style={{ fontWeight: 600 }}>
          {b.title}
        </Text>
        {props.row.mine && <IconText icon="Contact" text={strings.BnMine} />}
        <Text block={true} variant="small">
          {facts.join(' · ')}
        </Text>
        <Text block={true} data-salkku-journey={id}>
          {format(strings.BnJourney, valueText(strings, b.baseline, b.unit), valueText(strings, progress.latest?.value, b.unit), valueText(strings, b.target, b.unit))}
        </Text>
        <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 16 }}>
          <span data-salkku-trend={progress.reached ? 'reached' : progress.trend ?? 'none'}>
            <Flag icon={trend.icon} text={trend.text} />
          </span>
          {progress.share !== null && <Text>{format(strings.BnShare, Math.round(progress.share * 100))}</Text>}
          {props.row.due && <Flag icon="Warning" text={dueText(strings, props.row.due)} />}
        </Stack>
        <BenefitChart benefit={b} progress={progress} today={props.today} narrow={props.narrow} />
        <Stack horizontal={true} wrap={true} verticalAlign="center" tokens={{ childrenGap: 12 }}>
          {props.canRecord && b.id !== null && (
            <DefaultButton iconProps={{ iconName: 'Add' }} text={strings.BnRecord} ariaLabel={format(strings.BnRecordFor, b.title)} onClick={() => props.onRecord(saved)} data-salkku-record={id} />
          )}
          {props.canEdit && b.id !== null && (
            <DefaultButton text={strings.BnChangeStatus} ariaLabel={format(strings.BnChangeStatusFor, b.title)} onClick={() => props.onChangeStatus(saved)} data-salkku-change-status={id} />
          )}
          {props.canEdit && props.benefitsList && b.id !== null && <EditLink list={props.benefitsList} id={b.id} label={`${strings.BnEditForm}: ${b.title}`} />}
        </Stack>
      </Stack>
    </article>
  );
}

export function ProjectBenefits(props: ProjectBenefitsProps): JSX.Element {
  const strings = useStrings();
  const options: IDropdownOption[] = props.projects.flatMap((p) => (p.id === null ? [] : [{ key: p.id, text: projectName(p) }]));
  const rows = props.selected === undefined ? [] : props.rows.filter((r) => r.benefit.projectId === props.selected);
  return (
    <section aria-labelledby="salkku-bn-project" data-salkku-benefits-project={props.selected ?? ''}>
      <Stack tokens={{ childrenGap: 12 }}>
        <h3 id="salkku-bn-project" ref={props.headingRef} tabIndex={-1} style={{ margin: 0 }}>
          <Text variant="large">{strings.BnProjectTitle}</Text>
        </h3>
        <Dropdown
          label={strings.BnChooseProject}
          placeholder={strings.BnChooseProjectPlaceholder}
          options={options}
          selectedKey={props.selected ?? null}
          onChange={(_e, o) => o && props.onSelect(Number(o.key))}
          styles={{ root: { maxWidth: 480 } }}
          data-salkku-project-choice="true"
        />
        {props.benefitsList?.permissions.canAdd === true && <NewLink list={props.benefitsList} label={strings.BnNewForm} />}
        {props.selected === undefined ? (
          <Text block={true}>{strings.BnNoProjectChosen}</Text>
        ) : rows.length === 0 ? (
          <Text block={true}>{strings.BnNoBenefits}</Text>
        ) : (
          rows.map((row) => <BenefitCard key={row.benefit.id} row={row} {...props} />)
        )}
      </Stack>
    </section>
  );
}
