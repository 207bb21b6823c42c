/**
 * Benchmark page: renders N synthetic projects with one of Salkku's views (?view=portfolio,
 * timeline or impact) or with react-calendar-timeline (?view=rct), then scrolls through the rows
 * and records timings in window.__bench. Driven by bench/*.ts in headless Chromium.
 */
import { createTheme, ThemeProvider } from '@fluentui/react';
import moment from 'moment';
import * as React from 'react';
import * as ReactDom from 'react-dom';
import Timeline from 'react-calendar-timeline';
import 'react-calendar-timeline/lib/Timeline.css';
import { sharePointHost } from '../../src/components/common/host';
import { SalkkuEnvironmentContext } from '../../src/components/common/SalkkuContext';
import { ImpactView } from '../../src/components/impact/ImpactView';
import { PortfolioView } from '../../src/components/portfolio/PortfolioView';
import { TimelineView } from '../../src/components/timeline/TimelineView';
import { syntheticProjects } from '../../demo/synthetic';
import type { PortfolioData, PortfolioRepository } from '../../src/data/contract/repository.types';
import type { Plan } from '../../src/domain/model';
import strings from '../../src/loc/fi-fi.js';

interface BenchResult {
  firstRenderMs: number;
  frames: number[];
  done: boolean;
  error?: string;
}

declare global {
  interface Window {
    __bench: BenchResult;
  }
}

const params = new URLSearchParams(window.location.search);
const VIEWS = ['portfolio', 'timeline', 'impact', 'rct'] as const;
const view = VIEWS.find((v) => v === params.get('view')) ?? 'timeline';
const count = Number(params.get('n') ?? 1000);
window.__bench = { firstRenderMs: 0, frames: [], done: false };

const plans: Plan[] = [
  { id: 1, etag: null, title: 'TTS 2021–2022', organisation: null, periodStart: '2021-01', periodEnd: '2022-12', approvedOn: null, status: null },
  { id: 2, etag: null, title: 'TTS 2023–2024', organisation: null, periodStart: '2023-01', periodEnd: '2024-12', approvedOn: null, status: null }
];
const projects = syntheticProjects(count, [1, 2], [], 7).map((p, i) => ({ ...p, id: i + 1, planIds: [1, 2] }));
const permissions = { canRead: true, canAdd: false, canEdit: false, canManage: false };
const list = (key: 'projects' | 'plans' | 'goals'): PortfolioData['lists']['projects'] => ({
  key,
  id: key,
  title: key,
  newFormUrl: 'https://example.invalid/new',
  editFormUrl: 'https://example.invalid/edit',
  displayFormUrl: 'https://example.invalid/display',
  viewUrl: 'https://example.invalid/view',
  itemCount: count,
  permissions,
  choices: {},
  missingFields: []
});
const data: PortfolioData = {
  siteUrl: 'https://example.invalid/sites/salkku',
  detail: 'summary',
  changeToken: null,
  projects,
  plans,
  goals: [],
  lists: { projects: list('projects'), plans: list('plans'), goals: list('goals') },
  currentUser: null,
  canManageSite: false,
  itemIssues: [],
  upgradeAvailable: false,
  staleSortKeys: 0,
  problems: []
};

function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

function RctTimeline(): JSX.Element {
  const groups = projects.map((p) => ({ id: p.id, title: `${p.number ?? ''} ${p.title}` }));
  const items = projects
    .filter((p) => p.schedule.start !== null && p.schedule.end !== null)
    .map((p) => ({
      id: p.id,
      group: p.id,
      title: p.title,
      start_time: moment(`${p.schedule.start}-01`).valueOf(),
      end_time: moment(`${p.schedule.end}-01`).endOf('month').valueOf()
    }));
  return (
    <Timeline
      groups={groups}
      items={items}
      defaultTimeStart={moment('2023-01-01').valueOf()}
      defaultTimeEnd={moment('2024-12-31').valueOf()}
      canMove={false}
      canResize={false}
      lineHeight={36}
      sidebarWidth={300}
    />
  );
}

/** The element that scrolls the rows: our chart's or grid's own scroller, or the page for RCT. */
function scroller(): { element: HTMLElement; scroll: (dy: number) => void } {
  const chart = document.querySelector<HTMLElement>('[data-salkku-timeline="chart"], [data-salkku-grid] [role="rowgroup"]');
  if (chart) {
    return {
      element: chart,
      scroll: (dy) => {
        chart.scrollTop += dy;
        chart.dispatchEvent(new Event('scroll'));
      }
    };
  }
  const page = document.scrollingElement as HTMLElement;
  return { element: page, scroll: (dy) => window.scrollBy(0, dy) };
}

async function measureScroll(frames: number): Promise<number[]> {
  const { element, scroll } = scroller();
  const times: number[] = [];
  for (let i = 0; i < frames; i++) {
    await new Promise<void>((resolve) =>
      requestAnimationFrame(() => {
        const t0 = performance.now();
        scroll(90);
        // force style and layout of the new frame so its cost is counted
        const height = element.getBoundingClientRect().height + document.body.offsetHeight;
        times.push(performance.now() - t0);
        if (height < 0) {
          throw new Error('impossible layout');
        }
        resolve();
      })
    );
  }
  return times;
}

async function run(): Promise<void> {
  const root = document.getElementById('root');
  const started = performance.now();
  const props = {
    data,
    repository: {} as PortfolioRepository,
    reload: () => undefined,
    replaceProject: () => undefined,
    getProject: (id: number) => { const found = projects.find((p) => p.id === id); return found ? Promise.resolve(found) : Promise.reject(new Error('no project')); },
    loadFull: () => Promise.resolve(data),
    loadAssessment: () => Promise.resolve()
  };
  const host = sharePointHost({ site: { kind: 'site', url: data.siteUrl, source: 'property', setupOffered: false }, pageUrl: () => window.location.href, clipboard: undefined });
  const element =
    view === 'rct' ? (
      <RctTimeline />
    ) : (
      <ThemeProvider theme={createTheme({})}>
        <SalkkuEnvironmentContext.Provider value={{ strings, host }}>
          {view === 'portfolio' ? <PortfolioView {...props} /> : view === 'impact' ? <ImpactView {...props} /> : <TimelineView {...props} />}
        </SalkkuEnvironmentContext.Provider>
      </ThemeProvider>
    );
  await new Promise<void>((resolve) => ReactDom.render(element, root, () => resolve()));
  await afterPaint();
  window.__bench.firstRenderMs = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 300));
  window.__bench.frames = await measureScroll(120);
  window.__bench.done = true;
  window.addEventListener('pagehide', () => ReactDom.unmountComponentAtNode(root as HTMLElement));
}

run().catch((error: unknown) => {
  window.__bench.error = String(error);
  window.__bench.done = true;
});
