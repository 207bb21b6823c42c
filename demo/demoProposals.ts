/**
 * The demo's proposals for the next plan: needs the service areas brought to the steering group
 * this autumn, in our own words, with rough costs, effort and a first impact assessment; scores
 * on the default criteria for most of them, two already decided (postponed, rejected) with the
 * reasoning, the year's budget and IT capacity, and one saved scenario. Pure data and a writer.
 */
import type { CriterionScore } from '../src/data/contract/proposals.types';
import type { PortfolioRepository } from '../src/data/contract/repository.types';
import type { Day } from '../src/domain/followup/model';
import { parseCosts } from '../src/domain/costs/parseCosts';
import type { ImpactLevel, ImpactPerspective } from '../src/domain/model';
import type { Proposal } from '../src/domain/proposals/model';
import { DEFAULT_SCORING_MODEL, emptyProposal } from '../src/domain/proposals/model';
import type { ProposalStatusKey } from '../src/domain/proposals/vocabulary';
import { PROPOSAL_STATUS } from '../src/domain/proposals/vocabulary';
import { parseSchedule } from '../src/domain/schedule/parseSchedule';
import { IMPACT_LEVEL, SERVICE_AREA } from '../src/domain/vocabulary';

export interface DemoProposal {
  title: string;
  area: keyof typeof SERVICE_AREA;
  unit: string;
  need: string;
  changes: string;
  scheduleText: string;
  costText: string;
  itDays: number;
  areaDays: number;
  mandatory: boolean;
  impacts: Partial<Record<ImpactPerspective, { level: ImpactLevel; text: string }>>;
  status: ProposalStatusKey;
  /** Scores 0–5 in the default model's criterion order; none when not yet scored. */
  scores: readonly number[] | null;
  decision?: { text: string; daysAgo: number };
}

