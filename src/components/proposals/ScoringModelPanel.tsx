/**
 * Editing the scoring model (issue 20): criteria with name, description and weight, added and
 * removed, the scale, and each weight's share as a percentage. Saving never changes the model in
 * use: it creates the next version, and the panel says what that means for existing scores.
 * The model's own problems (validateModel) are said in words before anything is sent.
 */
import { DefaultButton, IconButton, MessageBar, MessageBarType, Stack, Text, TextField } from '@fluentui/react';
import * as React from 'react';
import type { ScoringModel } from '../../domain/proposals/model';
import type { ModelProblem } from '../../domain/proposals/scoring';
import { errorMessage } from '../common/errorText';
import { format } from '../common/format';
import { FormPanel } from '../common/FormPanel';
import { useStrings } from '../common/SalkkuContext';
import type { ModelDraft } from './modelDraft';
import { checkDraft, isSavable, modelDraftOf, weightShares } from './modelDraft';
import { asRepositoryError } from '../../data/contract/errors';

export interface ScoringModelPanelProps {
  /** The newest model: the draft starts from it and saving creates the version after it. */
  model: ScoringModel;
  /** Saves the next version; rejects with the repository's error (the panel stays open). */
  onSave: (model: Omit<ScoringModel, 'version'>) => Promise<void>;
  onDismiss: () => void;
}

export function modelProblemText(strings: ISalkkuStrings, problem: ModelProblem): string {
  const template = {
    noCriteria: strings.PrModelProblemNoCriteria,
    duplicateKey: strings.PrModelProblemDuplicateKey,
    emptyKey: strings.PrModelProblemEmptyKey,
    negativeWeight: strings.PrModelProblemNegativeWeight,
    zeroWeights: strings.PrModelProblemZeroWeights,
    invalidScale: strings.PrModelProblemInvalidScale,
    invalidVersion: strings.PrModelProblemInvalidVersion
  }[problem.code];
  return format(template, problem.detail ?? '');
}

/** "25 %" in the UI language. */
export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** Fields side by side, wrapping on narrow screens (a wrapping Stack would pull them outside the column). */
const ROW: React.CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 12 };

const fieldsetStyle: React.CSSProperties = { border: 0, borderTop: '1px solid #c8c6c4', padding: '8px 0 0', margin: '8px 0 0', minWidth: 0 };

