/* eslint-disable no-script-url -- hostile payloads on purpose: the tests prove none of them runs */
/**
 * 200 hostile list items: what people (or attackers) can put into a SharePoint list. Missing
 * titles, unknown choices, an end before the start, impossible dates, 100 KB texts, HTML and
 * script payloads in every text field, javascript: URLs. Values SharePoint itself would refuse
 * through its API (impossible dates in date fields) are written straight into the stand-in's
 * store, as a corrupted or migrated list would hold them.
 */
import { SITE_PATH } from '../../scripts/lib/localPortfolio';
import type { StandIn } from '../../standin/standin';

export const HOSTILE_COUNT = 200;

/** Payloads that set window.__pwned if anything ever executes them. */
export const PAYLOADS = [
  '<script>window.__pwned = (window.__pwned || 0) + 1</script>',
  '<img src="x" onerror="window.__pwned = (window.__pwned || 0) + 1">',
  'javascript:window.__pwned=(window.__pwned||0)+1',
  '<svg onload="window.__pwned=(window.__pwned||0)+1"></svg>',
  '"><iframe src="javascript:parent.__pwned=1"></iframe>',
  '<a href="javascript:window.__pwned=1">klikkaa</a>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<style>body{display:none}</style>'
];

const TEXT_FIELDS = [
  'ProjectDescription',
  'WhatChanges',
  'ImpactOrganisationNote',
  'ImpactSecurityNote',
  'ImpactDataUseNote',
  'ImpactCaseMgmtNote',
  'StrategicBackground',
  'ScheduleText',
  'LikelihoodNote',
  'CostText',
  'FundingNote',
  'Resources',
  'RagComment',
  'Systems'
];

function payload(i: number): string {
  return PAYLOADS[i % PAYLOADS.length] ?? '';
}

/** The item values of hostile item i (storage form). */
export function hostileItem(i: number, planId: number): Record<string, unknown> {
  const values: Record<string, unknown> = { PlansId: [planId], PlanId: planId };
  for (const field of TEXT_FIELDS) {
    values[field] = `${payload(i + field.length)} ${field}`;
  }
  switch (i % 10) {
    case 0:
      values.Title = null;
      break;
    case 1:
      values.Title = `${payload(i)} otsikossa`;
      values.ProjectStatus = 'Kadoksissa';
      values.Rag = 'Violetti';
      values.Likelihood = 'Ehkä';
      values.ImpactSecurity = 'Hirveä';
      break;
    case 2:
      values.Title = `Loppu ennen alkua ${i}`;
      values.ScheduleStart = '2024-12';
      values.ScheduleEnd = '2023-01';
      break;
    case 3:
      values.Title = `Mahdoton päivä ${i}`;
      values.ScheduleStart = '2024-13';
      values.AssessedOn = '2024-02-31T00:00:00Z';
      values.Progress = 250;
      break;
    case 4:
      values.Title = `Valtava teksti ${i}`;
      values.ProjectDescription = `${'Pitkä kuvaus. '.repeat(7300)}${payload(i)}`;
      values.WhatChanges = 'x'.repeat(100_000);
      break;
    case 5:
      values.Title = `javascript:window.__pwned=1`;
      values.Systems = 'javascript:window.__pwned=1';
      break;
    case 6:
      values.Title = `Väärät luvut ${i}`;
      values.InvestmentMin = 90000;
      values.InvestmentMax = 100;
      values.SchedulePhases = '{"not": "an array"';
      break;
    case 7:
      values.Title = `Tyhjä numero ${i}`;
      values.ProjectNumber = '<b>1</b>.<i>2</i>';
      values.Category = '<script>window.__pwned=1</script>';
      values.ServiceArea = '<img src=x onerror="window.__pwned=1">';
      values.OrgUnit = '<svg onload="window.__pwned=1">';
      break;
    default:
      values.Title = `Vihamielinen ${i} ${payload(i)}`;
  }
  return values;
}

/** Writes items (storage form) straight into the stand-in's projects list; their ids. */
export function insertItems(standIn: StandIn, items: readonly Record<string, unknown>[]): number[] {
  const web = standIn.store.findWeb(SITE_PATH);
  const list = web?.lists.find((l) => l.UrlName === 'SalkkuProjects');
  if (!list) {
    throw new Error('The projects list is missing');
  }
  const ids: number[] = [];
  for (const values of items) {
    const now = new Date().toISOString();
    const id = list.nextItemId++;
    list.items.push({ Id: id, version: 1, Created: now, Modified: now, AuthorId: 1, EditorId: 1, values: { ...values } });
    ids.push(id);
  }
  standIn.store.changed();
  return ids;
}

/** Writes the hostile items straight into the stand-in's projects list. */
export function insertHostileItems(standIn: StandIn, planId: number): number[] {
  return insertItems(
    standIn,
    Array.from({ length: HOSTILE_COUNT }, (_v, i) => hostileItem(i, planId))
  );
}
