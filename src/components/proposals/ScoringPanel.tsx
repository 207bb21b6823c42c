/**
 * One proposal's score: the weighted total and its breakdown (weight, mean, contribution) for
 * everyone; for owners also their own score per criterion on the model's scale with a note.
 */
import type { IChoiceGroupOption } from '@fluentui/react';
import { ChoiceGroup, MessageBar, MessageBarType, SpinButton, Stack, Text, TextField } from '@fluentui/react';
import * as React from 'react';
import type { CriterionScore as InputScore } from '../../data/contract/proposals.types';
import type { ScoringCriterion, ScoringModel } from '../../domain/proposals/model';
import { weightedScore } from '../../domain/proposals/scoring';
import { errorMessage } from '../common/errorText';
import { format } from '../common/format';
import { formatNumber } from '../common/formatting';
import { FormPanel } from '../common/FormPanel';
import { useStrings } from '../common/SalkkuContext';
import { sectionClasses } from '../common/tableClasses';
import { asRepositoryError } from '../../data/contract/errors';
import { formatScore } from './proposalRows';
import type { ScoringPanelProps } from './ScoringPanel.types';
import { visuallyHidden } from '../common/visuallyHidden';

interface Draft {
  value: number | null;
  note: string;
}

const NOT_SCORED = 'none';
/** Scales up to this many steps are chosen from radio buttons; longer ones with a spin button. */
const CHOICE_STEPS = 10;

function ValueInput(props: { criterion: ScoringCriterion; model: ScoringModel; draft: Draft; onChange: (value: number | null) => void }): JSX.Element {
  const strings = useStrings();
  const { min, max } = props.model.scale;
  const label = format(strings.PrScoreValueLabel, props.criterion.name, min, max);
  if (max - min <= CHOICE_STEPS && Number.isInteger(min) && Number.isInteger(max)) {
    const options: IChoiceGroupOption[] = [{ key: NOT_SCORED, text: strings.PrNotScoredShort }];
    for (let v = min; v <= max; v++) {
      options.push({ key: String(v), text: String(v) });
    }
    return (
      <ChoiceGroup
        label={label}
        options={options}
        selectedKey={props.draft.value === null ? NOT_SCORED : String(props.draft.value)}
        onChange={(_e, o) => o && props.onChange(o.key === NOT_SCORED ? null : Number(o.key))}
        styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', gap: 8 } }}
        data-salkku-score-input={props.criterion.key}
      />
    );
  }
  return (
    <SpinButton
      label={label}
      min={min}
      max={max}
      step={1}
      value={props.draft.value === null ? '' : String(props.draft.value)}
      onChange={(_e, v) => props.onChange(v === undefined || v.trim() === '' ? null : Math.min(max, Math.max(min, Number(v))))}
      data-salkku-score-input={props.criterion.key}
    />
  );
}