export const DEMO_PROPOSALS: readonly DemoProposal[] = [
  {
    title: 'Neuvolan sähköinen ajanvaraus',
    area: 'socialHealth',
    unit: 'Neuvolapalvelut',
    need: 'Perheet varaavat ajat puhelimella, ja puhelinaika ruuhkautuu aamuisin.',
    changes: 'Asiakas varaa, siirtää ja peruu ajan itse verkossa; hoitajien puhelinaika vähenee.',
    scheduleText: '3/2027–12/2027',
    costText: '40 000–60 000 €, ylläpito 6 000 €/v',
    itDays: 40,
    areaDays: 25,
    mandatory: false,
    impacts: { security: { level: 'significant', text: 'Vahva tunnistautuminen ja lokitus ajanvaraukseen.' }, caseManagement: { level: 'minor', text: 'Ajanvaraukset kirjautuvat asiakastietoon.' } },
    status: 'underReview',
    scores: [4, 1, 5, 3, 3, 4]
  },
  {
    title: 'Oppilaslaitteiden keskitetty hallinta',
    area: 'education',
    unit: 'Perusopetus',
    need: 'Tuhansien oppilaslaitteiden päivitykset ja asennukset tehdään koulu kerrallaan käsin.',
    changes: 'Laitteet hallitaan yhdestä paikasta; opettajien aika vapautuu opetukseen.',
    scheduleText: '8/2027–5/2028',
    costText: '80 000–120 000 €, ylläpito 10 000 €/v',
    itDays: 60,
    areaDays: 30,
    mandatory: false,
    impacts: { security: { level: 'significant', text: 'Etähallinta ja käyttöoikeudet keskitetysti.' }, organisation: { level: 'minor', text: 'Laitetuki siirtyy tietohallinnolle.' } },
    status: 'underReview',
    scores: [4, 0, 4, 4, 3, 3]
  },
  {
    title: 'Varhaiskasvatuksen tiedonhallintasuunnitelman päivitys',
    area: 'education',
    unit: 'Varhaiskasvatus',
    need: 'Tiedonhallintalaki edellyttää ajantasaista kuvausta tietovarannoista ja niiden käsittelystä.',
    changes: 'Tietovarannot, säilytysajat ja luovutukset kuvataan yhdellä tavalla.',
    scheduleText: '1/2027–6/2027',
    costText: '15 000 €',
    itDays: 15,
    areaDays: 20,
    mandatory: true,
    impacts: { organisation: { level: 'significant', text: 'Vastuut tietovarannoista nimetään.' }, dataUse: { level: 'minor', text: 'Luovutukset kirjataan.' } },
    status: 'submitted',
    scores: [3, 5, 2, 4, 4, 5]
  },
  {
    title: 'Katuvalojen etäohjaus',
    area: 'technical',
    unit: 'Kunnallistekniikka',
    need: 'Valot palavat kiinteällä aikataululla, ja viat löytyvät asukkaiden ilmoituksista.',
    changes: 'Valaistusta ohjataan ja valvotaan etänä; energiankulutus laskee.',
    scheduleText: '2027–2028',
    costText: '150 000–220 000 €, ylläpito 12 000 €/v',
    itDays: 35,
    areaDays: 40,
    mandatory: false,
    impacts: { security: { level: 'minor', text: 'Ohjausverkko erotetaan toimistoverkosta.' } },
    status: 'underReview',
    scores: [3, 0, 4, 2, 2, 3]
  },
  {
    title: 'Sopimushallinnan järjestelmä',
    area: 'administration',
    unit: 'Hankintapalvelut',
    need: 'Sopimukset ovat verkkolevyillä, eikä päättymisistä saa muistutusta.',
    changes: 'Sopimukset yhdessä rekisterissä, jossa on vastuuhenkilöt ja päättymismuistutukset.',
    scheduleText: '4/2027–12/2027',
    costText: '30 000–50 000 €, 500 €/kk',
    itDays: 30,
    areaDays: 25,
    mandatory: false,
    impacts: { caseManagement: { level: 'significant', text: 'Sopimukset liitetään asiankäsittelyyn.' } },
    status: 'submitted',
    scores: [3, 1, 3, 3, 2, 4]
  },
  {
    title: 'Kotihoidon reittioptimointi',
    area: 'socialHealth',
    unit: 'Kotihoito',
    need: 'Käyntien reitit suunnitellaan käsin, ja ajoon kuluu paljon työaikaa.',
    changes: 'Reitit lasketaan päivittäin; hoitajille jää enemmän aikaa asiakkaille.',
    scheduleText: '9/2027–6/2028',
    costText: '60 000–90 000 €, ylläpito 15 000 €/v',
    itDays: 45,
    areaDays: 35,
    mandatory: false,
    impacts: { dataUse: { level: 'minor', text: 'Asiakkaiden osoitteita käsitellään reitityksessä.' } },
    status: 'submitted',
    scores: null
  },
  {
    title: 'Valtuuston kokousjärjestelmän uusiminen',
    area: 'administration',
    unit: 'Hallintopalvelut',
    need: 'Nykyisen kokousjärjestelmän tuki päättyy, ja äänestykset tehdään paperilla.',
    changes: 'Sähköinen äänestys ja puheenvuorot; pöytäkirja valmistuu nopeammin.',
    scheduleText: '1/2028–6/2028',
    costText: '25 000–40 000 €',
    itDays: 20,
    areaDays: 10,
    mandatory: false,
    impacts: {},
    status: 'submitted',
    scores: null
  },
  {
    title: 'Oma mobiilisovellus kaupunkilaisille',
    area: 'administration',
    unit: 'Viestintä',
    need: 'Asukkaat toivovat yhtä paikkaa kaupungin palveluille puhelimessa.',
    changes: 'Erillinen sovellus verkkosivujen rinnalle.',
    scheduleText: '2027',
    costText: '200 000 €, ylläpito 40 000 €/v',
    itDays: 90,
    areaDays: 30,
    mandatory: false,
    impacts: {},
    status: 'rejected',
    scores: [2, 0, 2, 1, 1, 2],
    decision: { text: 'Ei etene: verkkosivujen mobiiliversio ja valtakunnalliset palvelut kattavat tarpeen pienemmin kustannuksin.', daysAgo: 45 }
  },
  {
    title: 'Liikuntapaikkojen kulunvalvonta',
    area: 'education',
    unit: 'Liikuntapalvelut',
    need: 'Avaimia luovutetaan käsin, ja vuorojen käyttöä ei voi seurata.',
    changes: 'Vuorovarauksen yhteydessä saa kulkuoikeuden puhelimeen.',
    scheduleText: '2028',
    costText: '70 000–100 000 €',
    itDays: 30,
    areaDays: 20,
    mandatory: false,
    impacts: { security: { level: 'minor', text: 'Kulkuoikeudet ja lokit.' } },
    status: 'postponed',
    scores: [2, 0, 3, 2, 1, 3],
    decision: { text: 'Siirretään vuoden 2028 suunnitelmaan, kun tilavarausjärjestelmän kilpailutus on tehty.', daysAgo: 45 }
  }
];