export function ScoringModelPanel(props: ScoringModelPanelProps): JSX.Element {
  const strings = useStrings();
  const { model } = props;
  const next = model.version + 1;
  const [draft, setDraft] = React.useState<ModelDraft>(() => modelDraftOf(model));
  const [nextRow, setNextRow] = React.useState(model.criteria.length);
  const [tried, setTried] = React.useState(false);
  const [saving, setSaving] = React.useState<{ busy: boolean; error?: string }>({ busy: false });
  const check = checkDraft(draft, next);
  const savable = isSavable(check);
  const shares = weightShares(check.model.criteria);

  const change = (changes: Partial<ModelDraft>): void => setDraft((d) => ({ ...d, ...changes }));
  const changeCriterion = (rowId: number, changes: Partial<ModelDraft['criteria'][number]>): void =>
    setDraft((d) => ({ ...d, criteria: d.criteria.map((c) => (c.rowId === rowId ? { ...c, ...changes } : c)) }));
  const add = (): void => {
    setDraft((d) => ({ ...d, criteria: [...d.criteria, { key: null, rowId: nextRow, name: '', description: '', weight: '0' }] }));
    setNextRow((n) => n + 1);
  };
  const remove = (rowId: number): void => setDraft((d) => ({ ...d, criteria: d.criteria.filter((c) => c.rowId !== rowId) }));

  const save = (): void => {
    setTried(true);
    if (!savable || saving.busy) {
      return;
    }
    setSaving({ busy: true });
    const { title, scale, criteria } = check.model;
    props.onSave({ title, scale, criteria }).then(
      () => undefined,
      (error: unknown) => setSaving({ busy: false, error: errorMessage(strings, asRepositoryError(error), false, true) })
    );
  };

  // a weight or scale that is not a number is said at its field; the model's problems with it too would repeat that
  const problems = check.problems.filter((p) => !(p.detail ?? '').includes('NaN'));

  return (
    <FormPanel
      headerText={format(strings.PrModelEditorTitle, next)}
      onDismiss={props.onDismiss}
      primary={{ text: format(strings.PrModelSave, next), onClick: save, marker: 'data-salkku-model-save' }}
      busy={saving.busy && { label: strings.PrFormSaving }}
      dismissText={strings.Cancel}
      marker="data-salkku-model-editor"
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
          {format(strings.PrModelVersionNote, next, model.version)}
        </MessageBar>
        <div role="alert">
          {tried && !savable && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline={true} data-salkku-model-error="invalid">
              {strings.PrModelInvalid}
              {problems.length > 0 && (
                <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                  {problems.map((p, i) => (
                    <li key={i} data-salkku-model-problem={p.code}>
                      {modelProblemText(strings, p)}
                    </li>
                  ))}
                </ul>
              )}
            </MessageBar>
          )}
          {saving.error !== undefined && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline={true} data-salkku-model-error="save">
              {saving.error}
            </MessageBar>
          )}
        </div>
        <fieldset style={{ ...fieldsetStyle, borderTop: 0, paddingTop: 0, marginTop: 0 }}>
          <legend>
            <Text as="h3" variant="large">
              {strings.PrModelScaleLegend}
            </Text>
          </legend>
          <div style={ROW}>
            <TextField
              label={strings.PrModelScaleMin}
              inputMode="decimal"
              value={draft.min}
              onChange={(_e, v) => change({ min: v ?? '' })}
              errorMessage={tried && check.badMin ? strings.PrModelNumberInvalid : undefined}
              styles={{ root: { width: 140 } }}
            />
            <TextField
              label={strings.PrModelScaleMax}
              inputMode="decimal"
              value={draft.max}
              onChange={(_e, v) => change({ max: v ?? '' })}
              errorMessage={tried && check.badMax ? strings.PrModelNumberInvalid : undefined}
              styles={{ root: { width: 140 } }}
            />
          </div>
        </fieldset>
        <section aria-labelledby="salkku-pm-criteria">
          <Text as="h3" variant="large" block={true} id="salkku-pm-criteria">
            {strings.PrModelCriteriaLegend}
          </Text>
          {draft.criteria.map((criterion, index) => {
            const legend = criterion.name.trim() === '' ? format(strings.PrModelCriterionLegend, index + 1) : criterion.name.trim();
            const share = shares[index] ?? null;
            return (
              <fieldset key={criterion.rowId} style={fieldsetStyle} data-salkku-model-criterion={criterion.key ?? `new-${criterion.rowId}`}>
                <legend>
                  <Text variant="mediumPlus">{legend}</Text>
                </legend>
                <Stack tokens={{ childrenGap: 8 }}>
                  <TextField
                    label={strings.PrModelCriterionName}
                    required={true}
                    maxLength={255}
                    value={criterion.name}
                    onChange={(_e, v) => changeCriterion(criterion.rowId, { name: v ?? '' })}
                    errorMessage={tried && check.unnamed.has(criterion.rowId) ? strings.PrModelNameRequired : undefined}
                  />
                  <TextField
                    label={strings.PrModelCriterionDescription}
                    multiline={true}
                    autoAdjustHeight={true}
                    rows={2}
                    value={criterion.description}
                    onChange={(_e, v) => changeCriterion(criterion.rowId, { description: v ?? '' })}
                  />
                  <div style={{ ...ROW, alignItems: 'flex-end' }}>
                    <TextField
                      label={strings.PrModelCriterionWeight}
                      required={true}
                      inputMode="decimal"
                      value={criterion.weight}
                      onChange={(_e, v) => changeCriterion(criterion.rowId, { weight: v ?? '' })}
                      errorMessage={tried && check.badWeights.has(criterion.rowId) ? strings.PrModelNumberInvalid : undefined}
                      styles={{ root: { width: 140 } }}
                      data-salkku-model-weight={criterion.rowId}
                    />
                    <Text styles={{ root: { paddingBottom: 6 } }} data-salkku-model-share={share === null ? '' : share}>
                      {format(strings.PrModelShare, share === null ? '–' : formatShare(share, strings.Locale))}
                    </Text>
                    <IconButton
                      iconProps={{ iconName: 'Delete' }}
                      title={strings.PrModelRemoveCriterion}
                      ariaLabel={`${strings.PrModelRemoveCriterion}: ${legend}`}
                      onClick={() => remove(criterion.rowId)}
                    />
                  </div>
                </Stack>
              </fieldset>
            );
          })}
          <Stack.Item align="start">
            <DefaultButton iconProps={{ iconName: 'Add' }} text={strings.PrModelAddCriterion} onClick={add} styles={{ root: { marginTop: 12 } }} data-salkku-model-add="true" />
          </Stack.Item>
        </section>
      </Stack>
    </FormPanel>
  );
}
