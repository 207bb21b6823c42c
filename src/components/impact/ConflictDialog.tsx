/**
 * Someone else changed the same columns first: exactly those columns side by side with who
 * changed the item and when (SharePoint's Editor and Modified), a choice per column (mine,
 * theirs, or both texts joined), proposed so that nobody's change is lost. Columns only one of
 * the two changed are kept as they are without asking; the assessor and date are set on saving.
 */
import type { IChoiceGroupOption } from '@fluentui/react';
import { ChoiceGroup, DefaultButton, Dialog, DialogFooter, DialogType, mergeStyleSets, PrimaryButton, Text, useTheme } from '@fluentui/react';
import * as React from 'react';
import type { FieldDifference, MergeChoice } from '../../domain/impact/assessmentMerge';
import { differences, fieldKey, mergeAssessment } from '../../domain/impact/assessmentMerge';
import type { ChangeAuthor } from '../../data/contract/repository.types';
import type { Project } from '../../domain/model';
import { useStrings } from '../common/SalkkuContext';
import { format } from '../common/format';
import { formatDate } from '../common/formatting';
import { perspectiveLabels } from '../common/labels';

export interface ConflictDialogProps {
  original: Project;
  mine: Project;
  theirs: Project;
  /** Who saved the version now on the server, and when. */
  changedBy: ChangeAuthor;
  onSave: (merged: Project) => void;
  onCancel: () => void;
}

function fieldLabel(diff: FieldDifference, strings: ISalkkuStrings): string {
  const field = diff.field;
  if ('perspective' in field) {
    const perspective = perspectiveLabels(strings)[field.perspective];
    return `${perspective} – ${field.kind === 'level' ? strings.LevelLabel : strings.JustificationLabel}`;
  }
  return field.kind === 'status' ? strings.FieldAssessmentStatus : field.kind === 'assessedOn' ? strings.FieldAssessedOn : strings.FieldAssessedBy;
}

export function ConflictDialog(props: ConflictDialogProps): JSX.Element {
  const strings = useStrings();
  const theme = useTheme();
  const diffs = React.useMemo(() => differences(props.original, props.mine, props.theirs), [props.original, props.mine, props.theirs]);
  // what both changed is the person's to decide; the rest merges as proposed
  const overlapping = React.useMemo(() => diffs.filter((d) => d.bothChanged && d.field.kind !== 'assessedBy' && d.field.kind !== 'assessedOn'), [diffs]);
  const [choices, setChoices] = React.useState<Map<string, MergeChoice>>(() => new Map(diffs.map((d) => [fieldKey(d.field), d.proposed])));
  const classes = mergeStyleSets({
    table: { width: '100%', borderCollapse: 'collapse', selectors: { 'th, td': { textAlign: 'left', verticalAlign: 'top', padding: 6, borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` } } },
    value: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxWidth: 260 }
  });
  const display = (diff: FieldDifference, text: string): string =>
    text === '' ? strings.EmptyValue : diff.field.kind === 'assessedOn' ? formatDate(text, strings.Locale) ?? text : text;
  const changedAt = props.changedBy.at ?? props.theirs.modified;
  const theirsBy = format(strings.ConflictTheirsBy, props.changedBy.person?.title || strings.EmptyValue, changedAt ? new Date(changedAt).toLocaleString(strings.Locale) : strings.EmptyValue);
  return (
    <Dialog
      hidden={false}
      onDismiss={props.onCancel}
      dialogContentProps={{ type: DialogType.largeHeader, title: strings.ConflictTitle, subText: overlapping.length > 0 ? strings.ConflictIntro : strings.ConflictNoDifference }}
      modalProps={{ isBlocking: true, layerProps: { eventBubblingEnabled: true } }}
      minWidth={Math.min(860, typeof window === 'undefined' ? 860 : window.innerWidth - 32)}
    >
      <div data-salkku-conflict="true">
        <Text block={true} variant="small" data-salkku-conflict-by="true">
          {theirsBy}
        </Text>
        <table className={classes.table}>
          <thead>
            <tr>
              <th scope="col">{strings.ConflictField}</th>
              <th scope="col">{strings.ConflictYours}</th>
              <th scope="col">{strings.ConflictTheirs}</th>
            </tr>
          </thead>
          <tbody>
            {overlapping.map((diff) => {
              const key = fieldKey(diff.field);
              const options: IChoiceGroupOption[] = [
                { key: 'mine', text: strings.ConflictKeepMine },
                { key: 'theirs', text: strings.ConflictKeepTheirs },
                ...(diff.field.kind === 'text' ? [{ key: 'both', text: strings.ConflictMerge }] : [])
              ];
              return (
                <tr key={key} data-salkku-conflict-field={key}>
                  <th scope="row">
                    <ChoiceGroup
                      label={fieldLabel(diff, strings)}
                      options={options}
                      selectedKey={choices.get(key) ?? diff.proposed}
                      onChange={(_e, option) => option && setChoices(new Map(choices).set(key, option.key as MergeChoice))}
                    />
                  </th>
                  <td className={classes.value}>{display(diff, diff.mineText)}</td>
                  <td className={classes.value}>{display(diff, diff.theirsText)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <DialogFooter>
        <PrimaryButton text={strings.ConflictSave} onClick={() => props.onSave(mergeAssessment(props.mine, props.theirs, choices, diffs))} data-salkku-conflict-save="true" />
        <DefaultButton text={strings.Cancel} onClick={props.onCancel} />
      </DialogFooter>
    </Dialog>
  );
}
