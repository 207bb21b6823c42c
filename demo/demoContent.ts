/**
 * Salkku's demo content: the IT action plans of Järvenrannan kaupunki, a fictional Finnish
 * city. Everything here is invented and written in our own words; the structure, vocabulary and
 * typical facts (systems, vendors, cost levels) follow real municipal plans.
 *
 * The projects live in one file per plan period; a project carried over from one plan to the
 * next is a single entry (in the file of the newest plan it appears in) that lists every plan.
 */
import type { DemoGoal, DemoPlan, DemoProject } from './demoContent.types';
import { DEMO_PROJECTS_2019 } from './demoProjects2019';
import { DEMO_PROJECTS_2021 } from './demoProjects2021';
import { DEMO_PROJECTS_2023_HALLINTO } from './demoProjects2023hallinto';
import { DEMO_PROJECTS_2023_INFRA } from './demoProjects2023infra';
import { DEMO_PROJECTS_2023_PALVELUALAT } from './demoProjects2023palvelualat';

export const DEMO_ORGANISATION = 'Järvenrannan kaupunki';

/** Project managers and assessors (fictional). */
export const DEMO_PEOPLE: readonly string[] = [
  'Markku Rantanen',
  'Heidi Lindqvist',
  'Juha Kettunen',
  'Petri Haapala',
  'Ville Karjalainen',
  'Tiina Aaltonen',
  'Kaisa Mäkelä',
  'Elina Suominen',
  'Riikka Honkanen',
  'Olli Saarinen',
  'Anne Laaksonen',
  'Tero Nieminen',
  // the preview's member (the stand-in's user of that role) manages two projects: My projects
  'Maija Muokkaaja'
];

export const DEMO_PLANS: readonly DemoPlan[] = [
  {
    key: '2019-2020',
    title: 'Tietohallinnon toimenpidesuunnitelma 2019–2020',
    organisation: DEMO_ORGANISATION,
    periodStart: '2019-01',
    periodEnd: '2020-12',
    approvedOn: '2019-03-11',
    status: 'Päättynyt'
  },
  {
    key: '2021-2022',
    title: 'Tietohallinnon toimenpidesuunnitelma 2021–2022',
    organisation: DEMO_ORGANISATION,
    periodStart: '2021-01',
    periodEnd: '2022-12',
    approvedOn: '2020-12-14',
    status: 'Päättynyt'
  },
  {
    key: '2023-2024',
    title: 'Tietohallinnon toimenpidesuunnitelma syksy 2023 ja vuosi 2024',
    organisation: DEMO_ORGANISATION,
    periodStart: '2023-08',
    periodEnd: '2024-12',
    approvedOn: '2023-09-18',
    status: 'Hyväksytty'
  }
];

export const DEMO_GOALS: readonly DemoGoal[] = [
  {
    key: 'sisaiset-prosessit',
    title: 'Sisäisten prosessien oikaisu',
    description:
      'Turhat käsityövaiheet, päällekkäiset kirjaukset ja paperilla kiertävät lomakkeet karsitaan. ' +
      'Tieto syötetään kerran ja se liikkuu järjestelmästä toiseen ilman, että joku kopioi sitä käsin. ' +
      'Hankkeen hyöty näkyy lyhyempinä käsittelyaikoina ja vähempinä virheinä.',
    strategyPeriod: '2017–2021'
  },
  {
    key: 'tietohallinnon-laatu',
    title: 'Tietohallinnon toiminnan laadullinen kehittäminen',
    description:
      'Perusinfrastruktuuri pidetään elinkaarensa sisällä ja tukipalvelu ennustettavana. Laatua seurataan ' +
      'vuosittaisella käyttäjäkyselyllä, tukipyyntöjen ratkaisuajoilla ja itsearvioinnilla.',
    strategyPeriod: '2017–2021'
  },
  {
    key: 'sahkoinen-toiminta',
    title: 'Sähköisen asioinnin ja palvelualojen kehittämisen tukeminen',
    description:
      'Tietohallinto on mukana palvelualojen hankkeissa alusta asti: tarve, aikataulu ja kustannukset ' +
      'sovitetaan yhteen, ja uudet asiointipalvelut rakennetaan kokonaisarkkitehtuurin mukaisesti. ' +
      'Kansallisia ja seudullisia ratkaisuja käytetään aina kun se on järkevää.',
    strategyPeriod: '2017–2021'
  },
  {
    key: 'laatu',
    title: 'Toiminnan laadullinen parantaminen',
    description:
      'Hanke parantaa kaupungin tai tietohallinnon toiminnan laatua: palvelu on luotettavampaa, ' +
      'hallittavampaa tai paremmin dokumentoitua kuin ennen, ja manuaalisen työn osuus pienenee.',
    strategyPeriod: '2022–2025'
  },
  {
    key: 'asiointi-ulkoinen',
    title: 'Sähköisen asioinnin parantaminen (ulkoiset asiakkaat)',
    description:
      'Kuntalaisten, yritysten ja yhteisöjen asiointi kaupungin kanssa onnistuu verkossa ajasta ja ' +
      'paikasta riippumatta, saavutettavasti ja mahdollisuuksien mukaan myös muilla kielillä.',
    strategyPeriod: '2022–2025'
  },
  {
    key: 'asiointi-sisainen',
    title: 'Sähköisen asioinnin parantaminen (sisäinen asiointi)',
    description:
      'Henkilöstön omat palvelut – tukipyynnöt, käyttöoikeudet, raportit, hyväksynnät – hoituvat ' +
      'sähköisesti yhdestä paikasta, ja esihenkilö näkee tarvitsemansa tiedot ilman erillisiä pyyntöjä.',
    strategyPeriod: '2022–2025'
  },
  {
    key: 'lainsaadanto',
    title: 'Lainsäädäntö eli pakko',
    description:
      'Laki, asetus tai viranomaisen määräys velvoittaa muutokseen, eikä toteuttamatta jättäminen ole ' +
      'vaihtoehto. Näissä hankkeissa aikataulu tulee usein ulkoa ja liikkumavara on lähinnä toteutustavassa.',
    strategyPeriod: '2022–2025'
  },
  {
    key: 'tietoturva',
    title: 'Tietoturvan parantaminen',
    description:
      'Kaupungin tietojen luottamuksellisuus, eheys ja saatavuus turvataan myös häiriötilanteissa. ' +
      'Painopisteinä tunnistautuminen, käyttöoikeuksien hallinta, valvonta ja varautuminen.',
    strategyPeriod: '2022–2025'
  }
];

export const DEMO_PROJECTS: readonly DemoProject[] = [
  ...DEMO_PROJECTS_2019,
  ...DEMO_PROJECTS_2021,
  ...DEMO_PROJECTS_2023_INFRA,
  ...DEMO_PROJECTS_2023_HALLINTO,
  ...DEMO_PROJECTS_2023_PALVELUALAT
];
