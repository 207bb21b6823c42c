/**
 * The demo's benefits tell the story the benefits view is for: measurements over two years,
 * some realised, some not realised with the reason, some late (target day passed without a
 * measurement), financial ones in €/v for the comparison with costs, drafts as the importer
 * proposes them (text only), and owners, the stand-in's member owning several.
 */
import { measurementDue } from '../src/domain/benefits/due';
import type { Measurement } from '../src/domain/benefits/model';
import { financialComparison, isEuroUnit } from '../src/domain/benefits/portfolio';
import { emptyProject } from '../src/domain/model';
import { ROLE_USERS } from '../standin/context';
import { DEMO_BENEFITS, DEMO_MEMBER, demoBenefitToModel } from './demoBenefits';
import { DEMO_PEOPLE, DEMO_PROJECTS } from './demoContent';

describe('the demo benefits', () => {
  const today = '2026-12-06';
  const models = DEMO_BENEFITS.map((d, i) => ({ ...demoBenefitToModel(d, i + 1, null, today), id: i + 1 }));

  it('belong to demo projects, about ten of them, several closed', () => {
    const titles = new Set(DEMO_BENEFITS.map((d) => d.project));
    expect(titles.size).toBeGreaterThanOrEqual(8);
    const projects = [...titles].map((t) => DEMO_PROJECTS.find((p) => p.title === t));
    expect(projects.every((p) => p !== undefined)).toBe(true);
    expect(projects.filter((p) => p?.status === 'Valmis').length).toBeGreaterThanOrEqual(3);
  });

  it('have owners from the demo people and the stand-in member, who owns at least two', () => {
    expect(ROLE_USERS.member.title).toBe(DEMO_MEMBER);
    const owners = DEMO_BENEFITS.map((d) => d.owner).filter((o): o is string => o !== null);
    expect(owners.every((o) => o === DEMO_MEMBER || DEMO_PEOPLE.includes(o))).toBe(true);
    expect(owners.filter((o) => o === DEMO_MEMBER).length).toBeGreaterThanOrEqual(2);
    // every confirmed benefit has an owner; drafts have none
    expect(DEMO_BENEFITS.filter((d) => d.status !== 'draft').every((d) => d.owner !== null)).toBe(true);
  });

  it('are measured over the two years before the demo day, some realised, some not realised with the reason, some late', () => {
    const months = DEMO_BENEFITS.flatMap((d) => d.measurements.map(([m]) => m));
    expect(Math.max(...months)).toBeGreaterThanOrEqual(18);
    expect(Math.min(...months)).toBeLessThanOrEqual(6);
    expect(Math.max(...months)).toBeLessThanOrEqual(24);
    expect(DEMO_BENEFITS.filter((d) => d.status === 'realised').length).toBeGreaterThanOrEqual(2);
    const notRealised = DEMO_BENEFITS.filter((d) => d.status === 'notRealised');
    expect(notRealised.length).toBeGreaterThanOrEqual(1);
    expect(notRealised.every((d) => (d.reason ?? '').length > 20)).toBe(true);
    const series: Measurement[] = DEMO_BENEFITS.flatMap((d, i) =>
      d.measurements.map(([ago, value], j) => ({ id: i * 10 + j, etag: null, benefitId: i + 1, date: measuredDay(today, ago), value, note: null, measuredBy: null }))
    );
    const late = models.filter((b) => measurementDue(b, series, today)?.reason === 'targetPassed');
    expect(late.length).toBeGreaterThanOrEqual(2);
  });

  it('have financial benefits in €/v that compare with a project’s costs, and drafts that are text only', () => {
    const financial = models.filter((b) => b.type === 'Taloudellinen');
    expect(financial.length).toBeGreaterThanOrEqual(2);
    expect(financial.every((b) => isEuroUnit(b.unit) && b.target !== null)).toBe(true);
    const project = { ...emptyProject('x'), id: financial[0]?.projectId ?? 0, costs: { text: '', investmentMin: 20_000, investmentMax: 30_000, recurringPerYearMin: null, recurringPerYearMax: 5_000 } };
    expect(financialComparison(models, [], [project], new Map())[0]?.paybackYears).not.toBeNull();
    const drafts = models.filter((b) => b.status === 'Luonnos');
    expect(drafts.length).toBeGreaterThanOrEqual(1);
    expect(drafts.every((b) => b.baseline === null && b.target === null && b.type === null && b.owner === null)).toBe(true);
  });
});

function measuredDay(today: string, monthsAgo: number): string {
  const total = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - monthsAgo;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${today.slice(8, 10)}`;
}
