/**
 * The scoring model in use, readable by everyone: its version and scale, and each criterion with
 * what the scorer looks at, its weight and the weight's share, so members know how proposals
 * are judged. Collapsed by default; owners get the editor's button here.
 */
import { DefaultButton, Text } from '@fluentui/react';
import * as React from 'react';
import type { ScoringModel } from '../../domain/proposals/model';
import { format } from '../common/format';
import { formatNumber } from '../common/formatting';
import { useStrings } from '../common/SalkkuContext';
import { sectionClasses } from '../common/tableClasses';
import { visuallyHidden } from '../common/visuallyHidden';
import { weightShares } from './modelDraft';
import { formatShare } from './ScoringModelPanel';

export interface ScoringCriteriaProps {
  model: ScoringModel;
  /** Shown with the editor's button when given. */
  onEdit?: () => void;
}

export function ScoringCriteria(props: ScoringCriteriaProps): JSX.Element {
  const strings = useStrings();
  const { model } = props;
  const shares = weightShares(model.criteria);
  return (
    <section aria-labelledby="salkku-pr-criteria" data-salkku-model-version={model.version}>
      <Text as="h3" variant="large" block={true} id="salkku-pr-criteria">
        {strings.PrCriteriaTitle}
      </Text>
      <details>
        <summary>{format(strings.PrCriteriaSummary, model.version)}</summary>
        <Text block={true} variant="small" styles={{ root: { margin: '8px 0' } }}>
          {format(strings.PrModelInfo, model.title, model.version, model.scale.min, model.scale.max)}
        </Text>
        <div className={sectionClasses.scroll}>
          <table className={sectionClasses.table}>
            <caption className={visuallyHidden}>{strings.PrCriteriaCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.PrColCriterion}</th>
                <th scope="col">{strings.PrColDescription}</th>
                <th scope="col">{strings.PrColWeight}</th>
                <th scope="col">{strings.PrColShare}</th>
              </tr>
            </thead>
            <tbody>
              {model.criteria.map((c, i) => {
                const share = shares[i] ?? null;
                return (
                  <tr key={c.key} data-salkku-model-row={c.key}>
                    <th scope="row">{c.name}</th>
                    <td>{c.description}</td>
                    <td>{formatNumber(c.weight, strings.Locale)}</td>
                    <td>{share === null ? '–' : formatShare(share, strings.Locale)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
      {props.onEdit && <DefaultButton iconProps={{ iconName: 'Edit' }} text={strings.PrEditModel} onClick={props.onEdit} styles={{ root: { marginTop: 8 } }} data-salkku-model-edit="true" />}
    </section>
  );
}
