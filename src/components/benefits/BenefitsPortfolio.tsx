/**
 * The benefits of the whole portfolio: measurements due (the signed-in owner's own first, with a
 * "my benefits" filter), benefits whose target date passed without a measurement, counts by status
 * and type, the financial benefits against the projects' costs (estimates, said so), and the
 * projects followed (closed projects stay while a benefit is open).
 */
import { ActionButton, DefaultButton, mergeStyles, Stack, Text, Toggle } from '@fluentui/react';
import * as React from 'react';
import { ScrollTable } from '../common/ScrollTable';
import type { FinancialComparison, BenefitRow } from '../../domain/benefits/portfolio';
import { isClosedProject, statusTypeTable } from '../../domain/benefits/portfolio';
import type { Benefit } from '../../domain/benefits/model';
import { isClosedStatus } from '../../domain/benefits/vocabulary';
import type { Project } from '../../domain/model';
import { IconText } from '../common/Badges';
import { format } from '../common/format';
import { formatEuro, formatNumber } from '../common/formatting';
import { useStrings } from '../common/SalkkuContext';
import { sectionClasses } from '../common/tableClasses';
import { visuallyHidden } from '../common/visuallyHidden';
import { benefitStatusLabels, benefitTypeLabels, dayText, dueText, valueText } from './benefitTexts';

export type SavedBenefit = Benefit & { id: number };

const NO_WRAP = { label: { whiteSpace: 'nowrap' } } as const;
const cardClass = mergeStyles({ borderBottom: '1px solid rgba(128,128,128,.35)', padding: '8px 0' });

export function projectName(project: Pick<Project, 'number' | 'title'> | undefined): string {
  if (!project) {
    return '–';
  }
  return project.number ? `${project.number} ${project.title}` : project.title;
}

export interface BenefitsPortfolioProps {
  /** Every benefit but the drafts, with progress and what is due, own first. */
  rows: readonly BenefitRow[];
  projects: readonly Project[];
  followed: readonly Project[];
  financial: readonly FinancialComparison[];
  /** The signed-in person is known (the "my benefits" filter needs them). */
  signedIn: boolean;
  /** A narrow column or phone: lists instead of wide tables. */
  narrow: boolean;
  canRecord: boolean;
  onRecord: (benefit: SavedBenefit) => void;
  onShowProject: (projectId: number) => void;
}

function ProjectButton(props: { project: Project | undefined; onShow: (id: number) => void }): JSX.Element {
  const strings = useStrings();
  const { project } = props;
  if (!project || project.id === null) {
    return <>{projectName(project)}</>;
  }
  const id = project.id;
  return (
    <ActionButton onClick={() => props.onShow(id)} ariaLabel={format(strings.BnShowProjectFor, projectName(project))} styles={{ root: { height: 'auto', padding: 0, textAlign: 'left' } }} data-salkku-show-project={id}>
      {projectName(project)}
    </ActionButton>
  );
}

