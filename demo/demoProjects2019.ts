/**
 * Demo projects that appear only in the plan 2019–2020 (short template). Projects carried over
 * to a later plan are in the file of the newest plan they appear in.
 */
import type { DemoProject } from './demoContent.types';
import {
  CITY_WIDE,
  HALLINTO,
  INFRA,
  PERUTTU,
  SERVICE_AREA,
  SIIRRETTY,
  SIVISTYS,
  SOTE,
  TEKNISET,
  TIETOHALLINTO,
  VALMIS,
  shortTemplate
} from './demoProjectHelpers';

const P19 = ['2019-2020' as const];

const INFRASTRUCTURE: DemoProject[] = [
  shortTemplate({
    key: 'm365-kayttoonotto',
    plans: [...P19],
    number: '2.1',
    title: 'Microsoft 365 -palveluiden käyttöönotto',
    description:
      'Kaupunki siirtyy työasemille asennetuista Office-ohjelmista Microsoft 365 -kokonaisuuteen. ' +
      'Ensimmäisessä vaiheessa otetaan käyttöön Teams ja OneDrive; sähköpostin siirto pilveen tehdään ' +
      'myöhemmin omana hankkeenaan. Käyttöönoton yhteydessä sovitaan pelisäännöt: mihin tallennetaan oma ' +
      'luonnos, mihin yhteinen työtiedosto ja milloin asia kuuluu Teamsin kanavalle eikä sähköpostiin. ' +
      'Koulutus järjestetään toimipisteittäin lähikoulutuksina ja lyhyinä verkkovideoina. Pilottiryhminä ' +
      'toimivat tietohallinto ja kaupunginkanslia.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['sisaiset-prosessit', 'tietohallinnon-laatu'],
    strategicBackground: 'Sisäisten prosessien oikaisu; toiminnan laadullinen parantaminen',
    whatChanges:
      'Yhteinen työ siirtyy työtiloihin. Tiedostoista ei enää lähetetä kopioita sähköpostilla, ja ' +
      'etäkokous on tavallinen tapa kokoontua.',
    scheduleText: '3/2019 – 12/2020',
    costsText: 'Lisenssit n. 95 000 €/vuosi (korvaavat osan nykyisistä Office-lisensseistä), käyttöönoton konsultointi 15 000 €',
    status: VALMIS,
    projectManager: 'Heidi Lindqvist',
    systems: 'Microsoft 365, Teams, OneDrive, SharePoint Online'
  }),
  shortTemplate({
    key: 'wlan-uusiminen',
    plans: [...P19],
    number: '2.2',
    title: 'Langattoman verkon tukiasemien uusiminen ja verkon valvonta',
    description:
      'Toimipisteissä on noin 140 langatonta tukiasemaa, joista suurin osa on kytketty vanhaan ' +
      'ohjainratkaisuun, jonka valmistaja on lopettanut. Tukiasemat vaihdetaan keskitetysti hallittaviin ' +
      'malleihin koulut ja päiväkodit edellä. Samalla ratkaistaan, kuka verkkoa valvoo iltaisin ja ' +
      'viikonloppuisin: nyt vika huomataan yleensä vasta, kun joku soittaa tukeen.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['tietohallinnon-laatu'],
    strategicBackground: 'Tietohallinnon toiminnan laadun parantaminen',
    whatChanges:
      'Verkkoviat huomataan ennen kuin käyttäjä ehtii soittaa tukeen. Koulujen verkko kestää koko luokan ' +
      'yhtäaikaisen käytön.',
    scheduleText: '10/2019 – 9/2020',
    costsText: 'Investointi 120 000 – 150 000 € (tukiasemat ja lisenssit)',
    status: VALMIS,
    projectManager: 'Petri Haapala',
    systems: 'Aruba, verkonvalvonta'
  }),
  shortTemplate({
    key: 'palomuuripalvelu',
    plans: [...P19],
    number: '2.3',
    title: 'Palomuuripalvelun jatko ja tietoturvavalvonnan selvitys',
    description:
      'Palomuuripalvelun sopimuskausi päättyy maaliskuussa 2020. Nykyinen malli, jossa operaattori tekee ' +
      'kaikki sääntömuutokset tiketin perusteella, on ollut hidas: esimerkiksi uuden järjestelmän avaaminen ' +
      'toimittajalle on vienyt pahimmillaan kaksi viikkoa. Vaihtoehtoina ovat nykyisen sopimuksen ' +
      'optiovuosi, Tieran palvelu tai oma kilpailutus. Päätöksen pohjaksi kerätään myös hintatiedot ' +
      'lokienkeruusta ja ympärivuorokautisesta tietoturvavalvonnasta (SIEM/SOC).',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['tietohallinnon-laatu'],
    strategicBackground: 'Palvelutuotannon laatu ja tietoturva',
    whatChanges:
      'Palomuurisääntöjen muutokset nopeutuvat. Kaupungilla on päätöksenteon pohjaksi selvitys ' +
      'tietoturvavalvonnan hankintavaihtoehdoista.',
    scheduleText: '8/2019 – 03/2020',
    costsText: 'noin 2 500 €/kk palveluna, SIEM-selvitys omana työnä',
    status: VALMIS,
    projectManager: 'Ville Karjalainen',
    systems: 'Tiera, operaattorin palomuuripalvelu'
  }),
  shortTemplate({
    key: 'konesali-modernisointi',
    plans: [...P19],
    number: '2.4',
    title: 'Konesalipalveluiden uudistus ja virtuaalipalvelimien päivitys',
    description:
      'Kaupungin noin 70 virtuaalipalvelinta siirretään konesalitoimittajan uudelle alustalle. Siirto ' +
      'pakottaa päivittämään noin kolmanneksen palvelimista uudempaan käyttöjärjestelmään, koska vanhimmat ' +
      'versiot eivät toimi uudella alustalla. Siirtolistaa tehtäessä jokaisesta palvelimesta tarkistetaan, ' +
      'käyttääkö sitä vielä joku ja paljonko muistia ja levyä se oikeasti tarvitsee – ylimitoitusta on ' +
      'kokemuksen mukaan reilusti. Lisäksi valvontaan lisätään hälytykset, jotka tulevat tietohallinnon ' +
      'päivystäjälle eikä vain toimittajalle.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['tietohallinnon-laatu'],
    strategicBackground: 'Elinkaaren hallinta, tietohallinnon toiminnan laatu',
    whatChanges:
      'Vanhat käyttöjärjestelmäversiot poistuvat, kapasiteetista maksetaan todellisen tarpeen mukaan ja ' +
      'palvelinten tila näkyy yhdestä paikasta.',
    scheduleText: '1/2019 – 6/2020',
    costsText: 'Siirtotyö n. 30 000 €, kuukausimaksu ennallaan tai hieman alempi',
    status: VALMIS,
    projectManager: 'Juha Kettunen',
    systems: 'Tiera, VMware, Windows Server'
  }),
  shortTemplate({
    key: 'bitlocker',
    plans: [...P19],
    number: '2.5',
    title: 'Työasemien kiintolevyjen salaus',
    description:
      'Kannettavien kiintolevyt salataan BitLockerilla, jotta kadonneelta tai varastetulta koneelta ei voi ' +
      'lukea tietoja. Sovellusten suoritusrajoituksia (AppLocker) kokeillaan ensin tietohallinnon omilla koneilla.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['tietohallinnon-laatu'],
    strategicBackground: 'Tietoturva / laatu',
    whatChanges: 'Kadonnut tai varastettu kannettava ei enää tarkoita tietosuojaloukkausta.',
    scheduleText: '9/2019 – 03/2020',
    costsText: 'Ei lisäkustannuksia, sisältyy Windows-lisensseihin',
    status: VALMIS,
    projectManager: 'Ville Karjalainen',
    systems: 'BitLocker, AppLocker, SCCM'
  }),
  shortTemplate({
    key: 'intune-laitehallinta',
    plans: [...P19],
    number: '2.6',
    title: 'Laitehallinnan uudistus: Intune ja Autopilot',
    description:
      'Kaupungin noin 600 työpuhelinta ovat käytännössä käyttäjien omassa hallinnassa: sovelluksia ei voi ' +
      'jakaa keskitetysti eikä kadonnutta laitetta lukita. Kun sähköposti ja Teams tulevat puhelimiin ' +
      'M365:n myötä, tilanne ei ole enää hyväksyttävä. Mobiililaitteet liitetään Intuneen Android ' +
      'Enterprise- ja Apple Business Manager -rekisteröinneillä. Työasemissa Intune otetaan käyttöön SCCM:n ' +
      'rinnalla (co-management), ja uusien koneiden käyttöönottoa kokeillaan Autopilotilla.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['tietohallinnon-laatu'],
    strategicBackground: 'Tietohallinnon toiminnan laadullinen paraneminen',
    whatChanges:
      'Kadonneen puhelimen voi tyhjentää etänä. Uusi kone voidaan toimittaa käyttäjälle suoraan ' +
      'toimittajalta ilman, että se käy tietohallinnossa asennettavana.',
    scheduleText: '01 – 10/2020',
    costsText: 'Sisältyy M365 E3 -lisensseihin',
    status: VALMIS,
    projectManager: 'Heidi Lindqvist',
    systems: 'Microsoft Intune, Autopilot, SCCM'
  }),
  shortTemplate({
    key: 'efecte-itsepalvelu',
    plans: [...P19],
    number: '2.8',
    title: 'Tukipalvelun kehittäminen ja itsepalveluportaali',
    description:
      'Tiketöintijärjestelmänä on ollut Efecte vuodesta 2017, mutta sen omaisuudenhallinta ja raportointi ' +
      'ovat jääneet lähes käyttämättä. Otetaan käyttöön laiterekisteri ja kuukausiraportti ratkaisuajoista. ' +
      'Itsepalveluportaaliin lisätään lomakkeet salasanan vaihtoon, käyttöoikeuspyyntöihin ja uuden ' +
      'työntekijän aloitukseen. Jos malli toimii, samaa portaalia tarjotaan myöhemmin palkanlaskennalle, ' +
      'jolle kysymykset tulevat nyt kolmea eri reittiä.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['tietohallinnon-laatu', 'sisaiset-prosessit'],
    strategicBackground: 'Tietohallinnon laadullinen parantaminen, sisäisten prosessien oikaisu',
    whatChanges:
      'Tukipyyntöjen määrä ja ratkaisuajat raportoidaan kuukausittain. Toistuvat pyynnöt hoituvat ' +
      'lomakkeella ilman puhelua.',
    scheduleText: '10/2019 – 12/2020',
    costsText: 'Konfigurointityö 8 000 – 12 000 €',
    status: VALMIS,
    projectManager: 'Heidi Lindqvist',
    systems: 'Efecte'
  }),
  shortTemplate({
    key: 'laitevaihdot-2020',
    plans: [...P19],
    number: '2.9.1',
    title: 'Työasemien elinkaarivaihdot 2020',
    description:
      'Elinkaarimallissa kone vaihdetaan neljän vuoden välein, eli noin 230 konetta vuodessa. Vaihdot ' +
      'tehdään nyt kampanjana: toimipisteittäin sovittu päivä, valmiiksi asennetut koneet ja ' +
      'tarkistuslista, jotta käyttäjä pääsee töihin heti vaihdon jälkeen.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: 'Rutiinitoimet ja -tehtävät',
    goalKeys: ['tietohallinnon-laatu'],
    strategicBackground: 'Tietohallinnon laadullinen kehittyminen',
    whatChanges: 'Vaihdot vievät vähemmän tukihenkilöiden aikaa, ja käyttäjälle jää yksi katko kahden-kolmen sijaan.',
    scheduleText: '2-8/2020',
    costsText: 'Leasing n. 180 000 €/vuosi (talousarviossa)',
    status: VALMIS,
    projectManager: 'Juha Kettunen',
    systems: null
  }),
  shortTemplate({
    key: 'windows7-poisto',
    plans: [...P19],
    number: '2.9.2',
    title: 'Viimeisten Windows 7 -koneiden poisto',
    description:
      'Windows 7:n tuki päättyy tammikuussa 2020. Jäljellä olevat noin 40 konetta, lähinnä laboratorio- ja ' +
      'kassakäytössä, päivitetään tai korvataan. Kaksi erikoislaitteen ohjauskonetta eristetään omaan ' +
      'verkkoonsa, jos laitetoimittaja ei ehdi päivittää ohjelmistoaan.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: 'Rutiinitoimet ja -tehtävät',
    goalKeys: ['tietohallinnon-laatu'],
    strategicBackground: 'Elinkaari umpeutuu – pakko',
    whatChanges: 'Verkossa ei ole tuettomia työasemia.',
    scheduleText: '8-12/2019',
    costsText: 'Korvaavat laitteet n. 25 000 €',
    status: VALMIS,
    projectManager: 'Juha Kettunen',
    systems: 'Windows 10'
  }),
  shortTemplate({
    key: 'puhelinvaihde',
    plans: [...P19],
    number: '2.10',
    title: 'Puhelinjärjestelmän uusiminen',
    description:
      'Kaupungintalon puhelinvaihteen sopimus päättyy 2021. Selvitetään, siirrytäänkö operaattorin ' +
      'mobiilivaihteeseen vai Teams-puheluihin, ja miten palvelunumerot ja jonotus toteutuvat kummassakin.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Sisäisten prosessien oikaisu',
    whatChanges:
      'Kiinteistä pöytäpuhelimista luovutaan; soittaminen ja vastaanottaminen onnistuu samalla laitteella ' +
      'paikasta riippumatta.',
    scheduleText: 'Selvitystyö 2020, hankinta 2021.',
    costsText: '',
    status: SIIRRETTY,
    projectManager: 'Petri Haapala',
    systems: null,
    ragComment: 'Toteutettiin osana etätyön tukea suunnitelmassa 2021–2022.'
  })
];

