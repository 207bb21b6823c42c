/**
 * Every field of one project, in the order of the plan template, with the original schedule and
 * cost texts, and "Edit in SharePoint" for users whose list permissions allow editing.
 * Shared by the Portfolio, Timeline and Impact views.
 */
import { mergeStyleSets, MessageBar, MessageBarType, Panel, PanelType, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import { isolateUserText } from '../common/bidi';
import { EditLink, HostLink, ShareProjectLink } from '../common/HostLinks';
import type { PortfolioData } from '../../data/contract/repository.types';
import { completeness, needsAttention } from '../../domain/impact/completeness';
import type { Project } from '../../domain/model';
import { IMPACT_PERSPECTIVES } from '../../domain/model';
import { ASSESSMENT_STATUS, keyOf } from '../../domain/vocabulary';
import { useStrings } from '../common/SalkkuContext';
import { ImpactBadge, RagBadge } from '../common/Badges';
import { format } from '../common/format';
import { describeSchedule, formatCostRange, formatDate, formatScheduleRange } from '../common/formatting';
import { categoryLabel, impactLevelLabels, likelihoodLabel, ownerLabel, perspectiveLabels, ragLabel, serviceAreaLabel, statusLabel } from '../common/labels';
import { TextBlock } from '../common/TextBlock';
import { useFullProject } from './useFullProject';

export interface ProjectDetailPanelProps {
  project: Project | undefined;
  data: PortfolioData;
  /** Reads the whole project (long texts, people): the view's data holds a summary. */
  getProject: (id: number) => Promise<Project>;
  onDismiss: () => void;
}

const classes = mergeStyleSets({
  list: { display: 'grid', gridTemplateColumns: 'minmax(120px, 35%) 1fr', columnGap: 12, rowGap: 6, margin: 0 },
  term: { fontWeight: 600, margin: 0 },
  value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  section: { marginTop: 20 }
});

type Row = [string, React.ReactNode];

function Section(props: { title: string; rows: Row[] }): JSX.Element {
  return (
    <section className={classes.section}>
      <Text as="h3" variant="mediumPlus" block={true}>
        {props.title}
      </Text>
      <dl className={classes.list}>
        {props.rows.map(([term, value]) => (
          <React.Fragment key={term}>
            <dt className={classes.term}>{term}</dt>
            <dd className={classes.value}>{value}</dd>
          </React.Fragment>
        ))}
      </dl>
    </section>
  );
}

function assessmentStatusLabel(strings: ISalkkuStrings, value: string | null): string | null {
  const key = keyOf(ASSESSMENT_STATUS, value);
  return key === 'approved' ? strings.AssessmentStatusApproved : key === 'draft' ? strings.AssessmentStatusDraft : value;
}

export function ProjectDetailPanel(props: ProjectDetailPanelProps): JSX.Element {
  const strings = useStrings();
  const { data } = props;
  const full = useFullProject(props.project, props.getProject);
  const project = full.project;
  const list = data.lists.projects;
  const text = (value: string | null): JSX.Element => <TextBlock value={value} empty={strings.EmptyValue} />;
  const plain = (value: string | null | undefined): string => (value === null || value === undefined || value === '' ? strings.EmptyValue : value);

  const body = (p: Project): JSX.Element => {
    const result = completeness(p);
    const levelLabels = impactLevelLabels(strings);
    const perspectives = perspectiveLabels(strings);
    const goals = p.goalIds.map((id) => data.goals.find((g) => g.id === id)?.title).filter((t): t is string => t !== undefined);
    const plans = p.planIds.map((id) => data.plans.find((pl) => pl.id === id)?.title ?? String(id));
    return (
      <div data-salkku-detail={p.id ?? ''}>
        <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 16 }}>
          {list.permissions.canEdit && p.id !== null && <EditLink list={list} id={p.id} label={strings.EditInSharePoint} />}
          <HostLink href={list.viewUrl}>{strings.OpenList}</HostLink>
        </Stack>
        {p.id !== null && <ShareProjectLink project={{ id: p.id, title: p.title }} />}
        <Section
          title={strings.SectionBasics}
          rows={[
            [strings.FieldNumber, plain(p.number)],
            [strings.FieldCategory, plain(categoryLabel(strings, p.category))],
            [strings.FieldServiceArea, plain(serviceAreaLabel(strings, p.serviceArea))],
            [strings.FieldUnit, plain(p.unit)],
            [strings.FieldPlans, plain(plans.join(', '))],
            [strings.FieldMandatory, p.mandatoryByLaw ? strings.Yes : strings.No]
          ]}
        />
        <Section title={strings.SectionDescription} rows={[[strings.FieldDescription, text(p.description)], [strings.FieldWhatChanges, text(p.impacts.economic.text)]]} />
        <Section title={strings.SectionStrategy} rows={[[strings.FieldGoals, plain(goals.join(', '))], [strings.FieldStrategicBackground, text(p.strategicBackground)]]} />
        <Section
          title={strings.SectionSchedule}
          rows={[
            [strings.FieldSchedule, text(p.schedule.text)],
            [strings.FieldScheduleUnderstood, describeSchedule(p.schedule, strings)],
            ...(p.schedule.phases.length > 0
              ? ([[strings.FieldPhases, p.schedule.phases.map((ph) => `${ph.name}: ${formatScheduleRange({ ...p.schedule, start: ph.start, end: ph.end }, strings) ?? ph.text}`).join('; ')]] as Row[])
              : []),
            [strings.FieldLikelihood, plain(likelihoodLabel(strings, p.likelihood))],
            [strings.FieldLikelihoodNote, text(p.likelihoodNote)],
            [strings.FieldScheduleOwner, plain(ownerLabel(strings, p.scheduleOwner))]
          ]}
        />
        <Section
          title={strings.SectionCosts}
          rows={[
            [strings.FieldCosts, text(p.costs.text)],
            [strings.FieldInvestment, formatCostRange(p.costs.investmentMin, p.costs.investmentMax, strings) ?? strings.CostsUnknown],
            [strings.FieldRecurring, formatCostRange(p.costs.recurringPerYearMin, p.costs.recurringPerYearMax, strings) ?? strings.CostsUnknown],
            [strings.FieldFunding, text(p.fundingNote)],
            [strings.FieldResources, text(p.resources)]
          ]}
        />
        <Section
          title={`${strings.SectionImpact} (${format(strings.AssessmentCount, result.assessed, result.total)})`}
          rows={[
            ...IMPACT_PERSPECTIVES.map((perspective): Row => {
              const effective = result.perspectives[perspective];
              const level = effective.level;
              const label = effective.unknownChoice ?? (level ? levelLabels[level] : effective.state === 'described' ? strings.ImpactDescribed : strings.ImpactNotAssessed);
              return [
                perspectives[perspective],
                <>
                  <ImpactBadge level={level ?? (effective.state === 'described' ? 'described' : 'notAssessed')} label={label} />
                  {perspective !== 'economic' && <TextBlock value={p.impacts[perspective].text} empty="" />}
                </>
              ];
            }),
            [strings.FieldAssessmentStatus, plain(assessmentStatusLabel(strings, p.assessmentStatus))],
            [strings.FieldAssessedBy, plain(p.assessedBy?.title)],
            [strings.FieldAssessedOn, plain(formatDate(p.assessedOn, strings.Locale))],
            ...(needsAttention(p) ? ([[strings.ColAssessment, strings.AssessmentNeedsAttention]] as Row[]) : [])
          ]}
        />
        <Section
          title={strings.SectionFollowUp}
          rows={[
            [strings.FieldStatus, plain(statusLabel(strings, p.status))],
            [strings.FieldRag, p.rag ? <RagBadge value={p.rag} label={ragLabel(strings, p.rag)} /> : strings.RagNone],
            [strings.FieldRagComment, text(p.ragComment)],
            [strings.FieldProgress, p.progress === null ? strings.EmptyValue : format(strings.ProgressValue, p.progress)],
            [strings.FieldProjectManager, plain(p.projectManager?.title)],
            [strings.FieldSystems, text(p.systems)]
          ]}
        />
      </div>
    );
  };

  return (
    <Panel
      isOpen={project !== undefined}
      onDismiss={props.onDismiss}
      type={PanelType.medium}
      headerText={project ? `${project.number ?? ''} ${project.title}`.trim() : strings.DetailPanelLabel}
      closeButtonAriaLabel={strings.Close}
      isLightDismiss={true}
      isBlocking={false}
      className={isolateUserText}
    >
      {full.loading && <Spinner size={SpinnerSize.small} label={strings.LoadingDetails} labelPosition="right" ariaLive="polite" data-salkku-details-loading="true" />}
      {full.failed && <MessageBar messageBarType={MessageBarType.warning}>{strings.DetailsFailed}</MessageBar>}
      {project && body(project)}
    </Panel>
  );
}