function Breakdown(props: { model: ScoringModel; scores: ScoringPanelProps['scores'] }): JSX.Element {
  const strings = useStrings();
  const result = weightedScore(props.model, props.scores);
  return (
    <section aria-labelledby="salkku-pr-breakdown">
      <Text as="h2" variant="large" block={true} id="salkku-pr-breakdown">
        {strings.PrBreakdownTitle}
      </Text>
      <Text block={true} data-salkku-breakdown-total={result.total ?? ''}>
        {result.scorers === 0 || result.total === null
          ? strings.PrNotScored
          : format(result.complete ? strings.PrBreakdownTotal : strings.PrBreakdownTotalIncomplete, formatScore(result.total, strings.Locale), result.scorers)}
      </Text>
      <table className={sectionClasses.table}>
        <caption className={visuallyHidden}>{strings.PrBreakdownTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.PrColCriterion}</th>
            <th scope="col">{strings.PrColWeight}</th>
            <th scope="col">{strings.PrColMean}</th>
            <th scope="col">{strings.PrColContribution}</th>
          </tr>
        </thead>
        <tbody>
          {result.breakdown.map((c) => (
            <tr key={c.key}>
              <th scope="row">{c.name}</th>
              <td>{formatNumber(c.weight, strings.Locale)}</td>
              <td>{c.mean === null ? strings.PrNotScoredShort : format(strings.PrMeanOf, formatNumber(c.mean, strings.Locale), c.values)}</td>
              <td>{formatScore(c.contribution, strings.Locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ScoringPanel(props: ScoringPanelProps): JSX.Element {
  const strings = useStrings();
  const { model, currentUser } = props;
  const [drafts, setDrafts] = React.useState<Record<string, Draft>>(() => {
    const mine = props.scores.filter((s) => s.modelVersion === model.version && currentUser !== null && s.scorer?.id === currentUser.id);
    const initial: Record<string, Draft> = {};
    for (const criterion of model.criteria) {
      const own = mine.filter((s) => s.criterionKey === criterion.key).pop();
      initial[criterion.key] = { value: own?.value ?? null, note: own?.note ?? '' };
    }
    return initial;
  });
  const [saving, setSaving] = React.useState<{ busy: boolean; error?: string; saved?: boolean }>({ busy: false });
  const update = (key: string, change: Partial<Draft>): void => {
    setDrafts((d) => ({ ...d, [key]: { ...(d[key] ?? { value: null, note: '' }), ...change } }));
    setSaving({ busy: false });
  };
  const save = (): void => {
    const scores: InputScore[] = model.criteria.map((c) => ({ criterionKey: c.key, value: drafts[c.key]?.value ?? null, note: (drafts[c.key]?.note ?? '').trim() || null }));
    setSaving({ busy: true });
    props.onSave(scores).then(
      () => setSaving({ busy: false, saved: true }),
      (error: unknown) => setSaving({ busy: false, error: errorMessage(strings, asRepositoryError(error), false, true) })
    );
  };
  return (
    <FormPanel
      headerText={format(strings.PrScoringTitle, props.proposal.title)}
      onDismiss={props.onDismiss}
      primary={props.canScore ? { text: strings.PrSaveScores, onClick: save, disabled: saving.busy, marker: 'data-salkku-score-save' } : undefined}
    >
      <Stack tokens={{ childrenGap: 16 }}>
        <Text block={true} variant="small">
          {format(strings.PrModelInfo, model.title, model.version, model.scale.min, model.scale.max)}
        </Text>
        <div role="status" aria-live="polite">
          {saving.saved === true && <MessageBar messageBarType={MessageBarType.success}>{strings.PrScoresSaved}</MessageBar>}
        </div>
        {saving.error !== undefined && (
          <MessageBar messageBarType={MessageBarType.error} role="alert">
            {saving.error}
          </MessageBar>
        )}
        <Breakdown model={model} scores={props.scores} />
        {props.canScore && (
          <section aria-labelledby="salkku-pr-my-scores">
            <Text as="h2" variant="large" block={true} id="salkku-pr-my-scores">
              {strings.PrMyScoresTitle}
            </Text>
            {model.criteria.map((criterion) => (
              <fieldset key={criterion.key} style={{ border: 0, padding: 0, margin: '12px 0' }} data-salkku-criterion={criterion.key}>
                <legend>
                  <Text variant="mediumPlus">{format(strings.PrCriterionLegend, criterion.name, formatNumber(criterion.weight, strings.Locale))}</Text>
                </legend>
                <Text block={true} variant="small">
                  {criterion.description}
                </Text>
                <ValueInput criterion={criterion} model={model} draft={drafts[criterion.key] ?? { value: null, note: '' }} onChange={(value) => update(criterion.key, { value })} />
                <TextField label={format(strings.PrNoteLabel, criterion.name)} value={drafts[criterion.key]?.note ?? ''} onChange={(_e, v) => update(criterion.key, { note: v ?? '' })} />
              </fieldset>
            ))}
          </section>
        )}
      </Stack>
    </FormPanel>
  );
}