const HALLINTOPALVELUT: DemoProject[] = [
  shortTemplate({
    key: 'tiedonhallintalaki-valmistelu',
    plans: [...P19],
    number: '3.1',
    title: 'Tiedonhallintalain toimeenpanon valmistelu',
    description:
      'Julkisen hallinnon tiedonhallintalaki tulee voimaan vuoden 2020 alussa, ja osa velvoitteista alkaa ' +
      'siirtymäajan jälkeen. Laki koskee kaikkia palvelualoja eikä ole pelkästään tietohallinnon asia. ' +
      'Valmistelussa\n' +
      '- nimetään vastuuhenkilöt ja kootaan työryhmä palvelualoilta,\n' +
      '- tehdään tiedonhallintamallin ensimmäinen versio,\n' +
      '- käydään läpi järjestelmät, joiden lokitus tai rajapinnat eivät täytä vaatimuksia,\n' +
      '- päivitetään tietoturvaohjeet ja koulutetaan esihenkilöt.\n' +
      'Työmääräksi arvioidaan noin henkilötyövuosi, josta reilu puolet asiahallinnossa ja loput tietohallinnossa.',
    category: CITY_WIDE,
    serviceArea: HALLINTO,
    unit: null,
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Lakisääteinen. Tukee samalla sähköisten palveluiden kehittämistä.',
    whatChanges:
      'Jokaisella järjestelmällä ja tietoaineistolla on nimetty omistaja, ja kaupunki pystyy osoittamaan, ' +
      'miten se täyttää lain vaatimukset.',
    scheduleText: '1 – 12/2020 jatkuen',
    costsText: 'n. 1 htv omaa työtä, ostopalveluja tarvittaessa',
    mandatoryByLaw: true,
    status: VALMIS,
    projectManager: 'Tiina Aaltonen',
    systems: null
  }),
  shortTemplate({
    key: 'verkkolaskujen-vastaanotto',
    plans: [...P19],
    number: '3.3.1',
    title: 'Ostolaskujen vastaanottopalvelun kilpailutus',
    description:
      'Verkkolaskujen vastaanottopalvelun sopimus päättyy vuoden 2020 aikana, joten palvelu kilpailutetaan. ' +
      'Paperilla tai sähköpostin PDF-liitteenä saapuu yhä noin 15 % laskuista; ne skannataan ja tulkitaan ' +
      'käsin. Uudelta palvelulta edellytetään laskuttajille maksutonta syöttölomaketta sekä tarkistusta, ' +
      'joka palauttaa viitteettömät laskut lähettäjälle. Vaihdon ajan vanha ja uusi palvelu toimivat hetken rinnakkain.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Rahatoimi ja taloushallinto',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Sisäisten prosessien oikaisu',
    whatChanges:
      'Palveluntarjoaja vaihtuu. Paperilaskujen osuus laskee, ja kierrätykseen päätyy vähemmän korjattavia laskuja.',
    scheduleText: '2020',
    costsText: 'Palvelumaksu n. 0,30 €/lasku, yhteensä noin 9 000 €/vuosi',
    status: VALMIS,
    projectManager: 'Kaisa Mäkelä',
    systems: 'ProEconomica Premium, verkkolaskuoperaattori'
  }),
  shortTemplate({
    key: 'laskujen-kierratys',
    plans: [...P19],
    number: '3.3.2',
    title: 'Laskujen kierrätyksen lisätoiminnot',
    description:
      'Laskujen kierrätyksessä myöhästymisiä syntyy eniten lomien aikaan, kun lasku jää poissaolevan ' +
      'tarkastajan jonoon. Järjestelmään halutaan automaattinen sijaisohjaus poissaolokalenterin ' +
      'perusteella ja viikkoraportti esihenkilöille yksikön avoimista laskuista. Lisäksi selvitetään, ' +
      'voisiko tilausnumerollisen laskun täsmäyttää tilaukseen ilman erillistä asiatarkastusta.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Rahatoimi ja taloushallinto',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Sisäisten prosessien oikaisu; maksuliikenteen sähköistäminen',
    whatChanges: 'Vähemmän myöhästyneitä laskuja ja viivästyskorkoja.',
    scheduleText: '',
    costsText: '',
    status: SIIRRETTY,
    projectManager: null,
    systems: null
  }),
  shortTemplate({
    key: 'maksupaatteet',
    plans: [...P19],
    number: '3.3.3',
    title: 'Kassajärjestelmien ja maksupäätteiden yhtenäistäminen',
    description:
      'Uimahallissa, kirjastossa, kulttuuritalolla ja vierasvenesatamassa on neljä eri kassajärjestelmää ja ' +
      'kolme maksunvälittäjää. Kilpailutetaan yksi maksupäätepalvelu ja liitetään kassat samaan tilitysraporttiin.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Rahatoimi ja taloushallinto',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Prosessien yksinkertaistaminen',
    whatChanges: 'Tilitysten täsmäytys nopeutuu ja palvelumaksut pienenevät.',
    scheduleText: '2019 – 12/2020',
    costsText: 'Palvelumaksut n. 6 000 €/vuosi, päätteet vuokralla',
    status: VALMIS,
    projectManager: 'Kaisa Mäkelä',
    systems: 'maksupäätepalvelu, kassajärjestelmät'
  }),
  shortTemplate({
    key: 'sahkoinen-kokous',
    plans: [...P19],
    number: '3.4.2',
    title: 'Luottamushenkilöiden sähköinen kokouskäytäntö',
    description:
      'Lautakuntien esityslistat tulostetaan ja postitetaan edelleen osalle jäsenistä. Otetaan käyttöön ' +
      'asianhallinnan kokousportaali luottamushenkilöille ja jaetaan jäsenille tabletit. Paperilistoista ' +
      'luovutaan viimeistään valtuustokauden vaihtuessa.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Asiahallinto',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Sisäisten prosessien oikaisu',
    whatChanges: 'Paperiset esityslistat ja niiden postitus loppuvat.',
    scheduleText: '11/2019 – 3/2020',
    costsText: 'Tabletit 45 kpl, n. 20 000 €',
    status: VALMIS,
    projectManager: 'Tiina Aaltonen',
    systems: 'Dynasty, iPad'
  }),
  shortTemplate({
    key: 'hr-tietovirrat',
    plans: [...P19],
    number: '3.5.1',
    title: 'Henkilöstöjärjestelmien tietovirrat',
    description:
      'Henkilöstöhallinnossa on useita erillisjärjestelmiä: rekrytointi, palkanlaskenta, ' +
      'työvuorosuunnittelu, kehityskeskustelut ja työterveyshuollon ajanvaraus. Uuden työntekijän tiedot ' +
      'syötetään pahimmillaan viiteen paikkaan. Tietohallinto ja HR piirtävät yhdessä kuvan siitä, missä ' +
      'mikin tieto syntyy ja mihin se kulkee, ja valitsevat kaksi ensimmäistä automatisoitavaa siirtoa.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Henkilöstö- ja palkkahallinto',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Prosessien oikaisu, tiedon kulku järjestelmästä toiseen',
    whatChanges:
      'Uuden työntekijän tiedot kulkevat palkkajärjestelmästä muihin järjestelmiin, ja esihenkilölle jää ' +
      'vähemmän lomakkeita täytettäväksi.',
    scheduleText: '2020',
    costsText: '5 000 – 15 000 € rajapintatyöt',
    status: VALMIS,
    projectManager: 'Elina Suominen',
    systems: 'Kuntarekry, Populus, Titania'
  }),
  shortTemplate({
    key: 'henkiloturvallisuus-halytys',
    plans: [...P19],
    number: '3.5.2',
    title: 'Henkilöturvallisuuden hälytysjärjestelmä',
    description:
      'Asiakastyötä tekeville hankitaan puhelimeen asennettava hälytyssovellus, jolla uhkaavassa tilanteessa ' +
      'saa apua nopeasti. Ensimmäisinä mukaan tulevat sosiaalitoimisto, pääkirjasto ja kaupungintalon ' +
      'asiakaspalvelu. Käyttöönotossa sovitaan, kuka ylläpitää käyttäjälistoja ja hälytysryhmiä – tämä jäi ' +
      'edellisessä kokeilussa auki, ja ylläpito valui tietohallinnolle.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Henkilöstö- ja palkkahallinto',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Työturvallisuus, sisäiset prosessit',
    whatChanges: 'Hälytys tavoittaa oikeat ihmiset, ja työntekijän turvallisuus paranee.',
    scheduleText: '2019-2020',
    costsText: 'n. 4 €/käyttäjä/kk',
    status: VALMIS,
    projectManager: 'Elina Suominen',
    systems: 'mobiilihälytyspalvelu'
  }),
  shortTemplate({
    key: 'esihenkilon-tyopoyta',
    plans: [...P19],
    number: '3.5.3',
    title: 'Esihenkilön HR-työpöytä',
    description:
      'Esihenkilö näkisi yhdestä näkymästä tiiminsä poissaolot, lomasaldot, päättyvät määräaikaisuudet ja ' +
      'käymättömät kehityskeskustelut. Tiedot ovat nyt neljässä järjestelmässä. Edellyttää, että ' +
      'tietovirrat (3.5.1) ovat ensin kunnossa.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Henkilöstö- ja palkkahallinto',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Sähköisen toiminnan edistäminen',
    whatChanges: 'Esihenkilöt saavat henkilöstötiedot ilman erillistä raporttipyyntöä HR:lle.',
    scheduleText: 'arviolta 9/2020 –',
    costsText: 'Ei vielä tiedossa',
    status: PERUTTU,
    projectManager: null,
    systems: null,
    ragComment: 'Yhdistetty palkka- ja HR-järjestelmän uusimiseen.'
  }),
  shortTemplate({
    key: 'saavutettavuus-verkkosivut',
    plans: [...P19],
    number: '3.6.2',
    title: 'Verkkosivujen saavutettavuus ja saavutettavuusseloste',
    description:
      'Digipalvelulaki edellyttää, että kaupungin verkkosivut täyttävät WCAG 2.1 -ohjeiston AA-tason ' +
      'syyskuuhun 2020 mennessä ja että sivuilla on saavutettavuusseloste. Sivusto auditoidaan ostopalveluna, ' +
      'sisällöntuottajat koulutetaan ja PDF-liitteet käydään läpi: vanhentuneet poistetaan ja tarpeelliset ' +
      'kirjoitetaan verkkosivuiksi.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Viestintä',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Lakisääteinen velvoite; sähköisen asioinnin edistäminen',
    whatChanges:
      'Sivuja voi käyttää ruudunlukijalla ja pelkällä näppäimistöllä. Sisällöntuottajat osaavat tehdä ' +
      'saavutettavaa sisältöä.',
    scheduleText: '9/2019 – 9/2020',
    costsText: 'Auditointi 6 000 €, korjaukset 10 000 – 20 000 €',
    mandatoryByLaw: true,
    status: VALMIS,
    projectManager: 'Riikka Honkanen',
    systems: 'Drupal'
  }),
  shortTemplate({
    key: 'valtuuston-suoratoisto',
    plans: [...P19],
    number: '3.6.3',
    title: 'Valtuuston kokousten suoratoisto',
    description:
      'Kaupunginvaltuuston kokoukset lähetetään suorana verkkoon. Valtuustosaliin asennetaan kaksi kiinteää ' +
      'kameraa, ja ääni otetaan suoraan puhujajärjestelmästä.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Viestintä',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Avoimuus, palvelualojen asiakkaiden sähköinen toiminta',
    whatChanges: 'Kokouksia voi seurata kotoa, ja tallenne on katsottavissa jälkikäteen.',
    scheduleText: '1-3/2020',
    costsText: 'Laitteet 12 000 €, striimauspalvelu 150 €/kk',
    status: VALMIS,
    projectManager: 'Riikka Honkanen',
    systems: 'striimauspalvelu'
  }),
  shortTemplate({
    key: 'pysakoinninvalvonta-mobiili',
    plans: [...P19],
    number: '3.7.1',
    title: 'Pysäköinninvalvonnan mobiilisovellus',
    description:
      'Valvojien käsipäätteet ovat kuusi vuotta vanhoja, ja niiden akut kestävät enää puoli vuoroa. Uusia ' +
      'päätteitä ei hankita, vaan virhemaksut kirjataan jatkossa Helgan puhelinsovelluksella. Puhelimet ' +
      'liitetään laitehallintaan, ja maksulappujen tulostamiseen hankitaan vyöhön kiinnitettävät ' +
      'Bluetooth-tulostimet.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Pysäköinninvalvonta',
    goalKeys: ['sisaiset-prosessit', 'sahkoinen-toiminta'],
    strategicBackground: 'Sisäisten prosessien oikaisu; paperisten vaiheiden poisto',
    whatChanges:
      'Virhemaksu kirjataan suoraan puhelimella, valokuvat liittyvät tapaukseen automaattisesti ja ' +
      'toimistolla tehtävät jälkikirjaukset jäävät pois.',
    scheduleText: '10/2019 – 4/2020',
    costsText: 'Puhelimet ja tulostimet 4 kpl n. 3 500 €; sovelluksen käyttömaksu 90 €/kk',
    status: VALMIS,
    projectManager: 'Petri Haapala',
    systems: 'Helga'
  })
];

