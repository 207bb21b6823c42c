/**
 * The proposals as a table: title (SharePoint's display form), proposing service area, status,
 * investment, IT effort, mandatory by law and the weighted score under the newest model, with the
 * breakdown (readers) or scoring (owners) and the decision (owners) per row.
 */
import { DefaultButton, Link } from '@fluentui/react';
import * as React from 'react';
import { displayItemUrl, safeHttpUrl } from '../../data/contract/links';
import { IconText } from '../common/Badges';
import { format } from '../common/format';
import { formatCompactCostRange, formatNumber } from '../common/formatting';
import { useEnvironment } from '../common/SalkkuContext';
import { sectionClasses } from '../common/tableClasses';
import type { ProposalRow } from './proposalRows';
import { formatScore } from './proposalRows';
import { statusBadge } from './proposalTexts';
import type { ProposalTableProps } from './ProposalTable.types';
import { visuallyHidden } from '../common/visuallyHidden';

function TitleCell(props: { row: ProposalRow; list: ProposalTableProps['list'] }): JSX.Element {
  const { strings, host } = useEnvironment();
  const { proposal } = props.row;
  const base = safeHttpUrl(props.list?.displayFormUrl);
  if (base === undefined) {
    return <>{proposal.title}</>;
  }
  const external = host?.formTarget === '_blank';
  return (
    <Link href={displayItemUrl({ displayFormUrl: base }, proposal.id)} target={host?.formTarget} rel={external ? 'noopener noreferrer' : undefined}>
      {proposal.title}
      {external && <span className={visuallyHidden}>{` ${strings.OpensInNewTab}`}</span>}
    </Link>
  );
}

/** The project an approved proposal became, on SharePoint's display form when the list is known. */
/** The project a proposal became, by its plan number and title once the portfolio has it (its ID until then). */
export function ProjectLink(props: { list: ProposalTableProps['list']; projectId: number; projects: ProposalTableProps['projects'] }): JSX.Element {
  const { strings } = useEnvironment();
  const base = safeHttpUrl(props.list?.displayFormUrl);
  const project = props.projects.find((p) => p.id === props.projectId);
  const label = project ? format(strings.PrProjectLinkNamed, project.number ?? '', project.title).trim() : format(strings.PrProjectLink, props.projectId);
  if (base === undefined) {
    return <span style={{ marginLeft: 8 }}>{label}</span>;
  }
  return (
    <Link href={displayItemUrl({ displayFormUrl: base }, props.projectId)} style={{ marginLeft: 8 }} data-salkku-proposal-project={props.projectId}>
      {label}
    </Link>
  );
}

export function ScoreText(props: { row: ProposalRow }): JSX.Element {
  const { strings } = useEnvironment();
  const { score } = props.row;
  if (score.total === null || score.scorers === 0) {
    return <span title={strings.PrNotScored}>{'–'}</span>;
  }
  const value = formatScore(score.total, strings.Locale);
  if (score.complete) {
    return <>{value}</>;
  }
  return <IconText icon="Warning" text={format(strings.PrScoreIncomplete, value)} title={format(strings.PrScoreIncompleteTitle, score.missing.length)} />;
}

export function ProposalTable(props: ProposalTableProps): JSX.Element {
  const { strings } = useEnvironment();
  if (props.rows.length === 0) {
    return <p>{strings.PrNoProposals}</p>;
  }
  return (
    <div className={sectionClasses.scroll}>
      <table className={sectionClasses.table} data-salkku-proposals="table">
        <caption className={visuallyHidden}>{strings.PrTableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.PrColTitle}</th>
            <th scope="col">{strings.PrColServiceArea}</th>
            <th scope="col">{strings.PrColStatus}</th>
            <th scope="col">{strings.PrColInvestment}</th>
            <th scope="col">{strings.PrColItDays}</th>
            <th scope="col">{strings.PrColMandatory}</th>
            <th scope="col">{strings.PrColScore}</th>
            <th scope="col">{strings.PrColActions}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => {
            const { proposal } = row;
            const status = statusBadge(strings, row);
            return (
              <tr key={proposal.id} data-salkku-proposal={proposal.id}>
                <th scope="row">
                  <TitleCell row={row} list={props.list} />
                </th>
                <td>{proposal.serviceArea ?? '–'}</td>
                <td>
                  <IconText icon={status.icon} text={status.text} />
                </td>
                <td>{formatCompactCostRange(proposal.costs.investmentMin, proposal.costs.investmentMax, strings) ?? strings.PrNoEstimate}</td>
                <td>{proposal.itEffortDays === null ? '–' : formatNumber(proposal.itEffortDays, strings.Locale)}</td>
                <td>{proposal.mandatoryByLaw ? <IconText icon="Bank" text={strings.PrYes} /> : strings.PrNo}</td>
                <td data-salkku-score={row.score.total === null || row.score.scorers === 0 ? '' : row.score.total}>
                  <ScoreText row={row} />
                </td>
                <td>
                  <DefaultButton
                    text={props.canManage ? strings.PrScoreButton : strings.PrBreakdownButton}
                    ariaLabel={`${props.canManage ? strings.PrScoreButton : strings.PrBreakdownButton}: ${proposal.title}`}
                    onClick={() => props.onScore(proposal)}
                    data-salkku-score-open={proposal.id}
                  />
                  {proposal.projectId !== null && <ProjectLink list={props.projectsList} projectId={proposal.projectId} projects={props.projects} />}
                  {props.canManage && proposal.projectId === null && (
                    <DefaultButton
                      text={strings.PrDecideButton}
                      ariaLabel={`${strings.PrDecideButton}: ${proposal.title}`}
                      onClick={() => props.onDecide(proposal)}
                      styles={{ root: { marginLeft: 8 } }}
                      data-salkku-decide-open={proposal.id}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
