/**
 * Submitting a proposal from the web part (issue 20): the proposal list's fields in the list
 * form's sections, the schedule and cost texts read back as understood, required and numeric
 * fields checked before anything is sent. A failed save keeps everything typed and says why.
 */
import type { IDropdownOption } from '@fluentui/react';
import { Checkbox, Dropdown, MessageBar, MessageBarType, Stack, Text, TextField } from '@fluentui/react';
import * as React from 'react';
import type { ImpactPerspective, Person, StrategicGoal } from '../../domain/model';
import type { Proposal } from '../../domain/proposals/model';
import { IMPACT_LEVEL, keyOf } from '../../domain/vocabulary';
import { errorMessage } from '../common/errorText';
import { format } from '../common/format';
import { formatCostRange, formatScheduleRange } from '../common/formatting';
import { impactLevelLabels, perspectiveLabels, serviceAreaLabel } from '../common/labels';
import { FormPanel } from '../common/FormPanel';
import { useStrings } from '../common/SalkkuContext';
import type { DraftField, ProposalDraft } from './proposalDraft';
import { costsOf, draftProblems, emptyDraft, NOTED_PERSPECTIVES, proposalFromDraft, scheduleOf } from './proposalDraft';
import { asRepositoryError } from '../../data/contract/errors';

export interface ProposalFormPanelProps {
  /** Stored service-area texts to choose from (the list's choices as the city has them). */
  serviceAreas: readonly string[];
  /** Stored impact-level texts to choose from. */
  impactLevels: readonly string[];
  goals: readonly StrategicGoal[];
  currentUser: Person | null;
  /** Adds the proposal; rejects with the repository's error (the panel stays open). */
  onSave: (proposal: Proposal) => Promise<void>;
  onDismiss: () => void;
}

const NONE = '';
/** Fields side by side, wrapping on narrow screens (a wrapping Stack would pull them outside the column). */
const ROW: React.CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 12 };

function Section(props: { id: string; title: string; children: React.ReactNode }): JSX.Element {
  return (
    <section aria-labelledby={props.id}>
      <Text as="h3" variant="large" block={true} id={props.id} styles={{ root: { margin: '16px 0 4px' } }}>
        {props.title}
      </Text>
      <Stack tokens={{ childrenGap: 12 }}>{props.children}</Stack>
    </section>
  );
}