const SIVISTYSPALVELUT: DemoProject[] = [
  shortTemplate({
    key: 'oppimisen-tyopoyta',
    plans: [...P19],
    number: '4.1.1',
    title: 'Oppimisen sähköinen työpöytä (OPH-hanke)',
    description:
      'Naapurikunnan hallinnoima, Opetushallituksen valtionavustuksella rahoitettu hanke, jossa on mukana ' +
      'kuusi kuntaa. Järvenrannan pilottikouluina ovat Harjun ja Rantakallion koulut. Oppilas kirjautuu ' +
      'aamulla kerran MPASSidillä ja pääsee siitä Wilmaan, oppimateriaaleihin ja Teamsiin ilman uusia ' +
      'salasanoja. Hankkeessa laaditaan myös yhteinen digitaitojen polku: mitä jokaisen oppilaan on ' +
      'vähintään osattava 2., 6. ja 9. luokan lopussa.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Varhaiskasvatus ja perusopetus',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Oppilaiden ja opettajien digitaalinen yhdenvertaisuus',
    whatChanges:
      'Oppilas kirjautuu kerran ja löytää välineensä samasta paikasta. Digitaitojen opetus tasa-arvoistuu ' +
      'koulujen välillä.',
    scheduleText: '8/2019 – 7/2021',
    costsText: 'Omarahoitusosuus 10 000 €, muu hankerahoitusta',
    fundingNote: 'Opetushallituksen valtionavustus, 80 %',
    status: VALMIS,
    projectManager: 'Olli Saarinen',
    systems: 'MPASSid, Wilma, Microsoft 365'
  }),
  shortTemplate({
    key: 'inschool-saas',
    plans: [...P19],
    number: '4.1.3',
    title: 'Primus, Kurre ja Wilma – siirto toimittajan SaaS-palveluun (InSchool)',
    description:
      'Oppilashallinnon ohjelmat toimivat kaupungin omalla palvelimella, mutta toimittaja tukee vuoden 2021 ' +
      'alusta vain omaa pilvipalveluaan. Valinnanvaraa ei siis ole, vain ajoitus: siirto tehdään kesäloman ' +
      'aikana, jolloin Wilmaa käytetään vähiten. Siirron yhteydessä puretaan vanhat integraatiot, joita ' +
      'kukaan ei ole käyttänyt vuosiin.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Varhaiskasvatus ja perusopetus',
    goalKeys: ['tietohallinnon-laatu'],
    strategicBackground: 'Elinkaari päättyy -> pakko',
    whatChanges:
      'Palvelimen ylläpito, varmistukset ja versiopäivitykset siirtyvät toimittajalle. Oma palvelin voidaan purkaa.',
    scheduleText: '1 – 6/2020',
    costsText: 'Palvelumaksu +8 000 €/vuosi nykyiseen verrattuna, siirtotyö 6 000 €',
    status: VALMIS,
    projectManager: 'Olli Saarinen',
    systems: 'Primus, Kurre, Wilma (Visma InSchool)'
  }),
  shortTemplate({
    key: 'koulurakennukset-ict',
    plans: [...P19],
    number: '4.1.4',
    title: 'Uudis- ja peruskorjauskohteiden ICT-suunnittelu',
    description:
      'Kaupunki rakentaa seuraavina vuosina uuden yhtenäiskoulun ja kaksi päiväkotia ja peruskorjaa ' +
      'Rantakallion koulun. Tietohallinto osallistuu suunnitteluun alusta asti: kaapeloinnin ja langattoman ' +
      'verkon mitoitus, opetustilojen esitystekniikka, kulunvalvonnan ja kameroiden liittäminen kaupungin ' +
      'verkkoon. Myöhään mukaan otettu tietotekniikka on aiemmissa kohteissa maksanut muutostöinä ' +
      'moninkertaisesti.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Varhaiskasvatus ja perusopetus',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Palvelualojen kehittämisen tukeminen',
    whatChanges: 'Uudet tilat ovat valmistuessaan verkon ja laitteiden osalta heti käyttövalmiita.',
    scheduleText:
      'Harjun yhtenäiskoulu: suunnittelu 2019–2020, rakentaminen 2021–2022\n' +
      'Rantakallion koulu (peruskorjaus): suunnittelu 2020, toteutus 2021\n' +
      'Koivikon ja Satamakadun päiväkodit: 2020–2021',
    costsText: 'Sisältyy rakennushankkeiden budjetteihin',
    status: VALMIS,
    projectManager: 'Petri Haapala',
    systems: null
  }),
  shortTemplate({
    key: 'varda-tiedonkeruu',
    plans: [...P19],
    number: '4.1.5',
    title: 'Varhaiskasvatuksen tiedot Vardaan',
    description:
      'Varhaiskasvatuslaki velvoittaa kunnat tallentamaan lasten, huoltajien ja henkilöstön tiedot ' +
      'Opetushallituksen Varda-tietovarantoon. Toimipaikka- ja lapsitiedot siirretään rajapinnan kautta; ' +
      'henkilöstötietojen osalta odotetaan vielä kansallista määrittelyä.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Varhaiskasvatus ja perusopetus',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Lakisääteinen',
    whatChanges: 'Tilastoinnin käsityö vähenee, kun tiedot siirtyvät Vardaan suoraan asiakastietojärjestelmästä.',
    scheduleText: '2019 – 12/2020',
    costsText: 'Rajapinta 4 000 €',
    mandatoryByLaw: true,
    status: VALMIS,
    projectManager: 'Olli Saarinen',
    systems: 'Varda, Pro Consona Päivähoito'
  }),
  shortTemplate({
    key: 'abitti-koeverkko',
    plans: [...P19],
    number: '4.2.1',
    title: 'Lukion koeverkon kapasiteetin nosto',
    description:
      'Sähköiset ylioppilaskokeet pidetään liikuntasalissa, jonka verkko on mitoitettu noin 80 koneelle. ' +
      'Kevään kirjoituksiin osallistuu ennätysmäärä kokelaita. Salin kytkimet ja koepalvelinkoneet uusitaan ' +
      'ja varakoneita hankitaan lisää.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Lukio',
    goalKeys: ['tietohallinnon-laatu'],
    strategicBackground: 'Laadullinen tavoite',
    whatChanges: 'Kokeet voidaan pitää yhdessä salissa ilman ryhmien porrastusta.',
    scheduleText: 'kevät 2020',
    costsText: 'n. 9 000 €',
    status: VALMIS,
    projectManager: 'Olli Saarinen',
    systems: 'Abitti'
  }),
  shortTemplate({
    key: 'kulttuuritalo-lipunmyynti',
    plans: [...P19],
    number: '4.3.1',
    title: 'Kulttuuritalon lipunmyynti verkkoon',
    description:
      'Kulttuuritalon esitysten liput myydään nyt vain lipputoimistossa. Otetaan käyttöön ' +
      'verkkolipunmyynti, jossa ostaja valitsee paikkansa salikartasta ja saa lipun puhelimeen. ' +
      'Lipuntarkastus hoidetaan viivakoodilukijalla. Palvelu otetaan ensin käyttöön kevään ' +
      'teatteriesityksissä ja laajennetaan konsertteihin syksyllä.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Kulttuuri- ja vapaa-aikapalvelut',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Asiakkaiden sähköinen asiointi lisääntyy',
    whatChanges: 'Lippuja voi ostaa myös iltaisin ja viikonloppuisin ilman henkilökuntaa.',
    scheduleText: '2020',
    costsText: 'Provisiopohjainen, ei kiinteitä kuluja',
    status: VALMIS,
    projectManager: 'Heidi Lindqvist',
    systems: 'lipunmyyntipalvelu'
  }),
  shortTemplate({
    key: 'avustusten-haku',
    plans: [...P19],
    number: '4.3.2',
    title: 'Avustusten sähköinen haku',
    description:
      'Yhdistysten kohde- ja toiminta-avustukset haetaan paperilomakkeilla, jotka kirjataan käsin ' +
      'taulukkoon. Selvitetään seudullisen avustusjärjestelmän käyttöä tai asianhallinnan sähköistä lomaketta.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Kulttuuri- ja vapaa-aikapalvelut',
    goalKeys: ['sisaiset-prosessit', 'sahkoinen-toiminta'],
    strategicBackground: 'Sisäisten prosessien oikaisu, asiakkaiden sähköinen asiointi',
    whatChanges: 'Hakemukset saapuvat sähköisesti, ja päätökset voidaan valmistella suoraan hakemustiedoista.',
    scheduleText: 'syksy 2020',
    costsText: 'Ei vielä tiedossa',
    status: SIIRRETTY,
    projectManager: null,
    systems: null
  })
];