/** The year's investment budget and IT capacity the demo's steering group set. */
export const DEMO_LIMITS = { budget: 400_000, capacity: 250 };

export function demoProposalToModel(demo: DemoProposal, today: Day): Proposal {
  const schedule = parseSchedule(demo.scheduleText).schedule;
  const costs = parseCosts(demo.costText).costs;
  const decided = demo.decision ? new Date(Date.parse(`${today}T12:00:00Z`) - demo.decision.daysAgo * 86_400_000).toISOString().slice(0, 10) : null;
  const proposal: Proposal = {
    ...emptyProposal(demo.title),
    serviceArea: SERVICE_AREA[demo.area],
    unit: demo.unit,
    need: demo.need,
    changes: demo.changes,
    mandatoryByLaw: demo.mandatory,
    schedule,
    costs,
    itEffortDays: demo.itDays,
    serviceAreaEffortDays: demo.areaDays,
    status: PROPOSAL_STATUS[demo.status],
    decisionText: demo.decision?.text ?? null,
    decisionDate: decided,
    decisionBody: demo.decision ? 'Tietohallinnon ohjausryhmä' : null,
    decisionModelVersion: demo.decision ? DEFAULT_SCORING_MODEL.version : null
  };
  for (const [perspective, impact] of Object.entries(demo.impacts)) {
    if (impact) {
      proposal.impacts[perspective as ImpactPerspective] = { level: IMPACT_LEVEL[impact.level], text: impact.text };
    }
  }
  proposal.impacts.economic = { ...proposal.impacts.economic, text: demo.changes };
  return proposal;
}

/**
 * Writes the demo proposals, the seeding person's scores, the limits and a scenario; `written`
 * gets each proposal's id as it is saved (to remove them again if seeding fails). Nothing on a
 * site without the lists.
 */
export async function seedProposals(repository: PortfolioRepository, today: Day, written: number[] = []): Promise<number> {
  const proposals = repository.proposals;
  const { missing } = await proposals.loadProposals();
  if (missing.length > 0) {
    return 0;
  }
  const model = DEFAULT_SCORING_MODEL;
  const ids: number[] = [];
  for (const demo of DEMO_PROPOSALS) {
    const saved = await proposals.saveProposal(demoProposalToModel(demo, today));
    const id = saved.id ?? 0;
    ids.push(id);
    written.push(id);
    if (demo.scores) {
      const scores: CriterionScore[] = model.criteria.map((c, i) => ({ criterionKey: c.key, value: demo.scores?.[i] ?? null, note: null }));
      await proposals.saveMyScores(id, model, scores);
    }
  }
  await proposals.saveLimits(DEMO_LIMITS);
  await proposals.saveScenario({ name: 'Lakisääteiset ja neuvola', modelVersion: model.version, ...DEMO_LIMITS, chosen: ids.slice(0, 3), saved: today });
  return ids.length;
}