function DueSection(props: BenefitsPortfolioProps & { byId: ReadonlyMap<number, Project> }): JSX.Element {
  const strings = useStrings();
  const [mineOnly, setMineOnly] = React.useState(false);
  const due = props.rows.filter((r) => r.due !== null && (!mineOnly || r.mine));
  return (
    <section aria-labelledby="salkku-bn-due" data-salkku-benefits-due={due.length}>
      <Text as="h4" variant="mediumPlus" block={true} id="salkku-bn-due">
        {strings.BnDueTitle}
      </Text>
      {props.signedIn && <Toggle label={strings.BnMineOnly} checked={mineOnly} onChange={(_e, v) => setMineOnly(v === true)} inlineLabel={true} data-salkku-mine-only="true" />}
      {due.length === 0 ? (
        <Text block={true}>{mineOnly ? strings.BnDueNoneMine : strings.BnDueNone}</Text>
      ) : props.narrow ? (
        <ul className={sectionClasses.list}>
          {due.map((r) => {
            const b = r.benefit;
            const latest = r.progress.latest;
            return (
              <li key={b.id} className={cardClass} data-salkku-due-row={b.id ?? ''} data-salkku-mine={r.mine}>
                <Stack tokens={{ childrenGap: 4 }}>
                  <Text block={true} style={{ fontWeight: 600 }}>
                    {b.title}
                  </Text>
                  {r.mine && <IconText icon="Contact" text={strings.BnMine} />}
                  <ProjectButton project={props.byId.get(b.projectId ?? -1)} onShow={props.onShowProject} />
                  <Text block={true} variant="small">
                    {[`${strings.BnColOwner}: ${b.owner?.title ?? strings.BnNoOwner}`, r.due ? dueText(strings, r.due) : null, `${strings.BnColLatest}: ${latest ? `${valueText(strings, latest.value, b.unit)} (${dayText(strings, latest.date)})` : strings.BnTrendNone}`]
                      .filter((t) => t !== null)
                      .join(' · ')}
                  </Text>
                  {props.canRecord && b.id !== null && (
                    <Stack.Item align="start">
                      <DefaultButton text={strings.BnRecord} ariaLabel={format(strings.BnRecordFor, b.title)} onClick={() => props.onRecord({ ...b, id: b.id ?? 0 })} data-salkku-record={b.id} />
                    </Stack.Item>
                  )}
                </Stack>
              </li>
            );
          })}
        </ul>
      ) : (
        <ScrollTable caption={strings.BnDueTitle}>
          <thead>
            <tr>
              <th scope="col">{strings.BnColBenefit}</th>
              <th scope="col">{strings.BnColProject}</th>
              <th scope="col">{strings.BnColOwner}</th>
              <th scope="col">{strings.BnColDue}</th>
              <th scope="col">{strings.BnColLatest}</th>
              {props.canRecord && <th scope="col">{strings.BnRecord}</th>}
            </tr>
          </thead>
          <tbody>
            {due.map((r) => {
              const b = r.benefit;
              const latest = r.progress.latest;
              return (
                <tr key={b.id} data-salkku-due-row={b.id ?? ''} data-salkku-mine={r.mine}>
                  <th scope="row">
                    {b.title}
                    {r.mine && (
                      <>
                        {' '}
                        <IconText icon="Contact" text={strings.BnMine} />
                      </>
                    )}
                  </th>
                  <td>
                    <ProjectButton project={props.byId.get(b.projectId ?? -1)} onShow={props.onShowProject} />
                  </td>
                  <td>{b.owner?.title ?? strings.BnNoOwner}</td>
                  <td>{r.due ? dueText(strings, r.due) : ''}</td>
                  <td>{latest ? `${valueText(strings, latest.value, b.unit)} (${dayText(strings, latest.date)})` : strings.BnTrendNone}</td>
                  {props.canRecord && (
                    <td>
                      {b.id !== null && (
                        <DefaultButton
                          text={strings.BnRecord}
                          ariaLabel={format(strings.BnRecordFor, b.title)}
                          onClick={() => props.onRecord({ ...b, id: b.id ?? 0 })}
                          styles={NO_WRAP}
                          data-salkku-record={b.id}
                        />
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}

function TargetPassedSection(props: { rows: readonly BenefitRow[]; byId: ReadonlyMap<number, Project> }): JSX.Element {
  const strings = useStrings();
  const passed = props.rows.filter((r) => r.due?.reason === 'targetPassed');
  return (
    <section aria-labelledby="salkku-bn-passed" data-salkku-benefits-passed={passed.length}>
      <Text as="h4" variant="mediumPlus" block={true} id="salkku-bn-passed">
        {strings.BnTargetPassedTitle}
      </Text>
      {passed.length === 0 ? (
        <Text block={true}>{strings.BnTargetPassedNone}</Text>
      ) : (
        <ul className={sectionClasses.list}>
          {passed.map((r) => (
            <li key={r.benefit.id} data-salkku-passed-row={r.benefit.id ?? ''}>
              <Text>{`${r.benefit.title} – ${projectName(props.byId.get(r.benefit.projectId ?? -1))} – ${strings.BnColTargetDate} ${dayText(strings, r.benefit.targetDate)}`}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CountsSection(props: { rows: readonly BenefitRow[] }): JSX.Element {
  const strings = useStrings();
  const table = statusTypeTable(props.rows.map((r) => r.benefit));
  const statusLabels = benefitStatusLabels(strings);
  const typeLabels = benefitTypeLabels(strings);
  return (
    <section aria-labelledby="salkku-bn-counts">
      <Text as="h4" variant="mediumPlus" block={true} id="salkku-bn-counts">
        {strings.BnCountsTitle}
      </Text>
      {table.totals.total === 0 ? (
        <Text block={true}>{strings.BnCountsNone}</Text>
      ) : (
        <ScrollTable caption={strings.BnCountsTitle} tableProps={{ 'data-salkku-benefit-counts': "true" }}>
          <thead>
            <tr>
              <th scope="col">{strings.BnColStatus}</th>
              {table.types.map((t) => (
                <th key={t} scope="col">
                  {typeLabels[t]}
                </th>
              ))}
              <th scope="col">{strings.BnColTotal}</th>
            </tr>
          </thead>
          <tbody>
            {table.statuses.map((s) => (
              <tr key={s} data-salkku-count-status={s}>
                <th scope="row">{statusLabels[s]}</th>
                {table.types.map((t) => (
                  <td key={t} data-salkku-count-type={t}>
                    {table.count(s, t)}
                  </td>
                ))}
                <td>{table.totals.byStatus[s]}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{strings.BnColTotal}</th>
              {table.types.map((t) => (
                <td key={t}>{table.totals.byType[t]}</td>
              ))}
              <td>{table.totals.total}</td>
            </tr>
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}

function FinancialSection(props: { financial: readonly FinancialComparison[]; byId: ReadonlyMap<number, Project> }): JSX.Element {
  const strings = useStrings();
  const locale = strings.Locale;
  const euro = (v: number | null): string => (v === null ? strings.BnNoValue : formatEuro(v, locale));
  const payback = (f: FinancialComparison): string => {
    if (f.paybackYears === null) {
      // no investment figure: not known, which is not the same as never
      return f.investmentEstimate === null && f.actualInvestment === null ? strings.BnNoValue : strings.BnPaybackNever;
    }
    return f.paybackYears === 0 ? strings.BnPaybackNow : format(strings.BnPaybackYears, formatNumber(f.paybackYears, locale));
  };
  return (
    <section aria-labelledby="salkku-bn-financial" data-salkku-benefits-financial={props.financial.length}>
      <Text as="h4" variant="mediumPlus" block={true} id="salkku-bn-financial">
        {`${strings.BnFinancialTitle} (${strings.BnEstimates.toLowerCase()})`}
      </Text>
      <Text block={true} variant="small" style={{ margin: '4px 0 8px' }} data-salkku-estimates="true">
        <strong>{`${strings.BnEstimates}: `}</strong>
        {strings.BnFinancialExplain}
      </Text>
      {props.financial.length === 0 ? (
        <Text block={true}>{strings.BnFinancialNone}</Text>
      ) : (
        <ScrollTable caption={`${strings.BnFinancialTitle} (${strings.BnEstimates})`}>
          <thead>
            <tr>
              <th scope="col">{strings.BnColProject}</th>
              <th scope="col">{strings.BnColYearlyTarget}</th>
              <th scope="col">{strings.BnColYearlyLatest}</th>
              <th scope="col">{strings.BnColOneOff}</th>
              <th scope="col">{strings.BnColInvestment}</th>
              <th scope="col">{strings.BnColActual}</th>
              <th scope="col">{strings.BnColRecurring}</th>
              <th scope="col">{strings.BnColPayback}</th>
            </tr>
          </thead>
          <tbody>
            {props.financial.map((f) => (
              <tr key={f.projectId} data-salkku-financial-row={f.projectId}>
                <th scope="row">{projectName(props.byId.get(f.projectId))}</th>
                <td>{euro(f.yearlyTarget)}</td>
                <td>{euro(f.yearlyLatest)}</td>
                <td>{euro(f.oneOffTarget)}</td>
                <td>{euro(f.investmentEstimate)}</td>
                <td>{euro(f.actualInvestment)}</td>
                <td>{euro(f.recurringEstimate)}</td>
                <td data-salkku-payback={f.paybackYears ?? ''}>{payback(f)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}

function FollowedSection(props: { rows: readonly BenefitRow[]; followed: readonly Project[]; narrow: boolean; onShowProject: (id: number) => void }): JSX.Element {
  const strings = useStrings();
  const facts = (p: Project): { id: number; state: string; latest: string } => {
    const own = props.rows.filter((r) => r.benefit.projectId === p.id);
    const open = own.filter((r) => !isClosedStatus(r.benefit.status)).length;
    const latest = own
      .flatMap((r) => (r.progress.latest ? [{ m: r.progress.latest, unit: r.benefit.unit, title: r.benefit.title }] : []))
      .sort((a, b) => b.m.date.localeCompare(a.m.date))[0];
    return {
      id: p.id ?? -1,
      state: [format(strings.BnOpenCount, open, own.length), isClosedProject(p) ? strings.BnFollowedClosed : null].filter((s) => s !== null).join('. '),
      latest: latest ? `${latest.title}: ${valueText(strings, latest.m.value, latest.unit)} (${dayText(strings, latest.m.date)})` : strings.BnTrendNone
    };
  };
  return (
    <section aria-labelledby="salkku-bn-followed" data-salkku-benefits-followed={props.followed.length}>
      <Text as="h4" variant="mediumPlus" block={true} id="salkku-bn-followed">
        {strings.BnFollowedTitle}
      </Text>
      {props.followed.length === 0 ? (
        <Text block={true}>{strings.BnFollowedNone}</Text>
      ) : props.narrow ? (
        <ul className={sectionClasses.list}>
          {props.followed.map((p) => {
            const f = facts(p);
            return (
              <li key={f.id} className={cardClass} data-salkku-followed={f.id} data-salkku-closed={isClosedProject(p)}>
                <Stack tokens={{ childrenGap: 4 }}>
                  <Text block={true} style={{ fontWeight: 600 }}>
                    {projectName(p)}
                  </Text>
                  <Text block={true} variant="small">
                    {f.state}
                  </Text>
                  <Text block={true} variant="small" data-salkku-followed-latest={f.id}>
                    {`${strings.BnColLatest}: ${f.latest}`}
                  </Text>
                  <Stack.Item align="start">
                    <DefaultButton text={strings.BnShowProject} ariaLabel={format(strings.BnShowProjectFor, projectName(p))} onClick={() => props.onShowProject(f.id)} data-salkku-show-project={f.id} />
                  </Stack.Item>
                </Stack>
              </li>
            );
          })}
        </ul>
      ) : (
        <ScrollTable caption={strings.BnFollowedTitle}>
          <thead>
            <tr>
              <th scope="col">{strings.BnColProject}</th>
              <th scope="col">{strings.BnColStatus}</th>
              <th scope="col">{strings.BnColLatest}</th>
              <th scope="col">
                <span className={visuallyHidden}>{strings.BnShowProject}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.followed.map((p) => {
              const f = facts(p);
              return (
                <tr key={f.id} data-salkku-followed={f.id} data-salkku-closed={isClosedProject(p)}>
                  <th scope="row">{projectName(p)}</th>
                  <td>{f.state}</td>
                  <td data-salkku-followed-latest={f.id}>{f.latest}</td>
                  <td>
                    <DefaultButton text={strings.BnShowProject} ariaLabel={format(strings.BnShowProjectFor, projectName(p))} onClick={() => props.onShowProject(f.id)} styles={NO_WRAP} data-salkku-show-project={f.id} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}

export function BenefitsPortfolio(props: BenefitsPortfolioProps): JSX.Element {
  const strings = useStrings();
  const byId = React.useMemo(() => new Map(props.projects.flatMap((p) => (p.id === null ? [] : [[p.id, p] as const]))), [props.projects]);
  return (
    <section aria-labelledby="salkku-bn-portfolio" data-salkku-benefits-portfolio="true">
      <Text as="h3" variant="large" block={true} id="salkku-bn-portfolio">
        {strings.BnPortfolioTitle}
      </Text>
      <Stack tokens={{ childrenGap: 20 }}>
        <DueSection {...props} byId={byId} />
        <TargetPassedSection rows={props.rows} byId={byId} />
        <FollowedSection rows={props.rows} followed={props.followed} narrow={props.narrow} onShowProject={props.onShowProject} />
        <CountsSection rows={props.rows} />
        <FinancialSection financial={props.financial} byId={byId} />
      </Stack>
    </section>
  );
}