const SOSIAALI_JA_TERVEYS: DemoProject[] = [
  shortTemplate({
    key: 'aptj-alueellinen',
    plans: [...P19],
    number: '5.1',
    title: 'Alueellinen asiakas- ja potilastietojärjestelmä',
    description:
      'Sairaanhoitopiiri valmistelee alueen kunnille yhteistä sosiaali- ja terveydenhuollon asiakas- ja ' +
      'potilastietojärjestelmää. Alueen tietojärjestelmien yhteensovittaminen kuuluu lain mukaan ' +
      'sairaanhoitopiirille, ja se kokoaa kunnat yhteishankintaan. Kaupunginhallitus on päättänyt lähteä ' +
      'mukaan valmisteluun; lopullista sitoumusta hankintaan ei vielä ole tehty.\n\nJärvenrannassa hanke ' +
      'korvaisi toteutuessaan sekä terveyspalveluiden potilastietojärjestelmän että sosiaalipalveluiden ' +
      'asiakastietojärjestelmän ja useita pienempiä erillisjärjestelmiä, kuten suun terveydenhuollon ja ' +
      'kotihoidon sovellukset. Kaupungin tietohallinnon tehtäviksi tulevat ainakin nykyisten ' +
      'integraatioiden ja tietovarantojen inventointi, tietojen siirron suunnittelu yhdessä toimittajien ' +
      'kanssa, käyttäjätunnusten ja käyttöoikeusroolien valmistelu, työasemien ja tietoliikenneyhteyksien ' +
      'riittävyyden varmistaminen terveysasemilla sekä pääkäyttäjien ja koulutettavien nimeäminen ' +
      'palvelualan kanssa.\n\nAikajänne on pitkä. Vuosi 2019 kuluu vaatimusmäärittelyyn ja 2020 ' +
      'kilpailutukseen. Jos toimittaja saadaan valittua, järjestelmää rakennetaan ja konfiguroidaan parisen ' +
      'vuotta, joten Järvenrannassa sitä päästäisiin käyttämään vuonna 2023 tai myöhemmin. Kustannukset ' +
      'jaetaan kuntien kesken asukasluvun suhteessa.\n\nSuurin riski on valtakunnallinen sote-uudistus: jos ' +
      'järjestämisvastuu siirtyy kunnilta uusille alueille, hankinnan omistajuus ja rahoitus siirtyvät ' +
      'todennäköisesti niille. Siksi kaupunki ei tee nykyisiin järjestelmiin suuria investointeja, vaan ' +
      'pitää ne toimintakuntoisina ja lakisääteisesti ajan tasalla siihen asti, kun yhteinen järjestelmä on ' +
      'käytössä.',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: null,
    goalKeys: ['sisaiset-prosessit', 'sahkoinen-toiminta'],
    strategicBackground: 'Alueellinen yhteistyö; asiakkaan palvelukokonaisuus yhtenäistyy',
    whatChanges:
      'Alueen sosiaali- ja terveydenhuollon ammattilaisilla on yksi yhteinen järjestelmä, ja asiakkaan ' +
      'tiedot seuraavat häntä organisaatiosta toiseen.',
    scheduleText: 'Valmistelu 2019, kilpailutus 2020, käyttöönotto aikaisintaan 2023',
    costsText: 'Kaupungin osuus jaetaan asukasluvun mukaan, arviolta 1,2 – 1,8 milj. € koko elinkaarelle',
    status: SIIRRETTY,
    projectManager: 'Anne Laaksonen',
    systems: 'Pegasos, Pro Consona',
    ragComment: 'Hankinta siirtyi hyvinvointialueen valmisteltavaksi.'
  }),
  shortTemplate({
    key: 'kvarkki',
    plans: [...P19],
    number: '5.2.2',
    title: 'Kvarkki – kuvantamisaineistojen Kanta-arkistointi',
    description:
      'Terveysaseman röntgenissä ja ultraäänessä syntyvät kuvat pitää vuoden 2019 lopusta alkaen arkistoida ' +
      'myös Kannan kuva-arkistoon (Kvarkki). Koska kuvat kulkevat jo nyt sairaanhoitopiirin alueelliseen ' +
      'kuva-arkistoon, liittyminen tehdään sen kautta, eikä kaupungin omiin järjestelmiin tarvita ' +
      'muutoksia. Kaupungille jää testaus ja käyttäjien ohjeistus.',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: 'Terveyspalvelut',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Lakisääteinen; alueellinen yhteistyö helpottuu',
    whatChanges:
      'Toisessa hoitopaikassa tutkittava potilas ei joudu uusintakuvaukseen, eikä kuvia tarvitse polttaa ' +
      'levylle.',
    scheduleText: '8-12/2019',
    costsText: 'Sairaanhoitopiirin laskutus n. 3 000 €',
    mandatoryByLaw: true,
    status: VALMIS,
    projectManager: 'Anne Laaksonen',
    systems: 'Kanta, Kvarkki, alueellinen PACS'
  }),
  shortTemplate({
    key: 'omaolo',
    plans: [...P19],
    number: '5.2.3',
    title: 'Omaolo-palvelun käyttöönotto',
    description:
      'Omaolo on kansallinen verkkopalvelu, jossa asukas voi tehdä oirearvion tai palvelutarpeen arvion ja ' +
      'saada ohjeet tai yhteydenoton terveysasemalta. Aloitetaan yleisimmistä infektio-oireista ja ' +
      'laajennetaan myöhemmin hyvinvointitarkastuksiin.',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: 'Terveyspalvelut',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Sähköinen asiointi lisääntyy ja vapauttaa hoitajien aikaa',
    whatChanges: 'Osa puhelinneuvonnan yhteydenotoista siirtyy verkkoon, ja hoitajan aika kohdentuu kiireellisiin.',
    scheduleText: '2020',
    costsText: 'Lisenssi asukasluvun mukaan n. 12 000 €/vuosi',
    status: VALMIS,
    projectManager: 'Anne Laaksonen',
    systems: 'Omaolo'
  }),
  shortTemplate({
    key: 'alueellinen-katselu',
    plans: [...P19],
    number: '5.2.4',
    title: 'Alueellisen potilastietojen katselun versiopäivitys',
    description:
      'Sairaanhoitopiirin ylläpitämän alueellisen katselupalvelun nykyinen versio poistuu. Siirrytään ' +
      'uuteen versioon heti, kun sairaanhoitopiiri avaa sen kunnille.',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: 'Terveyspalvelut',
    goalKeys: ['tietohallinnon-laatu'],
    strategicBackground: 'Alueellinen yhteistyö',
    whatChanges: 'Käyttäjälle lähinnä ulkoasun muutos.',
    scheduleText: '9-12/2019 tai 2020',
    costsText: '',
    status: VALMIS,
    projectManager: 'Anne Laaksonen',
    systems: 'alueellinen katselupalvelu'
  }),
  shortTemplate({
    key: 'sosiaalihuolto-kanta-arkisto',
    plans: [...P19],
    number: '5.3.2',
    title: 'Sosiaalihuollon vanhojen asiakirjojen Kanta-arkistointi',
    description:
      'Ennen Kanta-liittymistä syntyneet sosiaalityön asiakirjat (2010–2018) ovat vain vanhassa ' +
      'asiakastietojärjestelmässä. Järjestelmätoimittaja konvertoi ne Kannan sosiaalihuollon arkistoon ' +
      'tehtäväluokka kerrallaan, kiireellisimpinä lastensuojelu ja vammaispalvelut.',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: 'Sosiaalipalvelut',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Lakisääteinen; toiminnan laatu paranee',
    whatChanges:
      'Asiakirjat säilyvät vaatimusten mukaisesti ja ovat haettavissa Kannasta, vaikka vanha järjestelmä ' +
      'joskus suljetaan.',
    scheduleText: '1-12/2020 lastensuojelu ja vammaispalvelut, muut tehtäväluokat 2021',
    costsText: 'Konversio 35 000 €',
    mandatoryByLaw: true,
    status: VALMIS,
    projectManager: 'Anne Laaksonen',
    systems: 'Pro Consona, Kanta'
  }),
  shortTemplate({
    key: 'sosiaalipalvelut-asiointi',
    plans: [...P19],
    number: '5.3.3',
    title: 'Sosiaalipalveluiden sähköiset hakemukset',
    description:
      'Sähköiseen asiointiin tuodaan ensimmäisinä täydentävän toimeentulotuen hakemus, ' +
      'vammaispalveluhakemus ja lastensuojeluilmoitus. Hakija täyttää lomakkeen pankkitunnuksilla ' +
      'tunnistautuneena, jolloin henkilötiedot tulevat valmiiksi ja käsittelijä saa hakemuksen suoraan ' +
      'työjonoonsa.',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: 'Sosiaalipalvelut',
    goalKeys: ['sahkoinen-toiminta', 'sisaiset-prosessit'],
    strategicBackground: 'Sähköisen asioinnin lisääminen',
    whatChanges: 'Hakemuksia ei tarvitse tallentaa käsin, ja ilmoittaja saa kuittauksen heti.',
    scheduleText: '6-12/2020',
    costsText: 'n. 15 000 € + ylläpito 200 €/kk',
    status: VALMIS,
    projectManager: 'Anne Laaksonen',
    systems: 'Pro Consona, sähköinen asiointi'
  }),
  shortTemplate({
    key: 'tyollisyys-crm',
    plans: [...P19],
    number: '5.3.4',
    title: 'Työllisyyspalveluiden asiakastietojärjestelmä',
    description:
      'Työpajan ohjaajat pitävät kukin omaa taulukkoaan asiakkaistaan, ja valtionavustuksen raportointi ' +
      'kootaan niistä käsin kahdesti vuodessa. Hankitaan pajatoimintaan tehty ' +
      'asiakkuudenhallintajärjestelmä.',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: 'Sosiaalipalvelut',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Sisäiset prosessit sähköistyvät',
    whatChanges:
      'Asiakkaan tiedot ovat yhdessä paikassa, ja valtionavustusraportit saadaan suoraan järjestelmästä.',
    scheduleText: '10/2019 – 2/2020',
    costsText: 'Käyttöönotto 5 000 €, 400 €/kk',
    status: VALMIS,
    projectManager: 'Heidi Lindqvist',
    systems: 'Sofia CRM'
  }),
  shortTemplate({
    key: 'kotihoito-omaisviestinta',
    plans: [...P19],
    number: '5.3.5',
    title: 'Kotihoidon omaisviestintä',
    description:
      'Omainen näkee verkosta, milloin hoitaja on käynyt ja mitä käynnillä tehtiin, ja voi jättää viestin ' +
      'seuraavalle käynnille. Käyttöön tarvitaan asiakkaan suostumus.',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: 'Sosiaalipalvelut',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Sähköinen asiointi lisääntyy, palvelun laatu paranee',
    whatChanges: 'Omaisten puhelut kotihoidon toimistoon vähenevät.',
    scheduleText: '1-6/2020',
    costsText: '150 €/kk',
    status: VALMIS,
    projectManager: 'Anne Laaksonen',
    systems: 'Hilkka'
  }),
  shortTemplate({
    key: 'palvelukeskus-kamerat',
    plans: [...P19],
    number: '5.3.6',
    title: 'Koivurinteen palvelukeskuksen kameravalvonta ja hoitajien mobiililaitteet',
    description:
      'Koivurinteen yhdeksän analogista kameraa korvataan verkkokameroilla, jotka liitetään kaupungin ' +
      'keskitettyyn tallentimeen; nykyiseen tallentimeen ei enää saa varaosia. Samalla yövuoron hoitajat ' +
      'saavat puhelimet, joilla kirjaukset tehdään asukkaan huoneessa.',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: 'Sosiaalipalvelut',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Hoitotyön prosessien sujuvoittaminen',
    whatChanges: 'Kirjaukset tehdään heti eikä vuoron lopussa muistiinpanoista.',
    scheduleText: '1-6/2020',
    costsText: 'Kamerat 18 000 €, puhelimet 30 kpl n. 9 000 €',
    status: VALMIS,
    projectManager: 'Petri Haapala',
    systems: 'keskitetty kameravalvonta, Lifecare mobiili'
  })
];