export function ProposalFormPanel(props: ProposalFormPanelProps): JSX.Element {
  const strings = useStrings();
  const [draft, setDraft] = React.useState<ProposalDraft>(() => ({ ...emptyDraft(), contactIsMe: props.currentUser !== null }));
  const [tried, setTried] = React.useState(false);
  const [saving, setSaving] = React.useState<{ busy: boolean; error?: string }>({ busy: false });
  const change = (changes: Partial<ProposalDraft>): void => setDraft((d) => ({ ...d, ...changes }));
  const problems = draftProblems(draft);
  const invalid = Object.keys(problems).length > 0;
  const problemText = (field: DraftField): string | undefined => {
    if (!tried) {
      return undefined;
    }
    const problem = problems[field];
    return problem === 'required' ? strings.PrFormRequired : problem === 'notNumber' ? strings.PrFormDaysInvalid : undefined;
  };

  const save = (): void => {
    setTried(true);
    if (invalid || saving.busy) {
      return;
    }
    setSaving({ busy: true });
    props.onSave(proposalFromDraft(draft, props.currentUser)).then(
      // the view closes the panel
      () => undefined,
      (error: unknown) => setSaving({ busy: false, error: errorMessage(strings, asRepositoryError(error), false, true) })
    );
  };

  const levelLabels = impactLevelLabels(strings);
  const levelText = (stored: string): string => {
    const key = keyOf(IMPACT_LEVEL, stored);
    return key === undefined ? stored : levelLabels[key];
  };
  const levelOptions: IDropdownOption[] = [{ key: NONE, text: strings.PrFieldNotChosen }, ...props.impactLevels.map((level) => ({ key: level, text: levelText(level) }))];
  const areaOptions: IDropdownOption[] = [{ key: NONE, text: strings.PrFieldNotChosen }, ...props.serviceAreas.map((area) => ({ key: area, text: serviceAreaLabel(strings, area) ?? area }))];
  const goalOptions: IDropdownOption[] = props.goals.flatMap((goal) => (goal.id === null ? [] : [{ key: goal.id, text: goal.strategyPeriod ? `${goal.title} (${goal.strategyPeriod})` : goal.title }]));
  const perspectives = perspectiveLabels(strings);
  const levelField = (perspective: ImpactPerspective): JSX.Element => (
    <Dropdown
      label={format(strings.PrFieldImpactLevel, perspectives[perspective])}
      options={levelOptions}
      selectedKey={draft.levels[perspective] ?? NONE}
      onChange={(_e, o) => o && change({ levels: { ...draft.levels, [perspective]: o.key === NONE ? null : String(o.key) } })}
      data-salkku-form-level={perspective}
    />
  );

  const schedule = draft.scheduleText.trim() === '' ? undefined : scheduleOf(draft);
  const scheduleRange = schedule ? formatScheduleRange(schedule.schedule, strings) : null;
  const costs = draft.costText.trim() === '' ? undefined : costsOf(draft);
  const notKnown = strings.PrNoEstimate.toLowerCase();
  const costsRead = costs
    ? format(
        strings.PrCostsUnderstood,
        formatCostRange(costs.costs.investmentMin, costs.costs.investmentMax, strings) ?? notKnown,
        formatCostRange(costs.costs.recurringPerYearMin, costs.costs.recurringPerYearMax, strings) ?? notKnown
      )
    : undefined;


  return (
    <FormPanel
      headerText={strings.PrFormTitle}
      onDismiss={props.onDismiss}
      primary={{ text: strings.PrFormSubmit, onClick: save, marker: 'data-salkku-proposal-submit' }}
      busy={saving.busy && { label: strings.PrFormSaving }}
      dismissText={strings.Cancel}
      marker="data-salkku-proposal-form"
    >
      <Stack tokens={{ childrenGap: 8 }}>
        <Text block={true} variant="small">
          {strings.PrFormIntro}
        </Text>
        <div role="alert">
          {tried && invalid && (
            <MessageBar messageBarType={MessageBarType.error} data-salkku-proposal-form-error="invalid">
              {strings.PrFormInvalid}
            </MessageBar>
          )}
          {saving.error !== undefined && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline={true} data-salkku-proposal-form-error="save">
              {saving.error}
            </MessageBar>
          )}
        </div>
        <Section id="salkku-pf-proposal" title={strings.PrFormSectionProposal}>
          <TextField
            label={strings.PrFieldTitle}
            description={strings.PrFieldTitleHelp}
            required={true}
            maxLength={255}
            value={draft.title}
            onChange={(_e, v) => change({ title: v ?? '' })}
            errorMessage={problemText('title')}
            data-salkku-form-field="title"
          />
          <Dropdown label={strings.PrFieldServiceArea} options={areaOptions} selectedKey={draft.serviceArea ?? NONE} onChange={(_e, o) => o && change({ serviceArea: o.key === NONE ? null : String(o.key) })} />
          <Text variant="small" block={true} styles={{ root: { marginTop: -8 } }}>
            {strings.PrFieldServiceAreaHelp}
          </Text>
          <TextField label={strings.PrFieldUnit} description={strings.PrFieldUnitHelp} maxLength={255} value={draft.unit} onChange={(_e, v) => change({ unit: v ?? '' })} />
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend>
              <Text variant="medium" styles={{ root: { fontWeight: 600 } }}>
                {strings.PrFieldContact}
              </Text>
            </legend>
            {props.currentUser === null ? (
              <Text variant="small" block={true}>
                {strings.PrFieldContactUnknown}
              </Text>
            ) : (
              <>
                <Checkbox label={format(strings.PrFieldContactMe, props.currentUser.title)} checked={draft.contactIsMe} onChange={(_e, checked) => change({ contactIsMe: checked === true })} />
                <Text variant="small" block={true} styles={{ root: { marginTop: 4 } }}>
                  {strings.PrFieldContactHelp}
                </Text>
              </>
            )}
          </fieldset>
        </Section>
        <Section id="salkku-pf-need" title={strings.PrFormSectionNeed}>
          <TextField
            label={strings.PrFieldNeed}
            description={strings.PrFieldNeedHelp}
            required={true}
            multiline={true}
            autoAdjustHeight={true}
            rows={4}
            value={draft.need}
            onChange={(_e, v) => change({ need: v ?? '' })}
            errorMessage={problemText('need')}
          />
          <TextField label={strings.PrFieldChanges} description={strings.PrFieldChangesHelp} multiline={true} autoAdjustHeight={true} rows={3} value={draft.changes} onChange={(_e, v) => change({ changes: v ?? '' })} />
          {goalOptions.length === 0 ? (
            <Text variant="small" block={true}>
              {strings.PrFieldGoalsNone}
            </Text>
          ) : (
            <>
              <Dropdown
                label={strings.PrFieldGoals}
                multiSelect={true}
                options={goalOptions}
                selectedKeys={draft.goalIds}
                onChange={(_e, o) => o && change({ goalIds: o.selected ? [...draft.goalIds, Number(o.key)] : draft.goalIds.filter((id) => id !== Number(o.key)) })}
              />
              <Text variant="small" block={true} styles={{ root: { marginTop: -8 } }}>
                {strings.PrFieldGoalsHelp}
              </Text>
            </>
          )}
          <Checkbox label={strings.PrFieldMandatory} checked={draft.mandatoryByLaw} onChange={(_e, checked) => change({ mandatoryByLaw: checked === true })} />
          <Text variant="small" block={true} styles={{ root: { marginTop: -8 } }}>
            {strings.PrFieldMandatoryHelp}
          </Text>
        </Section>
        <Section id="salkku-pf-effort" title={strings.PrFormSectionEffort}>
          <TextField label={strings.PrFieldSchedule} description={strings.PrFieldScheduleHelp} value={draft.scheduleText} onChange={(_e, v) => change({ scheduleText: v ?? '' })} />
          {schedule && (
            <Text variant="small" block={true} data-salkku-form-read="schedule">
              {scheduleRange !== null ? format(strings.PrScheduleUnderstood, scheduleRange) : strings.PrScheduleNotUnderstood}
            </Text>
          )}
          <TextField label={strings.PrFieldCosts} description={strings.PrFieldCostsHelp} multiline={true} autoAdjustHeight={true} rows={2} value={draft.costText} onChange={(_e, v) => change({ costText: v ?? '' })} />
          {costs && (
            <Text variant="small" block={true} data-salkku-form-read="costs">
              {costs.understood ? costsRead : strings.PrCostsNotUnderstood}
            </Text>
          )}
          <div style={ROW}>
            <TextField
              label={strings.PrFieldItDays}
              description={strings.PrFieldItDaysHelp}
              inputMode="decimal"
              value={draft.itDays}
              onChange={(_e, v) => change({ itDays: v ?? '' })}
              errorMessage={problemText('itDays')}
              styles={{ root: { flex: '1 1 200px' } }}
            />
            <TextField
              label={strings.PrFieldAreaDays}
              description={strings.PrFieldAreaDaysHelp}
              inputMode="decimal"
              value={draft.areaDays}
              onChange={(_e, v) => change({ areaDays: v ?? '' })}
              errorMessage={problemText('areaDays')}
              styles={{ root: { flex: '1 1 200px' } }}
            />
          </div>
        </Section>
        <Section id="salkku-pf-impacts" title={strings.PrFormSectionImpacts}>
          {levelField('economic')}
          <Text variant="small" block={true} styles={{ root: { marginTop: -8 } }}>
            {strings.PrFieldImpactEconomicHelp}
          </Text>
          {NOTED_PERSPECTIVES.map((perspective) => (
            <Stack key={perspective} tokens={{ childrenGap: 4 }}>
              {levelField(perspective)}
              <TextField
                label={format(strings.PrFieldImpactNote, perspectives[perspective])}
                description={strings.PrFieldImpactNoteHelp}
                multiline={true}
                autoAdjustHeight={true}
                rows={2}
                value={draft.notes[perspective]}
                onChange={(_e, v) => change({ notes: { ...draft.notes, [perspective]: v ?? '' } })}
              />
            </Stack>
          ))}
        </Section>
      </Stack>
    </FormPanel>
  );
}
