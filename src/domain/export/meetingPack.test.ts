import { statusReport } from '../../../test/support/statusReport';
import type { ActualCost, Meeting, ProjectSnapshot, StatusReport } from '../followup/model';
import type { Project } from '../model';
import { emptyCosts, emptyProject, emptySchedule } from '../model';
import { RAG, STATUS } from '../vocabulary';
import type { Benefit, Measurement } from '../benefits/model';
import { emptyBenefit } from '../benefits/model';
import { BENEFIT_STATUS, BENEFIT_TYPE } from '../benefits/vocabulary';
import { meetingPackDocx } from '../../export/meetingPackDocx';
import { Packer } from 'docx';
import JSZip from 'jszip';
import type { MeetingPackInput } from './meetingPack';
import { buildMeetingPack, changesFrom, previousMeetingOf } from './meetingPack';

const BOARD = 'Tietohallinnon ohjausryhmä';

function project(id: number, number: string, changes: Partial<Project> = {}): Project {
  return { ...emptyProject(`Hanke ${number}`), id, number, status: STATUS.inProgress, ...changes };
}

const report = statusReport;

function meeting(id: number, date: string, body: string | null = BOARD, title = `Ohjausryhmä ${date}`): Meeting {
  return { id, etag: null, title, date, body, notes: null };
}

function actual(projectId: number, year: number, investment: number | null, recurring: number | null = null): ActualCost {
  return { id: null, etag: null, projectId, year, investment, recurring, note: null, reportId: null };
}

const SNAPSHOT: ProjectSnapshot = { status: STATUS.inProgress, scheduleStart: '2026-01', scheduleEnd: '2027-06', investmentMin: 40_000, investmentMax: 50_000, recurringPerYearMin: null, recurringPerYearMax: null };

const SEPTEMBER = meeting(1, '2026-09-15');
const DECEMBER = meeting(2, '2026-12-10', BOARD, 'Ohjausryhmä 4/2026');
const SCHOOLS = meeting(3, '2026-11-01', 'Sivistyspalvelujen johtoryhmä');

const PROJECTS: Project[] = [
  project(1, '3.1', {
    title: 'Asianhallinnan uusiminen',
    schedule: { ...emptySchedule('1/2026–9/2027'), start: '2026-01', end: '2027-09' },
    costs: { ...emptyCosts('40 000–80 000 €'), investmentMin: 40_000, investmentMax: 80_000 },
    projectManager: { id: 11, title: 'Aino Asiakas', email: null }
  }),
  project(2, '2.1', { title: 'Verkon uusiminen', costs: { ...emptyCosts(''), investmentMin: 10_000, investmentMax: 20_000, recurringPerYearMin: 1_000, recurringPerYearMax: 2_000 } }),
  project(3, '10.1', { title: 'Kymmenes hanke' }),
  project(4, '1.1', { title: 'Uusi hanke', status: STATUS.approved }),
  project(5, '4.1', { title: 'Valmis hanke', status: STATUS.done, schedule: { ...emptySchedule(''), start: '2026-01', end: '2027-06' } }),
  project(6, '2.2', { title: 'Toimittajan vaihto', rag: RAG.red, ragComment: 'Toimittaja vaihtuu kesken sopimuskauden.' }),
  project(7, '5.1', { title: 'Unohtunut hanke' })
];

const REPORTS: StatusReport[] = [
  report(1, '2026-09-01', { id: 1, rag: RAG.green, snapshot: SNAPSHOT }),
  report(1, '2026-11-20', {
    id: 2,
    rag: RAG.red,
    scheduleRag: RAG.red,
    costRag: RAG.amber,
    scopeRag: RAG.green,
    progress: 40,
    summary: 'Integraatio viivästyy.',
    achieved: 'Testiympäristö valmis.',
    nextSteps: 'Toimittajan korjaussuunnitelma.',
    risks: 'Käyttöönotto siirtyy.',
    decisionsNeeded: 'Hyväksytään 20 000 € lisärahoitus.',
    author: { id: 11, title: 'Aino Asiakas', email: null }
  }),
  report(2, '2026-11-25', { id: 3, rag: RAG.amber, summary: 'Laitetoimitus myöhässä.' }),
  report(2, '2026-11-30', { id: 4, state: 'draft', rag: RAG.red, decisionsNeeded: 'Luonnoksen päätös' }),
  report(3, '2026-10-01', { id: 5, rag: RAG.green }),
  report(5, '2026-08-01', { id: 6, snapshot: { ...SNAPSHOT, investmentMax: null, investmentMin: null } }),
  report(7, '2026-06-01', { id: 7, rag: RAG.green })
];

