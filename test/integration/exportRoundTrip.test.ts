/**
 * Round trip: the demo plan exported to Word (.docx) and imported back through the plan
 * importer gives the same projects with the same fields, field by field.
 */
import { Packer } from 'docx';
import type { LocalPortfolio } from '../../scripts/lib/localPortfolio';
import { startLocalPortfolio } from '../../scripts/lib/localPortfolio';
import { planDocx } from '../../src/export/docxExport';
import type { PortfolioData } from '../../src/data/contract/repository.types';
import { CATEGORY } from '../../src/domain/vocabulary';
import type { DocumentProject, DocumentTemplate } from '../../src/domain/export/planDocument';
import { buildPlanDocument, documentProjects } from '../../src/domain/export/planDocument';
import { parsePlanDocx } from '../../src/domain/import/docx';
import type { ImportedProject } from '../../src/domain/import/importModel';
import { parseCosts } from '../../src/domain/costs/parseCosts';
import { parseSchedule } from '../../src/domain/schedule/parseSchedule';
import { emptyProposal } from '../../src/domain/proposals/model';
import { PROPOSAL_STATUS } from '../../src/domain/proposals/vocabulary';
import mammoth from 'mammoth';
import type { Benefit } from '../../src/domain/benefits/model';
import { emptyBenefit } from '../../src/domain/benefits/model';
import { BENEFIT_STATUS, BENEFIT_TYPE } from '../../src/domain/benefits/vocabulary';
import { label } from '../../src/domain/export/documentLabels';

/** Confirmed benefits for the first two projects, and a draft (never in the document) for the third. */
function benefitsFor(projectIds: readonly (number | null)[]): Benefit[] {
  const [first, second, third] = projectIds;
  return [
    { ...emptyBenefit('Käsittelyaika lyhenee', first ?? null), id: 1, status: BENEFIT_STATUS.planned, indicator: 'Hakemuksen käsittelyaika', unit: 'pv', baseline: 12.5, target: 4, targetDate: '2025-12-31' },
    { ...emptyBenefit('Ylläpitokulut pienenevät', first ?? null), id: 2, status: BENEFIT_STATUS.realised, type: BENEFIT_TYPE.financial, unit: '€/v', baseline: 30000, target: 18000 },
    { ...emptyBenefit('Asiakkaat asioivat verkossa', second ?? null), id: 3, status: BENEFIT_STATUS.realising },
    { ...emptyBenefit('Luonnos, jota kukaan ei ole vahvistanut', third ?? null), id: 4, status: BENEFIT_STATUS.draft }
  ];
}

function field(project: DocumentProject, index: number): string | null {
  const text = project.fields[index]?.text ?? '';
  return text.trim() === '' ? null : text.trim();
}

function item(project: DocumentProject, letter: string): string | null {
  const text = project.fields.flatMap((f) => f.items ?? []).find((i) => i.letter === letter)?.text ?? '';
  return text.trim() === '' ? null : text.trim();
}

/** What the importer should read for a project of the document. */
function expected(project: DocumentProject, template: DocumentTemplate): Partial<ImportedProject> {
  const scheduleText = template === 'short' ? field(project, 2) : field(project, 3);
  const schedule = parseSchedule(scheduleText).schedule;
  const costs = parseCosts(field(project, 6)).costs;
  const common = {
    number: project.number,
    title: project.title,
    category: project.categoryKey ? CATEGORY[project.categoryKey] : null,
    unit: project.unit,
    description: project.description.trim() === '' ? null : project.description.trim(),
    schedule: { ...schedule, text: scheduleText }
  };
  if (template === 'short') {
    return { ...common, benefits: null, whatChanges: field(project, 0), strategicGoal: field(project, 1) };
  }
  const benefits = project.fields.find((f) => f.label === label('plannedBenefits', 'fi'))?.text ?? null;
  return {
    ...common,
    benefits,
    whatChanges: field(project, 0),
    strategicGoal: field(project, 2),
    likelihood: field(project, 4),
    scheduleOwner: field(project, 5),
    costs: { ...costs, text: field(project, 6) },
    resources: field(project, 7),
    impacts: { economic: field(project, 0), organisation: item(project, 'a'), security: item(project, 'b'), dataUse: item(project, 'c'), caseManagement: item(project, 'd') }
  };
}