const TEKNISET_PALVELUT: DemoProject[] = [
  shortTemplate({
    key: 'paikkatieto-selvitys',
    plans: [...P19],
    number: '6.1',
    title: 'Teknisten palveluiden järjestelmä- ja paikkatietoselvitys',
    description:
      'Konsultti kartoittaa teknisten palveluiden järjestelmät ja niiden päällekkäisyydet: samoja kohteita ' +
      '(katuja, puistoja, rakennuksia) ylläpidetään nyt useammassa järjestelmässä. Selvitys antaa ' +
      'suosituksen siitä, mikä järjestelmä on kunkin tiedon ensisijainen lähde ja miten paikkatietoa ' +
      'jaetaan asukkaille ja yrityksille.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: null,
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Sähköisen asioinnin yksinkertaistaminen',
    whatChanges: 'Syntyy tiekartta järjestelmien yhdistämiseksi, ja päällekkäinen ylläpito vähenee.',
    scheduleText: '09/2019 – 03/2020',
    costsText: 'Konsulttityö 18 000 €',
    status: VALMIS,
    projectManager: 'Tero Nieminen',
    systems: 'Facta, Trimble Locus'
  }),
  shortTemplate({
    key: 'lupapiste-kauppa',
    plans: [...P19],
    number: '6.2.1',
    title: 'Rakennuspiirustusten verkkokauppa',
    description:
      'Piirustustilaukset tulevat nyt sähköpostilla ja puhelimella, ja arkistosihteeri etsii, skannaa ja ' +
      'laskuttaa ne yksitellen – noin 600 tilausta vuodessa. Siirrytään Lupapisteen verkkokauppaan, jossa ' +
      'asiakas ostaa digitoidut piirustukset itse.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: 'Rakennusvalvonta',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Sähköinen asiointi lisääntyy',
    whatChanges: 'Valtaosa piirustustilauksista hoituu ilman rakennusvalvonnan työtä.',
    scheduleText: '2-12/2020',
    costsText: 'Provisiopohjainen',
    status: VALMIS,
    projectManager: 'Tero Nieminen',
    systems: 'Lupapiste'
  }),
  shortTemplate({
    key: 'mobiilikatselmukset',
    plans: [...P19],
    number: '6.2.2',
    title: 'Rakennusvalvonnan mobiilikatselmukset',
    description:
      'Katselmuksiin kuljetetaan paperisia piirustuksia, ja pöytäkirja kirjoitetaan puhtaaksi toimistolla. ' +
      'Otetaan käyttöön kuntarekisterin mobiilisovellus, jossa lupa-asiakirjat ja kartta ovat työmaalla ' +
      'mukana ja pöytäkirja syntyy paikan päällä.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: 'Rakennusvalvonta',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Prosessit sähköistyvät, asiakaspalvelun laatu paranee',
    whatChanges: 'Katselmusten jälkikirjaukset toimistolla jäävät pois.',
    scheduleText: '3-12/2020',
    costsText: 'Lisenssit 3 kpl n. 2 400 €/vuosi, tabletit 2 000 €',
    status: VALMIS,
    projectManager: 'Tero Nieminen',
    systems: 'Facta Mukana'
  }),
  shortTemplate({
    key: 'jaahalli-kamerat',
    plans: [...P19],
    number: '6.3.2',
    title: 'Jäähallin kameravalvonta',
    description:
      'Jäähallin peruskorjauksessa asennetaan 12 kameraa, joiden kuva halutaan samaan järjestelmään muiden ' +
      'kaupungin kiinteistöjen kanssa. Tietohallinto rakentaa liittymän vuoden 2019 lopussa, kamerat ' +
      'asennetaan urakan edetessä.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: 'Yhdyskuntatekniikka',
    goalKeys: ['tietohallinnon-laatu'],
    strategicBackground: 'Modernisointi',
    whatChanges: 'Vartiointiliike näkee hallin kamerat samasta näkymästä kuin muutkin kohteet.',
    scheduleText: 'liittymä 2019, kamerat 2020',
    costsText: 'n. 7 000 €',
    status: VALMIS,
    projectManager: 'Petri Haapala',
    systems: 'keskitetty kameravalvonta'
  }),
  shortTemplate({
    key: 'urheilukentta-ajanotto',
    plans: [...P19],
    number: '6.3.3',
    title: 'Urheilukentän maalikamera ja tulospalvelu',
    description:
      'Yleisurheiluseura on pyytänyt kaupungilta ajanottolaitteistoa, jotta keskuskentällä voitaisiin ' +
      'järjestää piirin kilpailuja. Ajat otetaan nyt käsin, eikä tuloksia hyväksytä tilastoihin. ' +
      'Tarvittaisiin maalikamera, lähtöjärjestelmä ja tulostaulu.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: 'Yhdyskuntatekniikka',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Laadullinen tavoite',
    whatChanges: 'Kentän kilpailuista saadaan virallisesti hyväksyttäviä tuloksia.',
    scheduleText: '2020',
    costsText: '40 000 – 60 000 €',
    status: PERUTTU,
    projectManager: null,
    systems: null,
    ragComment: 'Ei rahoitusta vuoden 2020 talousarviossa.'
  }),
  shortTemplate({
    key: 'oracle-tietokannat',
    plans: [...P19],
    number: '6.4.1',
    title: 'Paikkatieto- ja asiakastietojärjestelmien tietokantapalvelimen uusiminen',
    description:
      'Kaksi keskeistä järjestelmää – kuntarekisteri ja sosiaalipalveluiden asiakastietojärjestelmä – ' +
      'käyttävät samaa Oracle-tietokantapalvelinta, jonka käyttöjärjestelmä ja tietokantaversio ovat ' +
      'jääneet ilman tukea. Koska kannat ovat samalla palvelimella, ne päivitetään kerralla yhden ' +
      'viikonlopun huoltokatkossa. Palvelimen ja lisenssit ostaa kaupunki, asennus- ja siirtotyö tilataan ' +
      'järjestelmätoimittajalta. Päivityksen jälkeen myös karttapalvelun ja mobiilisovellusten ' +
      'kantayhteydet on vaihdettava.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: 'Maankäyttö',
    goalKeys: ['tietohallinnon-laatu'],
    strategicBackground: 'Elinkaari umpeutumassa, laadun lisääminen',
    whatChanges: 'Tietokannat ovat tuetussa versiossa, ja sovelluspäivitykset voidaan taas asentaa.',
    scheduleText: '9-12/2019',
    costsText: 'Oracle-lisenssit ja palvelin n. 45 000 €, asennustyö toimittajalta',
    status: VALMIS,
    projectManager: 'Juha Kettunen',
    systems: 'Oracle, Facta, Pro Consona'
  })
];

export const DEMO_PROJECTS_2019: readonly DemoProject[] = [
  ...INFRASTRUCTURE,
  ...HALLINTOPALVELUT,
  ...SIVISTYSPALVELUT,
  ...SOSIAALI_JA_TERVEYS,
  ...TEKNISET_PALVELUT
];
