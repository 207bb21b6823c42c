/**
 * The demo's benefits (issue 21), in our own words: what some of the portfolio's projects (most
 * of them closed) promised, who in the service areas owns each benefit (Maija Muokkaaja, the
 * stand-in's member, owns three so the view's "own first" shows), measurements over the two years
 * before the demo's day, some realised, some not realised with the reason, some late (the target
 * day passed without a measurement), two financial ones in €/v for the benefit-to-cost comparison,
 * and three drafts as the importer proposes them. Days are months before the demo's "today".
 */
import type { PortfolioRepository } from '../src/data/contract/repository.types';
import { addMonths } from '../src/domain/benefits/due';
import type { Benefit } from '../src/domain/benefits/model';
import { emptyBenefit } from '../src/domain/benefits/model';
import type { BenefitStatusKey, BenefitTypeKey } from '../src/domain/benefits/vocabulary';
import { BENEFIT_STATUS, BENEFIT_TYPE } from '../src/domain/benefits/vocabulary';
import type { Day } from '../src/domain/followup/model';
import type { Person, Project } from '../src/domain/model';

/** The stand-in's member (standin/context.ts ROLE_USERS.member). */
export const DEMO_MEMBER = 'Maija Muokkaaja';

export interface DemoBenefit {
  project: string;
  title: string;
  description: string;
  type: BenefitTypeKey | null;
  indicator: string | null;
  unit: string | null;
  baseline: number | null;
  /** Months before today. */
  baselineMonthsAgo: number | null;
  target: number | null;
  /** Months before today (negative: in the future). */
  targetMonthsAgo: number | null;
  owner: string | null;
  unit_: string | null;
  status: BenefitStatusKey;
  reason: string | null;
  intervalMonths: number | null;
  /** Months before today and the value measured. */
  measurements: readonly [number, number][];
}

const b = (fields: Partial<DemoBenefit> & Pick<DemoBenefit, 'project' | 'title' | 'description' | 'status'>): DemoBenefit => ({
  type: null,
  indicator: null,
  unit: null,
  baseline: null,
  baselineMonthsAgo: null,
  target: null,
  targetMonthsAgo: null,
  owner: null,
  unit_: null,
  reason: null,
  intervalMonths: null,
  measurements: [],
  ...fields
});

