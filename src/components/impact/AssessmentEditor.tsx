/**
 * One project's assessment, opened from a matrix cell: the five perspectives (level and
 * justification) and the assessment status. Users with edit rights save it (only what they
 * changed, with the item's ETag; saving records them as the assessor, today); everyone else reads
 * it. The outcome shows at the top of the editor (a success message naming the project, which
 * takes the focus and stays until dismissed or the next change) and is announced to screen readers.
 */
import type { IDropdownOption } from '@fluentui/react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, Spinner, Stack, Text, TextField } from '@fluentui/react';
import * as React from 'react';
import type { ChangeAuthor, PortfolioData } from '../../data/contract/repository.types';
import type { ImpactPerspective, Project } from '../../domain/model';
import { IMPACT_PERSPECTIVES } from '../../domain/model';
import { ASSESSMENT_STATUS, IMPACT_LEVEL, keyOf, vocabularyValues } from '../../domain/vocabulary';
import { useStrings } from '../common/SalkkuContext';
import { format } from '../common/format';
import { formatDate } from '../common/formatting';
import { impactLevelLabels, perspectiveLabels } from '../common/labels';
import { isolateUserText } from '../common/bidi';
import { TextBlock } from '../common/TextBlock';
import { ConflictDialog } from './ConflictDialog';
import type { AssessmentSave } from './useAssessmentSave';

export interface AssessmentEditorProps {
  project: Project | undefined;
  /** The perspective whose cell was activated (focused first). */
  focus: ImpactPerspective | undefined;
  data: PortfolioData;
  canEdit: boolean;
  saver: AssessmentSave;
  onDismiss: () => void;
}

/** A project as its heading names it: "2.3 Title". */
function projectName(project: Project): string {
  return `${project.number ?? ''} ${project.title}`.trim();
}

function scrollingAncestor(element: HTMLElement | null): HTMLElement | null {
  for (let node = element?.parentElement ?? null; node; node = node.parentElement) {
    if (node.scrollHeight > node.clientHeight && /(auto|scroll)/.test(getComputedStyle(node).overflowY)) {
      return node;
    }
  }
  return null;
}

/**
 * What the editor shows once saved: the project's name (isolated, so a direction control in it
 * cannot turn the sentence round) and, when a colleague's change to other columns was kept, whose.
 */
function SavedMessage(props: { project: Project; mergedWith: ChangeAuthor | null; onDismiss: () => void }): JSX.Element {
  const strings = useStrings();
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    // the editor is drawn again from the saved version: the focus goes to the outcome, and the
    // panel back to its top (its sticky heading would cover the message if scrolled into view)
    ref.current?.focus({ preventScroll: true });
    const scroller = scrollingAncestor(ref.current);
    if (scroller) {
      scroller.scrollTop = 0;
    }
  }, []);
  const [before, after] = strings.SavedProject.split('{0}');
  const { mergedWith } = props;
  return (
    <div ref={ref} tabIndex={-1} data-salkku-saved="true">
      <MessageBar messageBarType={MessageBarType.success} isMultiline={true} onDismiss={props.onDismiss} dismissButtonAriaLabel={strings.SavedDismiss}>
        <span data-salkku-saved-project="true">
          {before}
          <bdi>{projectName(props.project)}</bdi>
          {after}
        </span>
        {mergedWith && (
          <span data-salkku-saved-merged="true">
            {' '}
            {format(strings.SavedMergedNote, mergedWith.person?.title || strings.EmptyValue, mergedWith.at ? new Date(mergedWith.at).toLocaleString(strings.Locale) : strings.EmptyValue)}
          </span>
        )}
      </MessageBar>
    </div>
  );
}

/** "Assessment saved." — and, when a colleague's change to other columns was kept, whose. */
export function savedText(strings: ISalkkuStrings, mergedWith: ChangeAuthor | null): string {
  if (!mergedWith) {
    return strings.Saved;
  }
  const at = mergedWith.at ? new Date(mergedWith.at).toLocaleString(strings.Locale) : strings.EmptyValue;
  return format(strings.SavedMerged, mergedWith.person?.title || strings.EmptyValue, at);
}

function choicesOf(data: PortfolioData, field: string, fallback: readonly string[]): readonly string[] {
  const choices = data.lists.projects.choices[field];
  return choices && choices.length > 0 ? choices : fallback;
}