function input(changes: Partial<MeetingPackInput> = {}): MeetingPackInput {
  return {
    portfolio: { projects: PROJECTS },
    followUp: {
      reports: REPORTS,
      actuals: [actual(1, 2026, 90_000, 1_200), actual(3, 2026, 5_000), actual(3, 2025, 70_000)],
      meetings: [SEPTEMBER, SCHOOLS, DECEMBER],
      cadence: { kind: 'meetings', body: BOARD }
    },
    meeting: DECEMBER,
    language: 'fi',
    today: '2026-12-01',
    created: new Map([
      [4, '2026-10-20'],
      [1, '2025-12-01']
    ]),
    ...changes
  };
}

describe('meeting pack', () => {
  it('heads the pack with the meeting, its body, the same body\'s previous meeting and the agenda', () => {
    const pack = buildMeetingPack(input());
    expect(pack.title).toBe('Kokousmateriaali: Ohjausryhmä 4/2026');
    expect(pack.agenda.facts).toEqual([
      { label: 'Kokous', text: 'Ohjausryhmä 4/2026' },
      { label: 'Toimielin', text: BOARD },
      { label: 'Päivämäärä', text: '10.12.2026' },
      { label: 'Edellinen kokous', text: 'Ohjausryhmä 2026-09-15 (15.9.2026)' },
      { label: 'Laadittu', text: '1.12.2026' }
    ]);
    expect(pack.agenda.items).toEqual(['Salkun tilannekatsaus', 'Muutokset edellisen kokouksen jälkeen', 'Punaiset ja keltaiset hankkeet', 'Päätettävät asiat', 'Puuttuvat tilanneraportit']);
    expect(pack.agenda.notes).toBe('');
  });

  it('finds the previous meeting of the same body, else counts one reporting period back', () => {
    expect(previousMeetingOf(DECEMBER, [SEPTEMBER, SCHOOLS, DECEMBER])).toBe(SEPTEMBER);
    expect(previousMeetingOf(SEPTEMBER, [SEPTEMBER, SCHOOLS, DECEMBER])).toBeUndefined();
    expect(changesFrom(DECEMBER, undefined, { kind: 'weeks', weeks: 4 })).toBe('2026-11-12');
    expect(changesFrom(DECEMBER, '2026-10-01', { kind: 'weeks', weeks: 4 })).toBe('2026-10-01');
    const pack = buildMeetingPack(input({ previous: '2026-10-01' }));
    expect(pack.agenda.facts).toContainEqual({ label: 'Muutokset lasketaan alkaen', text: '1.10.2026' });
  });

  it('sums up projects by status, estimated and actual costs of the year, overruns and the RAG overview without drafts', () => {
    const { summary } = buildMeetingPack(input());
    expect(summary.byStatus.rows).toEqual([
      ['Hyväksytty', '1'],
      ['Käynnissä', '5'],
      ['Valmis', '1'],
      ['Yhteensä', '7']
    ]);
    const totals = Object.fromEntries(summary.totals.rows.map(([label, value]) => [label, (value ?? '').replace(/\s/g, ' ')]));
    expect(totals['Arvioidut investoinnit (hyväksytyt ja käynnissä olevat)']).toBe('50 000 € – 100 000 € (4 hankkeella ei arviota)');
    expect(totals['Toteutuneet investoinnit 2026']).toBe('95 000 €');
    expect(totals['Toteutuneet jatkuvat kustannukset 2026']).toBe('1 200 €');
    // 3.1: 90 000 € actual over an 80 000 € upper bound
    expect(totals['Hankkeita, joiden toteuma ylittää arvion ylärajan']).toBe('1');
    // red: 3.1 and 2.2 (its own value, never reported); amber 2.1 (its draft is red); none: 1.1
    expect(summary.rag.map((r) => [r.rag.symbol, r.rag.text, r.count])).toEqual([
      ['■', 'Punainen', 2],
      ['▲', 'Keltainen', 1],
      ['●', 'Vihreä', 2],
      ['–', 'Ei tilannetta', 1]
    ]);
  });

  it('lists the changes since the previous meeting by kind, then by project number', () => {
    const { changes } = buildMeetingPack(input());
    expect(changes.intro).toContain('15.9.2026');
    expect(changes.items.map((c) => [c.kind, c.project])).toEqual([
      ['new', '1.1 Uusi hanke'],
      ['completed', '4.1 Valmis hanke'],
      ['ragChanged', '3.1 Asianhallinnan uusiminen'],
      ['scheduleMoved', '3.1 Asianhallinnan uusiminen'],
      ['costChanged', '3.1 Asianhallinnan uusiminen']
    ]);
    expect(changes.table.rows[2]).toEqual(['3.1 Asianhallinnan uusiminen', 'Tilanneväri muuttui', '● Vihreä → ■ Punainen']);
    expect(changes.table.rows[3]?.[2]).toBe('Päättyy 6/2027 → 9/2027 (3 kk myöhemmin)');
    expect(changes.table.rows[4]?.[2]?.replace(/\s/g, ' ')).toBe('Investointi 50 000 € → 80 000 €');
    expect(changes.table.rows[0]?.[2]).toBe('Lisätty 20.10.2026');
  });

  it('shows red projects before amber ones, each with its latest published report or its own values', () => {
    const { attention } = buildMeetingPack(input());
    expect(attention.projects.map((p) => [p.heading, p.rag.text])).toEqual([
      ['2.2 Toimittajan vaihto', 'Punainen'],
      ['3.1 Asianhallinnan uusiminen', 'Punainen'],
      ['2.1 Verkon uusiminen', 'Keltainen']
    ]);
    const [own, reported, amber] = attention.projects;
    expect(own?.source).toBe('Ei julkaistua tilanneraporttia: tiedot ovat hankkeen omia.');
    expect(own?.fields).toEqual([{ label: 'Yhteenveto', text: 'Toimittaja vaihtuu kesken sopimuskauden.' }]);
    expect(reported?.source).toBe('Tilanneraportti 20.11.2026, laatinut Aino Asiakas');
    expect(reported?.facts.map((f) => `${f.label}: ${f.value}`)).toEqual([
      'Kokonaistilanne: ■ Punainen',
      'Aikataulu: ■ Punainen',
      'Kustannukset: ▲ Keltainen',
      'Laajuus: ● Vihreä',
      'Valmiusaste: 40 %',
      'Projektipäällikkö: Aino Asiakas'
    ]);
    expect(reported?.fields.map((f) => f.label)).toEqual(['Yhteenveto', 'Saavutettu edellisen raportin jälkeen', 'Seuraavat vaiheet', 'Riskit ja ongelmat']);
    // the red draft of 2.1 is not its latest report
    expect(amber?.fields).toEqual([{ label: 'Yhteenveto', text: 'Laitetoimitus myöhässä.' }]);
  });

  it('collects the decisions the latest published reports ask for, leaving drafts out', () => {
    const { decisions } = buildMeetingPack(input());
    expect(decisions.table.rows).toEqual([['3.1 Asianhallinnan uusiminen', 'Hyväksytään 20 000 € lisärahoitus.', '20.11.2026']]);
  });

  it('lists the reports missing under the cadence: never reported first, then the longest overdue', () => {
    const { missing } = buildMeetingPack(input());
    expect(missing.table.rows).toEqual([
      ['1.1 Uusi hanke', '', 'ei koskaan', '15.9.2026'],
      ['2.2 Toimittajan vaihto', '', 'ei koskaan', '15.9.2026'],
      ['5.1 Unohtunut hanke', '', '1.6.2026', '15.9.2026']
    ]);
  });

  it('describes a meeting already held as it stood on its day: later reports are left out', () => {
    const pack = buildMeetingPack(input({ meeting: SEPTEMBER, today: '2026-12-01', previous: '2026-06-15' }));
    // 3.1's red report came after the September meeting
    expect(pack.attention.projects.map((p) => p.heading)).toEqual(['2.2 Toimittajan vaihto']);
    expect(pack.decisions.items).toEqual([]);
    expect(pack.agenda.facts).toContainEqual({ label: 'Laadittu', text: '1.12.2026' });
  });

  it('says so when a section has nothing, and still counts the empty portfolio', () => {
    const pack = buildMeetingPack(input({ portfolio: { projects: [] }, followUp: { reports: [], actuals: [], meetings: [], cadence: { kind: 'weeks', weeks: 6 } } }));
    expect(pack.summary.byStatus.rows).toEqual([['Yhteensä', '0']]);
    expect(pack.summary.totals.rows[0]).toEqual(['Arvioidut investoinnit (hyväksytyt ja käynnissä olevat)', 'ei arviota']);
    expect(pack.summary.totals.rows[2]?.[1]).toBe('ei ilmoitettu');
    expect(pack.summary.rag.every((r) => r.count === 0)).toBe(true);
    expect([pack.changes.items, pack.attention.projects, pack.decisions.items, pack.missing.items]).toEqual([[], [], [], []]);
    expect([pack.changes.empty, pack.attention.empty, pack.decisions.empty, pack.missing.empty]).toEqual([
      'Ei muutoksia edellisen kokouksen jälkeen.',
      'Ei punaisia tai keltaisia hankkeita.',
      'Tilanneraporteissa ei ole päätettäviä asioita.',
      'Kaikki hankkeet ovat raportoineet ajallaan.'
    ]);
    // without a previous meeting the changes count from six weeks before
    expect(pack.agenda.facts).toContainEqual({ label: 'Muutokset lasketaan alkaen', text: '29.10.2026' });
  });

  it('writes the pack in Swedish and English, statuses and RAG words included', () => {
    const sv = buildMeetingPack(input({ language: 'sv' }));
    expect(sv.title).toBe('Mötesmaterial: Ohjausryhmä 4/2026');
    expect(sv.summary.byStatus.rows.map((r) => r[0])).toEqual(['Godkänt', 'Pågående', 'Slutfört', 'Totalt']);
    expect(sv.changes.table.rows[2]?.[2]).toBe('● Grön → ■ Röd');
    const en = buildMeetingPack(input({ language: 'en' }));
    expect(en.agenda.facts).toContainEqual({ label: 'Date', text: '10 Dec 2026' });
    expect(en.attention.heading).toBe('Red and amber projects');
    expect(en.attention.projects[2]?.rag.text).toBe('Amber');
    expect(en.missing.table.header).toEqual(['Project', 'Project manager', 'Last report', 'Due since']);
    expect(en.changes.table.rows[3]?.[2]).toBe('Ends 6/2027 → 9/2027 (3 months later)');
  });

  it('shows a city\'s own RAG word as written, with the neutral shape', () => {
    const pack = buildMeetingPack(input({ portfolio: { projects: [project(9, '6.1', { rag: 'Harmaa' })] }, followUp: { reports: [], actuals: [], meetings: [], cadence: { kind: 'weeks', weeks: 6 } } }));
    expect(pack.summary.rag.map((r) => r.count)).toEqual([0, 0, 0, 1]);
    expect(pack.attention.projects).toEqual([]);
  });

  describe('benefits realisation', () => {
    const owner = { id: 21, title: 'Maija Mittaaja', email: null };
    const benefit = (id: number, projectId: number, title: string, changes: Partial<Benefit>): Benefit => ({ ...emptyBenefit(title, projectId), id, status: BENEFIT_STATUS.realising, ...changes });
    const BENEFITS: Benefit[] = [
      benefit(1, 1, 'Asiakirjat löytyvät haulla', { targetDate: '2026-10-31', owner, indicator: 'Hakuaika', unit: 'min', baseline: 10, target: 2 }),
      benefit(2, 2, 'Verkkokatkot vähenevät', { intervalMonths: 6, baselineDate: '2025-09-01' }),
      benefit(3, 3, 'Käsittelyaika lyhenee', { status: BENEFIT_STATUS.realised, unit: 'pv', modified: '2026-10-05T08:00:00Z' }),
      benefit(4, 5, 'Paperilomakkeet poistuvat', { status: BENEFIT_STATUS.notRealised, statusReason: 'Asiakkaat eivät siirtyneet verkkolomakkeisiin.', modified: '2026-11-01T08:00:00Z' }),
      benefit(5, 1, 'Arkistotila vapautuu', { status: BENEFIT_STATUS.realised, modified: '2026-08-01T08:00:00Z' }),
      benefit(6, 2, 'Ylläpitokulut pienenevät', { type: BENEFIT_TYPE.financial, unit: '€/v', baseline: 0, target: 12_000, targetDate: '2027-12-31' }),
      benefit(7, 1, 'Luonnos tuonnista', { status: BENEFIT_STATUS.draft, targetDate: '2026-01-01' })
    ];
    const MEASUREMENTS: Measurement[] = [
      { id: 1, etag: null, benefitId: 2, date: '2026-03-01', value: 4, note: null, measuredBy: null },
      { id: 2, etag: null, benefitId: 3, date: '2026-10-01', value: 3, note: null, measuredBy: null },
      { id: 3, etag: null, benefitId: 6, date: '2026-06-01', value: 8_000, note: null, measuredBy: null },
      // after the pack's day: not counted
      { id: 4, etag: null, benefitId: 1, date: '2026-12-05', value: 2, note: null, measuredBy: null }
    ];
    const withBenefits = (changes: Partial<MeetingPackInput> = {}): ReturnType<typeof buildMeetingPack> => buildMeetingPack(input({ benefits: { benefits: BENEFITS, measurements: MEASUREMENTS }, ...changes }));

    it('lists the measurements due: target passed without a measurement, or the interval passed; not drafts or closed ones', () => {
      const pack = withBenefits();
      expect(pack.agenda.items.at(-1)).toBe('Hyötyjen toteutuminen');
      expect(pack.benefits?.due.items.map((d) => [d.benefitId, d.reason, d.since, d.owner])).toEqual([
        [2, 'intervalPassed', '1.9.2026', ''],
        [1, 'targetPassed', '31.10.2026', 'Maija Mittaaja']
      ]);
      expect(pack.benefits?.due.table.rows[1]).toEqual(['3.1 Asianhallinnan uusiminen', 'Asiakirjat löytyvät haulla', 'Maija Mittaaja', 'Tavoitepäivä ohitettu ilman mittausta', '31.10.2026']);
    });

    it('lists the benefits realised or not realised since the previous meeting, with the latest value or the reason', () => {
      const closed = withBenefits().benefits?.closed;
      expect(closed?.heading).toBe('Toteutuneet ja toteutumatta jääneet 15.9.2026 jälkeen');
      expect(closed?.items.map((c) => [c.benefitId, c.status])).toEqual([
        [4, 'notRealised'],
        [3, 'realised']
      ]);
      expect(closed?.table.rows).toEqual([
        ['4.1 Valmis hanke', 'Paperilomakkeet poistuvat', 'Ei toteutunut', 'Asiakkaat eivät siirtyneet verkkolomakkeisiin.'],
        ['10.1 Kymmenes hanke', 'Käsittelyaika lyhenee', 'Toteutunut', '3 pv (1.10.2026)']
      ]);
    });

    it('compares the financial benefits with the costs, as estimates', () => {
      const financial = withBenefits().benefits?.financial;
      expect(financial?.heading).toContain('arvioita');
      expect(financial?.note).toMatch(/arvio/);
      expect(financial?.projectIds).toEqual([2]);
      // 20 000 € investment estimate / (12 000 €/v − 2 000 €/v recurring) = 2 years
      expect(financial?.table.rows[0]?.map((v) => v.replace(/\s/g, ' '))).toEqual(['2.1 Verkon uusiminen', '12 000 €/v', '8 000 €/v', '20 000 €', 'ei ilmoitettu', '2 000 €/v', 'n. 2 v']);
    });

    it('has no benefits section without the benefit lists, and says so when nothing is due or closed; the Word pack has the section', async () => {
      expect(buildMeetingPack(input()).benefits).toBeNull();
      const quiet = withBenefits({ language: 'en', today: '2026-07-01', meeting: meeting(9, '2026-07-01') });
      expect(quiet.benefits?.closed.items).toEqual([]);
      expect(quiet.benefits?.closed.empty).toBe('No benefit was realised or marked not realised since the previous meeting.');
      const zip = await JSZip.loadAsync(await Packer.toBuffer(meetingPackDocx(withBenefits())));
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      expect(xml).toContain('6 Hyötyjen toteutuminen');
      expect(xml).toContain('Paperilomakkeet poistuvat');
    });
  });
});