describe('export to Word and import back', () => {
  let portfolio: LocalPortfolio;
  let data: PortfolioData;

  beforeAll(async () => {
    portfolio = await startLocalPortfolio({ data: 'demo', staticRoot: null });
    data = await portfolio.repository.load();
  }, 60_000);

  afterAll(async () => {
    await portfolio.close();
  });

  it.each([
    ['2023-2024', 'full'],
    ['2019-2020', 'short']
  ] as const)('plan %s with the %s template: same projects, field by field', async (period, template) => {
    const plan = data.plans.find((p) => p.periodStart?.startsWith(period.slice(0, 4)));
    const projects = data.projects.filter((p) => p.planIds.includes(plan?.id ?? -1));
    // the steering group's decisions follow the projects; the importer must not read them as projects
    const start = plan?.periodStart?.slice(0, 4) ?? '';
    const proposals = [
      { ...emptyProposal('Ehdotettu mobiilikirjasto'), id: 901, status: PROPOSAL_STATUS.rejected, decisionDate: `${start}-02-10`, decisionText: 'Tarve katetaan kirjastoautolla.' },
      { ...emptyProposal(projects[0]?.title ?? ''), id: 902, status: PROPOSAL_STATUS.approved, planId: plan?.id ?? null, projectId: projects[0]?.id ?? null, decisionDate: `${start}-01-15`, decisionText: 'Mahtuu budjettiin.' }
    ];
    const benefits = benefitsFor(projects.slice(0, 3).map((p) => p.id));
    const document = buildPlanDocument(projects, plan, data.goals, { language: 'fi', template, date: '2026-11-24', proposals, benefits });
    const withBenefits = documentProjects(document).filter((p) => p.fields.some((f) => f.label === label('plannedBenefits', 'fi')));
    // the full template lists the confirmed benefits of the two projects that have them (no drafts), the short one none
    expect(withBenefits.map((p) => p.id).sort()).toEqual(template === 'full' ? projects.slice(0, 2).map((p) => p.id).sort() : []);
    if (template === 'full') {
      expect(withBenefits.find((p) => p.id === projects[0]?.id)?.fields.at(-1)?.text).toBe('- Käsittelyaika lyhenee: Hakemuksen käsittelyaika 12,5 → 4 pv 31.12.2025 mennessä\n- Ylläpitokulut pienenevät: 30 000 → 18 000 €/v');
    }
    expect(document.decisions?.rows.map((r) => r.title)).toEqual([projects[0]?.title, 'Ehdotettu mobiilikirjasto']);
    const buffer = await Packer.toBuffer(planDocx(document));
    const imported = await parsePlanDocx(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer, { fileName: 'export.docx' });
    const exported = documentProjects(document);
    expect(imported.projects.map((p) => p.number)).toEqual(exported.map((p) => p.number));
    const differences: string[] = [];
    exported.forEach((project, i) => {
      const want = expected(project, template);
      // a project missing from the import shows as every field differing
      const got = new Map(Object.entries(imported.projects[i] ?? {}));
      for (const [key, value] of Object.entries(want)) {
        const actual = got.get(key);
        if (JSON.stringify(actual) !== JSON.stringify(value)) {
          differences.push(`${project.number} ${key}: exported ${JSON.stringify(value)} ≠ imported ${JSON.stringify(actual)}`);
        }
      }
    });
    expect(differences).toEqual([]);
    expect(imported.projects).toHaveLength(projects.length);
    const text = (await mammoth.extractRawText({ buffer })).value;
    expect(text).toContain('Ehdotusten käsittely');
    expect(text).toContain('Tarve katetaan kirjastoautolla.');
    expect(text).toContain(`Hyväksytty suunnitelmaan (${projects[0]?.number ?? ''})`);
  });
});
