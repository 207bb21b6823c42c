/**
 * Demo projects of the plan "syksy 2023 ja vuosi 2024" (full template): section 3, administration
 * (hallintopalvelut) and the city-wide projects listed first in it. Includes carried-over projects.
 */
import type { DemoProject } from './demoContent.types';
import {
  ARVIO_HYVAKSYTTY,
  ARVIO_LUONNOS,
  CITY_WIDE,
  EHDOTETTU,
  EPAVARMAA_RAHOITUS,
  EPAVARMAA_ULKOISET,
  HALLINTO,
  HYVAKSYTTY,
  KAYNNISSA,
  KELTAINEN,
  OWNER_AREA,
  OWNER_EXTERNAL,
  PUNAINEN,
  SERVICE_AREA,
  SUHT_VARMAA,
  VARMAA,
  VIHREA,
  fullTemplate,
  major,
  minor,
  none,
  notAssessed,
  unknown,
  unrated
} from './demoProjectHelpers';

export const DEMO_PROJECTS_2023_HALLINTO: readonly DemoProject[] = [
  fullTemplate({
    key: 'henkilotunnusuudistus',
    plans: ['2023-2024'],
    number: '3.1',
    title: 'Henkilötunnuksen uudistus',
    description:
      'Vanhat henkilötunnukset alkavat loppua tietyiltä syntymäpäiviltä, joten välimerkeiksi otetaan ' +
      'miinuksen ja A:n lisäksi uusia kirjaimia (1900-luvulla syntyneille Y, X, W, V ja U, 2000-luvulla ' +
      'syntyneille B–F). Digi- ja väestötietovirasto arvioi antavansa ensimmäiset tällaiset tunnukset ' +
      'vuonna 2024. Tietohallinto kartoittaa järjestelmärekisterin avulla, missä henkilötunnuksia ' +
      'käsitellään, ja pyytää toimittajilta vahvistuksen ja aikataulun. Erityistä huomiota vaativat itse ' +
      'tehdyt Excel-makrot ja integraatiot, joissa tunnus tarkistetaan omalla logiikalla.',
    category: CITY_WIDE,
    serviceArea: HALLINTO,
    unit: null,
    goalKeys: ['lainsaadanto', 'asiointi-ulkoinen'],
    strategicBackground: 'Lainsäädäntö eli pakko; sähköisen asioinnin parantaminen (ulkoiset asiakkaat)',
    impacts: {
      economic: minor('Useimmat toimittajat tekevät muutoksen ylläpitosopimuksen puitteissa; kahdelta on tullut erillinen ' +
          'tarjous (yhteensä n. 6 000 €), jonka maksaa järjestelmän omistava palveluala.'),
      organisation: minor('Järjestelmien omistajat varmistavat toimittajien muutokset; tietohallinto koordinoi.'),
      security: none('Ei vaikutusta tietoturvaan.'),
      dataUse: minor('Integraatioiden ja tarkistussääntöjen on hyväksyttävä uudet välimerkit, muuten tietoja hylätään siirrossa.'),
      caseManagement: none('Asianhallinta on jo todettu yhteensopivaksi.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Markku Rantanen',
    assessedOn: '2023-09-01',
    scheduleText: '10/2023–4/2024',
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote: 'Riippuu toimittajien aikatauluista; kaksi toimittajaa ei ole vielä vastannut.',
    scheduleOwner: OWNER_EXTERNAL,
    costsText: 'Ei keskitettyä kustannusta; toimittajien mahdolliset muutoslaskut järjestelmien omistajille',
    resources: 'Tietohallinto, pääkäyttäjät',
    mandatoryByLaw: true,
    status: KAYNNISSA,
    rag: KELTAINEN,
    ragComment: '31 järjestelmästä 26 vahvistettu yhteensopiviksi.',
    progress: 75,
    projectManager: 'Heidi Lindqvist',
    systems: 'kaikki henkilötunnusta käsittelevät järjestelmät'
  }),
  fullTemplate({
    key: 'sahkoinen-sailytys',
    plans: ['2019-2020', '2021-2022', '2023-2024'],
    number: '3.2',
    title: 'Sähköinen säilytys ja pitkäaikaisarkistointi',
    description:
      'Sähköisen pitkäaikaissäilytyksen esiselvitys tehtiin kaudella 2019–2020, ja palvelu kilpailutettiin 2022. ' +
      'Käyttöönotto alkoi 2023 asianhallinnasta. Tästä eteenpäin järjestelmiä liitetään arkistoon yksi kerrallaan ' +
      'erillisen liittämissuunnitelman mukaan: seuraavina vuorossa henkilöstöhallinto, rakennusvalvonta ja ' +
      'varhaiskasvatus. Liitoksen työmäärä riippuu siitä, osaako lähdejärjestelmä valmiiksi SÄHKE-muotoisen ' +
      'siirron. Tavoitteena on, ettei uusia paperiarkistoja enää synny ja että vanhoja järjestelmiä voidaan ' +
      'sulkea, kun niiden säilytettävät tiedot on siirretty.',
    category: CITY_WIDE,
    serviceArea: HALLINTO,
    unit: 'Asiahallinto',
    goalKeys: ['laatu', 'sisaiset-prosessit'],
    strategicBackground: 'Toiminnan laadullinen parantaminen',
    impacts: {
      economic: major(
        'Paperiarkiston tilantarve ja käsittely vähenevät. Vanhojen järjestelmien lukukäytön lisenssejä voidaan ' +
          'lopettaa, kun aineisto on arkistossa.'
      ),
      organisation: major(
        'Asiahallinto vastaa arkistosta ja palvelualat omien järjestelmiensä liittämisestä. ' +
          'Arkistonmuodostussuunnitelma päivitetään.'
      ),
      security: minor('Arkistoidut asiakirjat ovat käyttöoikeuksien ja lokituksen piirissä; paperikopioita ei tarvita.'),
      dataUse: major('Aineisto on haettavissa yhdestä paikasta, ja tietopyyntöihin ja viranomaisten pyyntöihin vastataan nopeammin.'),
      caseManagement: major(
        'Asianhallinnan asiakirjat siirtyvät arkistoon säilytysajan perusteella automaattisesti, ja käsittelyn ' +
          'jälkeinen käsityö vähenee.'
      )
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Tiina Aaltonen',
    assessedOn: '2023-08-30',
    scheduleText: '1/2023–12/2040',
    likelihood: VARMAA,
    likelihoodNote: 'Aikataulu on omissa käsissä, mutta liitosten määrä riippuu vuosittaisesta rahoituksesta.',
    scheduleOwner: OWNER_AREA,
    costsText: '50 000 - 80 000 vuosittain',
    resources: 'Asiahallinto, tietohallinto, palvelualojen pääkäyttäjät, järjestelmätoimittajat',
    status: KAYNNISSA,
    rag: VIHREA,
    progress: 25,
    projectManager: 'Tiina Aaltonen',
    systems: 'sähköisen säilytyksen palvelu, Dynasty 10, SÄHKE2'
  }),
  fullTemplate({
    key: 'johdon-raportointi',
    plans: ['2021-2022', '2023-2024'],
    number: '3.3.1',
    title: 'Johdon raportointikokonaisuus',
    description:
      'Talousraportit on vuodesta 2021 katsottu toimittajan johdon työpöydältä. Luvut tulevat sinne päivien ' +
      'viiveellä, eikä esimerkiksi kustannuspaikkojen vertailua saa tehtyä. Johto haluaa samaan paikkaan ' +
      'myös henkilöstö-, palvelu- ja hyvinvointitietoja. Selvitetään, jatketaanko nykyisen toimittajan ' +
      'raportoinnilla vai rakennetaanko kokonaisuus Power BI:llä kaupungin omaan tietovarastoon.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Rahatoimi ja taloushallinto',
    goalKeys: ['asiointi-sisainen', 'laatu'],
    strategicBackground: 'Sähköisen asioinnin parantaminen (sisäinen asiointi)',
    impacts: {
      economic: minor('Pystytys (n. 25 000 €) rahoitetaan projektimäärärahasta; nykyisen työpöydän vuosimaksu siirretään ' +
          'uuden ylläpitoon. Raportit tehdään kerran eikä jokainen palveluala kokoa omiaan.'),
      organisation: minor('Raportoinnin omistaa rahatoimi; tietovaraston teknisestä ylläpidosta vastaa tietohallinto.'),
      security: minor('Jos valitaan pilvipalvelu, se arvioidaan ennen hankintaa. Henkilötason tiedot näkyvät vain ' +
          'rajatuille rooleille.'),
      dataUse: major('Tiedolla johtaminen helpottuu, kun talous-, henkilöstö- ja palvelutiedot ovat samassa mallissa.'),
      caseManagement: none('Raportointi vain lukee tietoja; asioita ei käsitellä siinä.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Kaisa Mäkelä',
    assessedOn: '2023-09-06',
    scheduleText: '8/2023–7/2024',
    likelihood: SUHT_VARMAA,
    likelihoodNote: 'Valmistumisella ei ole kiirettä, kunhan vaihtoehtojen vertailu käynnistyy syksyllä 2023.',
    scheduleOwner: OWNER_AREA,
    costsText: '25 000 + 25 000 euroa',
    resources: 'Rahatoimi, tietohallinto, palvelualojen talouspäälliköt, ulkoinen toteuttaja',
    status: KAYNNISSA,
    rag: KELTAINEN,
    ragComment: 'Toteutustapa vielä päättämättä, valinta huhtikuussa.',
    progress: 30,
    projectManager: 'Kaisa Mäkelä',
    systems: 'Power BI, ProEconomica Premium'
  }),
  fullTemplate({
    key: 'taloussuunnittelujarjestelma',
    plans: ['2023-2024'],
    number: '3.3.2',
    title: 'Taloussuunnittelujärjestelmän hankinta',
    description:
      'Talousarvion valmistelussa luvut kiertävät Excel-tiedostoina palvelualoilta rahatoimeen, jossa ne ' +
      'syötetään uudelleen budjetointityökaluun, ja perustelutekstit kirjoitetaan erikseen Wordiin. ' +
      'Versioita on sähköpostissa kymmeniä. Hankitaan taloussuunnittelujärjestelmä, jossa luvut ja tekstit ' +
      'tehdään samaan paikkaan ja josta saadaan talousarviokirja, osavuosiraportit ja tilinpäätöksen ' +
      'toimintakertomus.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Rahatoimi ja taloushallinto',
    goalKeys: ['laatu'],
    strategicBackground: 'Toiminnan laadullinen parantaminen',
    impacts: {
      economic: major('Lukujen uudelleensyöttö ja versioiden yhdistely jäävät pois; rahatoimen työ talousarviokaudella ' +
          'kevenee arviolta kolmella henkilötyöviikolla.'),
      organisation: none('Ei vaikutusta tehtäviin. Ylläpidettäviin järjestelmiin tulee yksi lisää, luultavasti pilvipalveluna.'),
      security: minor('Arvioidaan hankinnassa kuten muutkin pilvipalvelut.'),
      dataUse: minor('Hyväksytty talousarvio siirtyy kirjanpidon vertailutiedoksi suoraan järjestelmästä.'),
      caseManagement: none('Ei vaikutusta; valmiit asiakirjat viedään asianhallintaan kuten ennenkin.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Kaisa Mäkelä',
    assessedOn: '2023-09-06',
    scheduleText: '2024',
    likelihood: EPAVARMAA_RAHOITUS,
    likelihoodNote: 'Hankinta edellyttää määrärahaa vuoden 2024 talousarvioon.',
    scheduleOwner: OWNER_AREA,
    costsText: 'Käyttöönotto 20 000 – 30 000 €, vuosimaksu n. 15 000 €',
    resources: 'Rahatoimi, tietohallinto, hankintapalvelut',
    status: HYVAKSYTTY,
    projectManager: 'Kaisa Mäkelä',
    systems: null
  }),
  fullTemplate({
    key: 'automaattitilioinnit',
    plans: ['2023-2024'],
    number: '3.3.3',
    title: 'Ostolaskujen automaattinen tiliöinti',
    description:
      'Toistuvat ostolaskut (energia, vuokrat, lisenssit, puhelinliittymät) tiliöidään edelleen käsin joka ' +
      'kuukausi. Otetaan käyttöön kierrätysjärjestelmän tiliöintisäännöt ja tiliöintiehdotus, joka oppii ' +
      'aiemmista laskuista.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Rahatoimi ja taloushallinto',
    goalKeys: ['asiointi-sisainen', 'laatu'],
    strategicBackground: 'Toiminnan laadullinen parantaminen',
    impacts: {
      economic: minor('Arviolta kolmannes laskuista kulkee ilman käsin tehtävää tiliöintiä.'),
      organisation: none(),
      security: none(),
      dataUse: minor('Tiliöinnit yhtenäistyvät, mikä parantaa raportoinnin luotettavuutta.'),
      caseManagement: none()
    },
    assessmentStatus: ARVIO_LUONNOS,
    assessedBy: 'Kaisa Mäkelä',
    assessedOn: '2024-01-22',
    scheduleText: '2-6/2024',
    likelihood: VARMAA,
    likelihoodNote: null,
    scheduleOwner: OWNER_AREA,
    costsText: 'Lisämoduuli n. 3 000 €/vuosi',
    resources: 'Taloushallinto',
    status: HYVAKSYTTY,
    projectManager: 'Kaisa Mäkelä',
    systems: 'ProEconomica Premium, laskujen kierrätys'
  }),
  fullTemplate({
    key: 'sahkoinen-allekirjoitus',
    plans: ['2023-2024'],
    number: '3.4.1',
    title: 'Sähköinen allekirjoitus myös ulkopuolisille osapuolille',
    description:
      'Asianhallinnan oma allekirjoitus otettiin käyttöön viranhaltijapäätöksissä 2021. Sopimukset ' +
      'kaupungin ulkopuolisten osapuolten kanssa allekirjoitetaan kuitenkin yhä paperilla tai erillisellä ' +
      'palvelulla, jolla ei ole yhteyttä asianhallintaan. Allekirjoitus laajennetaan vahvaan tunnistautumiseen ' +
      'perustuvaksi niin, että ulkopuolinen voi allekirjoittaa pankkitunnuksilla ja valmis asiakirja palaa ' +
      'suoraan asialle.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Asiahallinto',
    goalKeys: ['asiointi-ulkoinen', 'asiointi-sisainen'],
    strategicBackground: 'Sähköisen asioinnin parantaminen (ulkoiset asiakkaat)',
    impacts: {
      economic: minor('Postitus ja paperisten sopimusten skannaus jäävät pois. Allekirjoitustapahtuma maksaa noin 1,5 €.'),
      organisation: none('Ei vaikutusta.'),
      security: minor('Allekirjoittaja tunnistetaan vahvasti, ja allekirjoituksen eheys voidaan todentaa jälkikäteen.'),
      dataUse: none(),
      caseManagement: minor('Allekirjoitettu asiakirja tallentuu asialle automaattisesti eikä jää kenenkään sähköpostiin.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Tiina Aaltonen',
    assessedOn: '2023-09-01',
    scheduleText: '11/2023–3/2024',
    likelihood: SUHT_VARMAA,
    likelihoodNote: null,
    scheduleOwner: OWNER_AREA,
    costsText: 'noin 1 500 €/vuosi tapahtumamaksuina',
    resources: 'Asiahallinto, tietohallinto',
    status: KAYNNISSA,
    rag: VIHREA,
    progress: 80,
    projectManager: 'Tiina Aaltonen',
    systems: 'Dynasty 10, vahva sähköinen tunnistus'
  }),
  fullTemplate({
    key: 'tietopyynnot',
    plans: ['2023-2024'],
    number: '3.4.2',
    title: 'Tietopyyntöjen käsittely ja seuranta',
    description:
      'Julkisuuslain mukaisia tietopyyntöjä tulee moneen kanavaan, eikä kokonaiskuvaa käsittelyajoista ole. ' +
      'Tietopyynnöille tehdään oma asiatyyppi ja verkkolomake, ja määräaikoja seurataan raportilla.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Asiahallinto',
    goalKeys: ['lainsaadanto', 'laatu'],
    strategicBackground: 'Lain noudattaminen, toiminnan laatu',
    impacts: {
      economic: minor('Kirjaamistyö lisääntyy hieman, mutta käsittelyajat tulevat näkyviin.'),
      organisation: minor('Tietopyyntöjen käsittelyvastuut kirjataan hallintosääntöön.'),
      security: minor('Salassa pidettävää tietoa koskevat pyynnöt ohjautuvat oikealle käsittelijälle.'),
      dataUse: minor('Luovutukset kirjautuvat, ja niistä saadaan tilasto.'),
      caseManagement: major('Kaikki tietopyynnöt rekisteröidään asianhallintaan omana asiatyyppinään, ja määräajat seurataan.')
    },
    assessmentStatus: ARVIO_LUONNOS,
    assessedBy: 'Tiina Aaltonen',
    assessedOn: '2023-12-05',
    scheduleText: '2024',
    likelihood: VARMAA,
    likelihoodNote: null,
    scheduleOwner: OWNER_AREA,
    costsText: 'Omaa työtä, verkkolomake n. 1 000 €',
    resources: 'Asiahallinto',
    status: HYVAKSYTTY,
    projectManager: 'Tiina Aaltonen',
    systems: 'Dynasty 10, verkkolomake'
  }),
  fullTemplate({
    key: 'palkka-hr-jarjestelma',
    plans: ['2021-2022', '2023-2024'],
    number: '3.5.1',
    title: 'Palkka- ja HR-järjestelmän uusiminen',
    description:
      'Nykyistä palkkajärjestelmää ei enää kehitetä, ja sen ympärille on kertynyt joukko erillisiä ' +
      'HR-sovelluksia. Uusi järjestelmä kilpailutettiin kaudella 2021–2022. Hankinnan laajuus: ' +
      'palkanlaskenta, henkilöstön perustiedot ja palvelussuhteet, esihenkilöportaali sekä raportointi. ' +
      'Titanian työvuorot luetaan uuteen järjestelmään rajapinnalla, jolloin toteutuneet vuorot eivät enää ' +
      'kulje palkanlaskentaan paperilistoina. Hyvinvointialueen erottelu siirsi käyttöönottoa vuodella.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Henkilöstö- ja palkkahallinto',
    goalKeys: ['asiointi-sisainen', 'laatu'],
    strategicBackground: 'Sähköisen asioinnin parantaminen (sisäinen asiointi)',
    impacts: {
      economic: major('Palkanlaskennan käsin tallennus vähenee merkittävästi. Kolmen erillisjärjestelmän ylläpitomaksut poistuvat.'),
      organisation: minor('Esihenkilöt tekevät henkilöstöpäätökset ja hyväksynnät portaalissa; palkanlaskenta keskittyy tarkastamiseen.'),
      security: minor('Henkilötietojen käsittely keskittyy yhteen järjestelmään, jonka käyttöoikeudet ovat roolipohjaiset.'),
      dataUse: major('HR-järjestelmästä tulee henkilötietojen ensisijainen lähde muille järjestelmille (ks. 2.7).'),
      caseManagement: minor('Henkilöstöpäätökset arkistoituvat sähköiseen säilytykseen suoraan järjestelmästä.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Elina Suominen',
    assessedOn: '2023-09-04',
    scheduleText:
      'Vaihe 1: palkanlaskenta ja HR-perustiedot 9/2023–3/2024\n' +
      'Vaihe 2: esihenkilöportaali ja työvuorointegraatio 4–12/2024',
    likelihood: SUHT_VARMAA,
    likelihoodNote: 'Rinnakkaisajo vaatii palkanlaskennan resursseja kahden palkkakauden ajan.',
    scheduleOwner: OWNER_AREA,
    costsText: 'Investointi 120 000 €, vuosimaksu n. 45 000 € (korvaa nykyiset n. 38 000 €/vuosi)',
    resources: 'Palkanlaskenta, HR, tietohallinto, toimittaja',
    status: KAYNNISSA,
    rag: KELTAINEN,
    ragComment: 'Ensimmäinen rinnakkaisajo onnistui, toisessa 14 poikkeamaa selvitettävänä.',
    progress: 55,
    projectManager: 'Elina Suominen',
    systems: 'uusi palkka- ja HR-järjestelmä, Titania, Populus (poistuva)'
  }),
  fullTemplate({
    key: 'rekrytointijarjestelma',
    plans: ['2023-2024'],
    number: '3.5.2',
    title: 'Rekrytointijärjestelmän vaihto',
    description:
      'Paikat ilmoitetaan Kuntarekryssä, mutta hakemusten arviointi ja haastattelukutsut hoidetaan sähköpostilla ' +
      'ja taulukoilla. Selvitetään, kattaako uuden HR-järjestelmän rekrytointimoduuli tarpeet vai jatketaanko ' +
      'Kuntarekryllä ja rakennetaan integraatio.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Henkilöstö- ja palkkahallinto',
    goalKeys: ['asiointi-ulkoinen', 'asiointi-sisainen'],
    strategicBackground: 'Sähköisen asioinnin parantaminen',
    impacts: {
      economic: unknown('Riippuu valinnasta; HR-järjestelmän moduuli voi tulla edullisemmaksi.'),
      organisation: none(),
      security: minor('Hakijatiedot poistuvat automaattisesti säilytysajan jälkeen, mikä ei nyt toteudu taulukoissa.'),
      dataUse: minor('Valitun hakijan tiedot siirtyvät suoraan HR-järjestelmään.'),
      caseManagement: none()
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Elina Suominen',
    assessedOn: '2023-09-04',
    scheduleText: 'syksy 2024',
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote: 'Riippuu palkka- ja HR-järjestelmän käyttöönoton etenemisestä.',
    scheduleOwner: OWNER_AREA,
    costsText: 'Ei vielä tiedossa',
    resources: 'HR, tietohallinto',
    status: HYVAKSYTTY,
    projectManager: 'Elina Suominen',
    systems: 'Kuntarekry'
  }),
  fullTemplate({
    key: 'verkkosivujen-kieliversiot',
    plans: ['2023-2024'],
    number: '3.6.1',
    title: 'Verkkosivujen englannin- ja ruotsinkieliset sivut',
    description:
      'Kaupungin verkkosivut ovat lähes kokonaan suomeksi. Matkailun, yritystonttien ja uusien asukkaiden ' +
      'kannalta tärkeimmät sivut käännetään englanniksi ja ruotsiksi: etusivu, muuttajan opas, yritystontit ja ' +
      'toimitilat sekä yrityspalveluiden yhteystiedot. Käännökset ostetaan käännöstoimistolta, ja niille ' +
      'nimetään ylläpitäjät, jotta kieliversiot pysyvät suomenkielisten sivujen tasalla.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Viestintä',
    goalKeys: ['asiointi-ulkoinen'],
    strategicBackground: 'Sähköisen asioinnin parantaminen (ulkoiset asiakkaat)',
    impacts: {
      economic: minor('Käännöskustannus on kertaluonteinen; ylläpito vaatii viestinnältä hieman lisätyötä.'),
      organisation: minor('Sivuvastaaville tulee uusi tehtävä: muutos suomenkieliselle sivulle edellyttää aina myös käännösten ' +
          'tarkistusta.'),
      security: none('Ei vaikutusta'),
      dataUse: minor('Palvelee ulkomaisia ja ruotsinkielisiä asiakkaita.'),
      caseManagement: none('Ei vaikutusta.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Riikka Honkanen',
    assessedOn: '2023-08-31',
    scheduleText: '8/2023–4/2024',
    likelihood: VARMAA,
    likelihoodNote: null,
    scheduleOwner: OWNER_AREA,
    costsText: 'Käännökset n. 30 €/sivu tai 150 €/h, yhteensä arviolta 4 000 €',
    resources: 'Viestintä, käännöstoimisto',
    status: KAYNNISSA,
    rag: VIHREA,
    progress: 65,
    projectManager: 'Riikka Honkanen',
    systems: 'Drupal'
  }),
  fullTemplate({
    key: 'videoiden-tekstitys',
    plans: ['2023-2024'],
    number: '3.6.2',
    title: 'Kokousvideoiden tekstitys',
    description:
      'Valtuuston kokoukset on lähetetty suorana vuodesta 2020, mutta tallenteet ovat verkossa ilman ' +
      'tekstitystä. Digipalvelulain mukaan suoran lähetyksen tallenne on tekstitettävä 14 vuorokauden ' +
      'kuluessa julkaisusta, ja aluehallintovirasto on muistuttanut asiasta kuntia ohjauskirjeellä. ' +
      'Hankitaan tekstityspalvelu, joka sopii nykyiseen striimaukseen ja jota voidaan käyttää myös muihin ' +
      'kaupungin videoihin.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Viestintä',
    goalKeys: ['lainsaadanto', 'asiointi-ulkoinen'],
    strategicBackground: 'Saavutettavuuslainsäädäntö',
    impacts: {
      economic: minor('Tekstityspalvelu maksaa noin 8 000 € vuodessa; vaihtoehto olisi luopua tallenteista.'),
      organisation: minor('Viestintä vastaa tekstityksen tilaamisesta ja julkaisusta, tietohallinto teknisestä liitännästä.'),
      security: none('Ei vaikutusta'),
      dataUse: minor('Tekstitetyt tallenteet pidetään verkossa valtuustokauden loppuun ja poistetaan sen jälkeen.'),
      caseManagement: none('Ei vaikutusta')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Riikka Honkanen',
    assessedOn: '2023-08-31',
    scheduleText: '1/2024–3/2024',
    likelihood: EPAVARMAA_RAHOITUS,
    likelihoodNote: 'Vuosimaksulle ei ole vielä määrärahaa.',
    scheduleOwner: OWNER_AREA,
    costsText: 'noin 8000 €/vuosi',
    resources: 'Viestintä, tietohallinto',
    mandatoryByLaw: true,
    status: KAYNNISSA,
    rag: VIHREA,
    progress: 85,
    projectManager: 'Riikka Honkanen',
    systems: 'striimauspalvelu, tekstityspalvelu'
  }),
  fullTemplate({
    key: 'palautejarjestelma',
    plans: ['2023-2024'],
    number: '3.6.3',
    title: 'Asukaspalautejärjestelmän uusiminen',
    description:
      'Palautteet tulevat sähköpostiin, verkkolomakkeelle ja puhelimitse, ja ne kirjataan kolmeen eri paikkaan. ' +
      'Otetaan käyttöön palautejärjestelmä, jossa palaute ohjautuu aiheen mukaan oikealle vastaajalle, ' +
      'vastausaikaa seurataan ja vastaus voidaan julkaista verkkosivuilla.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Viestintä',
    goalKeys: ['asiointi-ulkoinen'],
    strategicBackground: 'Sähköisen asioinnin parantaminen (ulkoiset asiakkaat)',
    impacts: {
      economic: minor('Käyttömaksu noin 5 000 €/vuosi; palautteiden siirtely ja kirjaaminen käsin vähenevät.'),
      organisation: minor('Jokaiselle palauteaiheelle nimetään vastuuhenkilö ja varahenkilö.'),
      security: minor('Palautteen antajan yhteystiedot näkyvät vain käsittelijälle, ja julkaistavat vastaukset anonymisoidaan.'),
      dataUse: minor('Palautteista saadaan tilastot aiheittain ja alueittain.'),
      caseManagement: minor('Hallintoasiaksi muuttuva palaute, kuten muistutus, siirretään asianhallintaan.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Riikka Honkanen',
    assessedOn: '2023-08-31',
    scheduleText: '2024 aikana',
    likelihood: SUHT_VARMAA,
    likelihoodNote: null,
    scheduleOwner: OWNER_AREA,
    costsText: 'noin 5 000 €/vuosi',
    resources: 'Viestintä, palvelualojen vastuuhenkilöt',
    status: HYVAKSYTTY,
    projectManager: 'Riikka Honkanen',
    systems: null
  }),
  fullTemplate({
    key: 'helga-saas',
    plans: ['2023-2024'],
    number: '3.7.1',
    title: 'Pysäköinninvalvonnan järjestelmän versiopäivitys (Helga SaaS)',
    description:
      'Pysäköintivirhemaksujen käsittelyssä käytetään Helgan vanhaa, asennettavaa versiota, johon ' +
      'toimittaja tekee enää vain välttämättömät korjaukset. Maksujen seurantaa varten tiedot ajetaan ' +
      'kuukausittain Exceliin. Siirrytään Helgan pilviversioon, jossa maksut, muistutukset ja perintään ' +
      'siirrot hoituvat järjestelmässä.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Pysäköinninvalvonta',
    goalKeys: ['asiointi-ulkoinen'],
    strategicBackground: 'Sähköisen asioinnin parantaminen (ulkoiset asiakkaat)',
    impacts: {
      economic: minor('Käyttömaksu on noin kolmanneksen nykyistä suurempi. Vastineeksi kuukausittainen Excel-täsmäytys ja ' +
          'väärin kohdistuneiden maksujen selvittely jäävät pois.'),
      organisation: none('Toimittajasta tulee henkilötietojen käsittelijä; käsittelysopimus liitetään hankintasopimukseen.'),
      security: minor('Toimittajan pilvipalvelun tietoturva tarkistetaan ennen sopimusta (PiTuKri).'),
      dataUse: minor('Tiedot siirtyvät toimittajan pilveen; vanhan järjestelmän tiedot konvertoidaan.'),
      caseManagement: none('Virhemaksuasiat käsitellään jatkossakin Helgassa; oikaisuvaatimukset kirjataan asianhallintaan kuten ' +
          'nytkin.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Markku Rantanen',
    assessedOn: '2023-08-30',
    scheduleText: '1/2024–4/2024',
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote: 'Toimittajalla on samaan aikaan useita kuntasiirtoja.',
    scheduleOwner: OWNER_AREA,
    costsText: '+ 50 000 laskettuna 48 kk ajalta',
    resources: 'Pysäköinninvalvonta, tietohallinto, taloushallinto',
    status: KAYNNISSA,
    rag: PUNAINEN,
    ragComment: 'Toimittajan tietokonversio epäonnistui kahdesti; käyttöönotto siirtyy kesäkuulle.',
    progress: 40,
    projectManager: 'Petri Haapala',
    systems: 'Helga'
  }),
  fullTemplate({
    key: 'te-palvelut-2024',
    plans: ['2023-2024'],
    number: '3.8.1',
    title: 'TE-palvelut 2024 -uudistus',
    description:
      'Työllisyyspalvelut siirtyvät valtion TE-toimistoilta kunnille ja kuntien muodostamille työllisyysalueille ' +
      '1.1.2025. Järvenranta muodostaa työllisyysalueen kahden naapurikunnan kanssa ja toimii vastuukuntana. ' +
      'Kaupunki saa hoidettavakseen tehtäviä, joita sillä ei ole ennen ollut, ja noin 25 työntekijää siirtyy valtiolta. ' +
      'Asiakastietojärjestelmänä käytetään valtakunnallista järjestelmää, mutta sen lisäksi tarvitaan ' +
      'työasemat, tunnukset, puhelinpalvelu, asianhallinnan asiatyypit ja toimitilojen verkot.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Työllisyyspalvelut',
    goalKeys: ['lainsaadanto'],
    strategicBackground: 'Lainsäädäntö eli pakko (uusi lakisääteinen tehtävä)',
    impacts: {
      economic: unknown('Valtionosuusrahoitus siirtyy tehtävien mukana, mutta sen riittävyyttä ICT-kuluihin ei vielä tiedetä.'),
      organisation: major('Kaupungista tulee työllisyysalueen vastuukunta, jolla on uusia viranomaistehtäviä ja -vastuita.'),
      security: major(
        'Asiakastietojärjestelmässä on salassa pidettäviä tietoja; käyttöoikeudet ja lokien seuranta on järjestettävä ennen siirtoa.'
      ),
      dataUse: unknown('Asiakastiedot siirtyvät valtiolta kunnalle; luovutusten ja rekisterinpitäjyyden järjestelyt ' +
          'selviävät TEM:n ohjeista.'),
      caseManagement: unknown('Selvitetään, käsitelläänkö työllisyyspalveluiden päätökset asianhallinnassa vai ' +
          'asiakastietojärjestelmässä.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Markku Rantanen',
    assessedOn: '2023-09-07',
    scheduleText: '6/2023–1/2025',
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote: 'Valtakunnallisen järjestelmän aikataulu ja ohjeet tulevat ministeriöltä.',
    scheduleOwner: OWNER_AREA,
    costsText: 'Ei vielä tietoa',
    resources:
      'Työllisyyspalvelut, tietohallinto, naapurikuntien edustajat; tarkennetaan ministeriön ohjeiden ' +
      'tultua.',
    mandatoryByLaw: true,
    status: KAYNNISSA,
    rag: KELTAINEN,
    ragComment: 'Valtakunnallisen asiakastietojärjestelmän koulutusympäristö avautuu vasta syksyllä.',
    progress: 25,
    projectManager: 'Heidi Lindqvist',
    systems: 'valtakunnallinen työllisyyspalveluiden asiakastietojärjestelmä'
  }),
  fullTemplate({
    key: 'tyollisyys-asiointi',
    plans: ['2023-2024'],
    number: '3.8.2',
    title: 'Työllisyyspalveluiden sähköinen asiointi ja ajanvaraus',
    description:
      'Kun työllisyyspalvelut siirtyvät kaupungille, asiakkaiden on voitava varata aika ja asioida verkossa. ' +
      'Selvitetään, riittävätkö valtakunnalliset palvelut vai tarvitaanko oma ajanvaraus.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Työllisyyspalvelut',
    goalKeys: ['asiointi-ulkoinen'],
    strategicBackground: 'Sähköisen asioinnin parantaminen (ulkoiset asiakkaat)',
    impacts: {
      economic: unrated('Ei osata sanoa vielä; riippuu valtakunnallisten palveluiden kattavuudesta.'),
      dataUse: notAssessed()
    },
    assessmentStatus: null,
    assessedBy: null,
    assessedOn: null,
    scheduleText: '2024–2025, arviolta',
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote: null,
    scheduleOwner: OWNER_AREA,
    costsText: 'Ei vielä tiedossa',
    resources: null,
    status: EHDOTETTU,
    projectManager: null,
    systems: null
  })
];