function Editor(props: AssessmentEditorProps & { project: Project }): JSX.Element {
  const strings = useStrings();
  const { project, data, saver } = props;
  const [draft, setDraft] = React.useState<Project>(project);
  const labels = perspectiveLabels(strings);
  const levelLabels = impactLevelLabels(strings);
  const levelOptions: IDropdownOption[] = [
    { key: '', text: strings.FilterNoValue },
    ...choicesOf(data, 'ImpactOrganisation', vocabularyValues(IMPACT_LEVEL)).map((v) => {
      const key = keyOf(IMPACT_LEVEL, v);
      return { key: v, text: key ? levelLabels[key] : v };
    })
  ];
  const statusOptions: IDropdownOption[] = [
    { key: '', text: strings.FilterNoValue },
    ...choicesOf(data, 'AssessmentStatus', vocabularyValues(ASSESSMENT_STATUS)).map((v) => {
      const key = keyOf(ASSESSMENT_STATUS, v);
      return { key: v, text: key === 'approved' ? strings.AssessmentStatusApproved : key === 'draft' ? strings.AssessmentStatusDraft : v };
    })
  ];
  const saved = saver.state.kind === 'saved' ? saver.state : undefined;
  // a change after saving is the next action: the confirmation gives way to it
  const { reset } = saver;
  const edit = React.useCallback(
    (change: (d: Project) => Project): void => {
      if (saved) {
        reset();
      }
      setDraft(change);
    },
    [saved, reset]
  );
  const setImpact = (perspective: ImpactPerspective, change: Partial<Project['impacts'][ImpactPerspective]>): void =>
    edit((d) => ({ ...d, impacts: { ...d.impacts, [perspective]: { ...d.impacts[perspective], ...change } } }));

  const submit = (): void => saver.save(project, draft);

  const readOnly = !props.canEdit;
  const rootRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    // once saved, the confirmation takes the focus instead
    if (props.focus && saver.state.kind !== 'saved') {
      const section = rootRef.current?.querySelector<HTMLElement>(`[data-salkku-perspective="${props.focus}"]`);
      section?.scrollIntoView({ block: 'start' });
      section?.querySelector<HTMLElement>('[role="combobox"], [tabindex]')?.focus();
    }
  }, [props.focus]);
  return (
    <div ref={rootRef}>
    <Stack tokens={{ childrenGap: 12 }} data-salkku-assessment-editor={project.id ?? ''}>
      {saved && <SavedMessage project={saved.project} mergedWith={saved.mergedWith} onDismiss={reset} />}
      {readOnly && <MessageBar>{strings.ReadOnlyAssessment}</MessageBar>}
      {IMPACT_PERSPECTIVES.map((perspective) => {
        const entry = draft.impacts[perspective];
        return (
          <section key={perspective} data-salkku-perspective={perspective}>
            <Text as="h3" variant="mediumPlus" block={true}>
              {labels[perspective]}
            </Text>
            {readOnly ? (
              <>
                <Text block={true}>{levelOptions.find((o) => o.key === (entry.level ?? ''))?.text ?? entry.level ?? strings.ImpactMissing}</Text>
                <TextBlock value={entry.text} empty={strings.EmptyValue} />
              </>
            ) : (
              <>
                <Dropdown
                  label={strings.LevelLabel}
                  options={levelOptions}
                  selectedKey={entry.level ?? ''}
                  onChange={(_e, option) => option && setImpact(perspective, { level: option.key === '' ? null : String(option.key) })}
                  data-salkku-level={perspective}
                />
                <TextField
                  label={strings.JustificationLabel}
                  multiline={true}
                  autoAdjustHeight={true}
                  value={entry.text ?? ''}
                  onChange={(_e, value) => setImpact(perspective, { text: value === undefined || value === '' ? null : value })}
                  data-salkku-text={perspective}
                />
              </>
            )}
          </section>
        );
      })}
      {readOnly ? (
        <Text block={true}>{`${strings.FieldAssessmentStatus}: ${statusOptions.find((o) => o.key === (draft.assessmentStatus ?? ''))?.text ?? strings.EmptyValue} · ${strings.FieldAssessedBy}: ${draft.assessedBy?.title ?? strings.EmptyValue} · ${strings.FieldAssessedOn}: ${formatDate(draft.assessedOn, strings.Locale) ?? strings.EmptyValue}`}</Text>
      ) : (
        <>
          <Dropdown
            label={strings.FieldAssessmentStatus}
            options={statusOptions}
            selectedKey={draft.assessmentStatus ?? ''}
            onChange={(_e, option) => option && edit((d) => ({ ...d, assessmentStatus: option.key === '' ? null : String(option.key) }))}
          />
          <Text block={true} variant="small" data-salkku-assessment-record="true">
            {format(
              strings.AssessmentRecord,
              draft.assessedBy?.title ?? strings.EmptyValue,
              formatDate(draft.assessedOn, strings.Locale) ?? strings.EmptyValue,
              data.currentUser?.title ?? strings.EmptyValue
            )}
          </Text>
          {saver.state.kind === 'error' && (
            <MessageBar messageBarType={MessageBarType.error} role="alert">
              {format(strings.SaveFailed, saver.state.message)}
            </MessageBar>
          )}
          <Stack horizontal={true} tokens={{ childrenGap: 8 }}>
            {saver.state.kind === 'saving' ? (
              <Spinner label={strings.Saving} />
            ) : (
              <PrimaryButton text={strings.Save} onClick={submit} data-salkku-save="true" />
            )}
            {/* saved: nothing is left to cancel, the editor is closed */}
            <DefaultButton text={saved ? strings.Close : strings.Cancel} onClick={props.onDismiss} data-salkku-editor-close="true" />
          </Stack>
        </>
      )}
      {saver.state.kind === 'conflict' && (
        <ConflictDialog
          original={saver.state.original}
          mine={saver.state.mine}
          theirs={saver.state.theirs}
          changedBy={saver.state.changedBy}
          onSave={(merged) => {
            if (saver.state.kind === 'conflict') {
              saver.save(saver.state.theirs, merged);
            }
          }}
          onCancel={saver.reset}
        />
      )}
    </Stack>
    </div>
  );
}

export function AssessmentEditor(props: AssessmentEditorProps): JSX.Element {
  const strings = useStrings();
  const { project } = props;
  return (
    <Panel
      isOpen={project !== undefined}
      onDismiss={props.onDismiss}
      type={PanelType.medium}
      headerText={project ? format(strings.AssessmentEditorTitle, projectName(project)) : strings.EditAssessment}
      className={isolateUserText}
      // the confirmation at the top stays in view while the texts below find their heights
      styles={{ scrollableContent: { overflowAnchor: 'none' } }}
      closeButtonAriaLabel={strings.Close}
      isBlocking={false}
    >
      {project && <Editor key={`${project.id ?? ''}:${project.etag ?? ''}`} {...props} project={project} />}
    </Panel>
  );
}