export const DEMO_BENEFITS: readonly DemoBenefit[] = [
  b({
    project: 'Sähköpostin siirto Exchange Onlineen',
    title: 'Omien sähköpostipalvelinten ylläpitokulut poistuvat',
    description: 'Palvelinten lisenssit, varmistus ja laitehuolto jäävät pois, kun posti on pilvipalvelussa.',
    type: 'financial',
    indicator: 'Säästö ylläpitokuluissa',
    unit: '€/v',
    baseline: 0,
    baselineMonthsAgo: 26,
    target: 18_000,
    targetMonthsAgo: 2,
    owner: 'Markku Rantanen',
    unit_: 'Tietohallinto',
    status: 'realised',
    reason: 'Viimeiset palvelimet sammutettiin, säästö on tavoitteen mukainen.',
    intervalMonths: 12,
    measurements: [
      [22, 6_000],
      [10, 14_000],
      [2, 19_500]
    ]
  }),
  b({
    project: 'Myyntilaskutuksen keskittäminen ja e-lasku kuluttajille',
    title: 'Paperilaskujen postituskulut pienenevät',
    description: 'Kuluttajat siirtyvät e-laskuun, jolloin tulostus- ja postituskulut pienenevät.',
    type: 'financial',
    indicator: 'Säästö postituskuluissa',
    unit: '€/v',
    baseline: 0,
    baselineMonthsAgo: 24,
    target: 25_000,
    targetMonthsAgo: -6,
    owner: DEMO_MEMBER,
    unit_: 'Talouspalvelut',
    status: 'realising',
    intervalMonths: 6,
    measurements: [
      [18, 8_000],
      [12, 12_500],
      [5, 17_500]
    ]
  }),
  b({
    project: 'Sähköiset kokoukset ja päätöksenteko etänä',
    title: 'Pöytäkirja julkaistaan nopeammin',
    description: 'Sähköinen allekirjoitus lyhentää aikaa kokouksesta pöytäkirjan julkaisuun.',
    type: 'timeSaved',
    indicator: 'Kokouksesta julkaisuun',
    unit: 'pv',
    baseline: 10,
    baselineMonthsAgo: 24,
    target: 3,
    targetMonthsAgo: 6,
    owner: DEMO_MEMBER,
    unit_: 'Hallintopalvelut',
    status: 'realised',
    intervalMonths: 6,
    measurements: [
      [20, 7],
      [13, 4],
      [7, 3]
    ]
  }),
  b({
    project: 'Omatoimikirjaston laajennus sivukirjastoihin',
    title: 'Sivukirjastot ovat auki useampia tunteja',
    description: 'Omatoimiaika tuo illat ja viikonloput kirjastojen aukioloon.',
    type: 'quality',
    indicator: 'Aukiolotunnit viikossa',
    unit: 'h/vko',
    baseline: 20,
    baselineMonthsAgo: 23,
    target: 60,
    targetMonthsAgo: 1,
    owner: DEMO_MEMBER,
    unit_: 'Kirjastopalvelut',
    status: 'realising',
    measurements: [
      [17, 45],
      [9, 58]
    ]
  }),
  b({
    project: 'Sähköinen perehdytys',
    title: 'Perehdytykseen kuluu vähemmän esihenkilön aikaa',
    description: 'Verkkokurssi hoitaa yleisen perehdytyksen, esihenkilö keskittyy työtehtäviin.',
    type: 'timeSaved',
    indicator: 'Esihenkilön aika uutta työntekijää kohden',
    unit: 'h',
    baseline: 16,
    baselineMonthsAgo: 24,
    target: 8,
    targetMonthsAgo: 3,
    owner: 'Heidi Lindqvist',
    unit_: 'Henkilöstöpalvelut',
    status: 'realising',
    measurements: [[14, 11]]
  }),
  b({
    project: 'Monitoimilaitteiden ja tulostuspalvelun kilpailutus',
    title: 'Tulostusmäärä vähenee kolmanneksella',
    description: 'Uudet laitteet ja tulostus kulkukortilla vähentävät turhia tulosteita.',
    type: 'quality',
    indicator: 'Tulosteita kuukaudessa',
    unit: 'kpl/kk',
    baseline: 120_000,
    baselineMonthsAgo: 25,
    target: 80_000,
    targetMonthsAgo: 4,
    owner: 'Juha Kettunen',
    unit_: 'Tietohallinto',
    status: 'notRealised',
    reason: 'Koulujen tulostus kasvoi etäopetuksen jälkeen; tavoite siirtyy koulujen omaan tulostusohjeeseen.',
    measurements: [
      [19, 112_000],
      [11, 104_000],
      [4, 101_000]
    ]
  }),
  b({
    project: 'Laiterekisteri ja mobiililaitteiden hallinnan laajennus',
    title: 'Hallinnan ulkopuolisia laitteita on vähemmän',
    description: 'Jokainen puhelin ja kannettava on rekisterissä ja hallinnassa, jolloin kadonneen laitteen voi tyhjentää.',
    type: 'riskReduced',
    indicator: 'Hallitsemattomien laitteiden osuus',
    unit: '%',
    baseline: 30,
    baselineMonthsAgo: 24,
    target: 5,
    targetMonthsAgo: -3,
    owner: 'Petri Haapala',
    unit_: 'Tietohallinto',
    status: 'realising',
    intervalMonths: 6,
    measurements: [
      [18, 18],
      [12, 9]
    ]
  }),
  b({
    project: 'Hankintojen ja sopimusten hallintajärjestelmä',
    title: 'Sopimusten päättymiset huomataan ajoissa',
    description: 'Järjestelmä muistuttaa sopimuksen päättymisestä, joten hankinta ehditään kilpailuttaa.',
    type: 'compliance',
    indicator: 'Ilman voimassa olevaa sopimusta jatkuneita hankintoja',
    unit: 'kpl/v',
    baseline: 12,
    baselineMonthsAgo: 24,
    target: 0,
    targetMonthsAgo: 8,
    owner: 'Tiina Aaltonen',
    unit_: 'Hankintapalvelut',
    status: 'notRealised',
    reason: 'Kaikkia sopimuksia ei ole viety järjestelmään; vastuuhenkilöt nimetään ensi vuonna.',
    measurements: [
      [16, 9],
      [8, 7]
    ]
  }),
  b({
    project: 'Verkkosivuston päivitys Drupal 9:ään',
    title: 'Sivujen päivittäminen helpottuu',
    description: 'Sivujen päivittäminen helpottuu, kun sisällöntuottajat käyttävät uutta muokkainta.',
    status: 'draft',
    reason: 'Mikä muuttuu'
  }),
  b({
    project: 'Verkkosivuston päivitys Drupal 9:ään',
    title: 'Saavutettavuus paranee',
    description: 'Saavutettavuus paranee, kun sivupohjat tarkistetaan.',
    status: 'draft',
    reason: 'Kuvaus'
  }),
  b({
    project: 'Varda: huoltaja- ja maksutietojen tiedonsiirto',
    title: 'Käsin tehtävä tietojen syöttö vähenee',
    description: 'Käsin tehtävä tietojen syöttö vähenee, kun siirto on automaattinen.',
    status: 'draft',
    reason: 'Mikä muuttuu'
  })
];

function monthsAgo(today: Day, months: number | null): Day | null {
  return months === null ? null : addMonths(today, -months);
}

/** A demo benefit as a Benefit of its project (id null, not saved). */
export function demoBenefitToModel(demo: DemoBenefit, projectId: number, owner: Person | null, today: Day): Benefit {
  return {
    ...emptyBenefit(demo.title, projectId),
    description: demo.description,
    type: demo.type === null ? null : BENEFIT_TYPE[demo.type],
    indicator: demo.indicator,
    unit: demo.unit,
    baseline: demo.baseline,
    baselineDate: monthsAgo(today, demo.baselineMonthsAgo),
    target: demo.target,
    targetDate: monthsAgo(today, demo.targetMonthsAgo),
    owner,
    responsibleUnit: demo.unit_,
    status: BENEFIT_STATUS[demo.status],
    statusReason: demo.reason,
    intervalMonths: demo.intervalMonths
  };
}

/**
 * Writes the demo's benefits and their measurements on a site with the benefit lists (0 on one
 * without). The ids written go to `written` so a failed seeding can remove them.
 */
export async function seedBenefits(
  repository: PortfolioRepository,
  projects: readonly Project[],
  today: Day,
  person: (name: string) => Person | null,
  written: { benefits: number[]; measurements: number[] } = { benefits: [], measurements: [] }
): Promise<number> {
  const { missing } = await repository.benefits.loadBenefits();
  if (missing.length > 0) {
    return 0;
  }
  for (const demo of DEMO_BENEFITS) {
    const project = projects.find((p) => p.title === demo.project);
    if (!project || project.id === null) {
      throw new Error(`No demo project "${demo.project}" for the benefit "${demo.title}"`);
    }
    const saved = await repository.benefits.saveBenefit(demoBenefitToModel(demo, project.id, demo.owner === null ? null : person(demo.owner), today));
    written.benefits.push(saved.id ?? 0);
    for (const [months, value] of demo.measurements) {
      const m = await repository.benefits.addMeasurement({ id: null, etag: null, benefitId: saved.id ?? 0, date: addMonths(today, -months) ?? today, value, note: null, measuredBy: null });
      written.measurements.push(m.id ?? 0);
    }
  }
  return DEMO_BENEFITS.length;
}
