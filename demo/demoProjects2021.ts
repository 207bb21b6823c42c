/**
 * Demo projects whose newest plan is 2021–2022 (short template): the projects of that plan only,
 * and the projects carried over to it from the plan 2019–2020.
 */
import type { DemoProject } from './demoContent.types';
import {
  CITY_WIDE,
  EPAVARMAA_ULKOISET,
  HALLINTO,
  INFRA,
  OWNER_EXTERNAL,
  OWNER_AREA,
  PERUTTU,
  SERVICE_AREA,
  SIIRRETTY,
  SIVISTYS,
  SOTE,
  SUHT_VARMAA,
  TEKNISET,
  TIETOHALLINTO,
  VALMIS,
  shortTemplate
} from './demoProjectHelpers';

const INFRASTRUCTURE: DemoProject[] = [
  shortTemplate({
    key: 'etatyo-teams',
    plans: ['2021-2022'],
    number: '2.1',
    title: 'Etätyön tuki: Teams-kokoustilat ja -puhelut',
    description:
      'Koronaepidemian aikana etäkokouksista tuli pysyvä tapa toimia. Isot kokoushuoneet varustetaan ' +
      'Teams-kokouslaitteilla (näyttö, kamera, kaiutinmikrofoni), ja vaihteen palvelunumerot siirretään ' +
      'Teamsin puhelujonoihin. Pöytäpuhelimista luovutaan sitä mukaa kuin vaihdesopimus päättyy.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['sisaiset-prosessit', 'tietohallinnon-laatu'],
    strategicBackground: 'Sisäisten prosessien oikaisu',
    whatChanges:
      'Hybridikokous onnistuu kaikissa isoissa kokoushuoneissa. Puhelut tulevat samaan sovellukseen kuin muu työ.',
    scheduleText: 'kevät 2021',
    costsText: 'Kokoushuonelaitteet 14 tilaan n. 42 000 €, Teams-puhelulisenssit 8 €/käyttäjä/kk',
    status: VALMIS,
    projectManager: 'Petri Haapala',
    systems: 'Microsoft Teams, Teams Rooms'
  }),
  shortTemplate({
    key: 'exchange-online',
    plans: ['2021-2022'],
    number: '2.3',
    title: 'Sähköpostin siirto Exchange Onlineen',
    description:
      'Paikallinen Exchange-palvelin poistetaan ja postilaatikot siirretään pilveen. Noin 1 900 postilaatikkoa ' +
      'siirretään ryhmittäin öisin. Samalla roskapostin suodatus ja turvaposti otetaan Microsoftin palveluna.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['tietohallinnon-laatu'],
    strategicBackground: 'Tietohallinnon toiminnan laatu',
    whatChanges: 'Oma sähköpostipalvelin ja sen päivitysrumba jäävät pois. Postilaatikot kasvavat.',
    scheduleText: 'Q4/2021',
    costsText: 'Sisältyy M365-lisensseihin',
    status: VALMIS,
    projectManager: 'Juha Kettunen',
    systems: 'Exchange Online, Microsoft Defender for Office 365'
  }),
  shortTemplate({
    key: 'tulostuspalvelut',
    plans: ['2021-2022'],
    number: '2.5',
    title: 'Monitoimilaitteiden ja tulostuspalvelun kilpailutus',
    description:
      'Monitoimilaitteiden leasingsopimus päättyy. Kilpailutuksessa haetaan palvelua, jossa tuloste ' +
      'vapautetaan kulkukortilla mistä tahansa laitteesta ja tulostusmäärät raportoidaan kustannuspaikoittain. ' +
      'Laitteiden määrää vähennetään noin neljänneksellä.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['tietohallinnon-laatu'],
    strategicBackground: 'Kustannustehokkuus, tietoturva',
    whatChanges: 'Tulostaminen on turvallisempaa ja laitteita on vähemmän.',
    scheduleText: 'syksy 2021',
    costsText: 'n. 70 000 €/vuosi (nykyinen 92 000 €/vuosi)',
    status: VALMIS,
    projectManager: 'Heidi Lindqvist',
    systems: 'monitoimilaitepalvelu'
  }),
  shortTemplate({
    key: 'palomuurikilpailutus',
    plans: ['2021-2022'],
    number: '2.8',
    title: 'Palomuurien kilpailutus ja vaihto',
    description:
      'Palomuuripalvelun optiokausi päättyy. Kilpailutetaan kaupungin omat palomuurit ylläpitopalveluineen, ' +
      'jotta sääntömuutokset voidaan tehdä itse. Hankintaan sisällytetään myös etäyhteysratkaisun lisenssit.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['tietohallinnon-laatu'],
    strategicBackground: 'Tietoturva, palvelutuotannon laatu',
    whatChanges: 'Kaupunki hallitsee itse palomuurisääntöjään, eikä muutos odota operaattorin jonossa.',
    scheduleText: '2021',
    costsText: 'Investointi n. 60 000 €, ylläpito 9 000 €/vuosi',
    status: VALMIS,
    projectManager: 'Ville Karjalainen',
    systems: 'Fortinet FortiGate'
  }),
  shortTemplate({
    key: 'laiterekisteri',
    plans: ['2021-2022'],
    number: '2.9',
    title: 'Laiterekisteri ja mobiililaitteiden hallinnan laajennus',
    description:
      'Intuneen on liitetty vasta uudet puhelimet; ennen vuotta 2020 hankitut noin 250 laitetta ja ' +
      'opetuksen iPadit ovat yhä hallinnan ulkopuolella. Ne rekisteröidään, ja laitetiedot yhdistetään ' +
      'Efecten laiterekisteriin.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['tietohallinnon-laatu'],
    strategicBackground: 'Toiminnan laatu ja tietoturva',
    whatChanges: 'Jokaisesta laitteesta tiedetään haltija, sijainti ja käyttöjärjestelmän versio.',
    scheduleText: 'Q2/2021 – Q1/2022',
    costsText: 'Vain omaa työtä',
    status: VALMIS,
    projectManager: 'Heidi Lindqvist',
    systems: 'Intune, Efecte, Apple School Manager'
  }),
  shortTemplate({
    key: 'hva-erottelu',
    plans: ['2021-2022'],
    number: '2.12',
    title: 'Sote-uudistus: ICT-ympäristön erottelu hyvinvointialueelle',
    description:
      'Sosiaali- ja terveyspalvelut siirtyvät hyvinvointialueen järjestettäviksi 1.1.2023. Noin 420 ' +
      'työntekijän käyttäjätunnukset, työasemat, puhelimet, tietoliikenneyhteydet ja järjestelmät on ' +
      'eroteltava kaupungin ympäristöstä niin, että palvelut jatkuvat siirtymäyönä katkotta. Tietohallinto ' +
      'inventoi, mitkä järjestelmät ovat puhtaasti soten, mitkä yhteisiä (esimerkiksi palkanlaskenta, ' +
      'asianhallinta ja kiinteistöjen kulunvalvonta) ja mistä tarvitaan siirtymäkauden palvelusopimus ' +
      'hyvinvointialueen kanssa.',
    category: CITY_WIDE,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Lakisääteinen (sote-uudistus)',
    whatChanges:
      'Kaupungin ICT-ympäristö pienenee noin kolmanneksella. Osa palveluista tuotetaan hyvinvointialueelle ' +
      'siirtymäkauden ajan sopimuksella.',
    scheduleText:
      'Vaihe 1: inventointi ja erottelusuunnitelma 1-6/2022\n' +
      'Vaihe 2: tunnusten, laitteiden ja järjestelmien siirto 9-12/2022\n' +
      'Vaihe 3: siirtymäkauden palvelut 2023',
    costsText: 'Ei vielä tiedossa, valtionavustusta haettu',
    mandatoryByLaw: true,
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote: 'Hyvinvointialueen oma ICT-organisaatio on vasta muodostumassa.',
    scheduleOwner: OWNER_EXTERNAL,
    status: VALMIS,
    projectManager: 'Markku Rantanen',
    systems: 'Active Directory, Intune, Efecte'
  }),
  shortTemplate({
    key: 'tietoturvaohjeet',
    plans: ['2021-2022'],
    number: '2.13',
    title: 'Tietoturvapolitiikan ja -ohjeiden uudistus',
    description:
      'Tietoturvapolitiikka on vuodelta 2014. Politiikka ja käyttäjäohjeet päivitetään vastaamaan ' +
      'pilvipalveluita, etätyötä ja tiedonhallintalakia. Ohjeet julkaistaan intrassa lyhyinä, aiheittain ' +
      'haettavina sivuina, ja niitä päivitetään tästä eteenpäin vuosittain.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['tietohallinnon-laatu'],
    strategicBackground: 'Tietoturva',
    whatChanges: 'Ohjeet ovat ajan tasalla ja löytyvät intrasta haulla.',
    scheduleText: 'vuoden 2021 alusta –',
    costsText: 'Vain omaa työtä',
    status: VALMIS,
    projectManager: 'Ville Karjalainen',
    systems: null
  })
];

const HALLINTOPALVELUT: DemoProject[] = [
  shortTemplate({
    key: 'tiedonhallintamalli',
    plans: ['2021-2022'],
    number: '3.1',
    title: 'Tiedonhallintamalli ja tietojärjestelmien kuvaukset',
    description:
      'Tiedonhallintalain mukainen tiedonhallintamalli laaditaan Digiturvamalli-työkaluun. Malliin kuvataan ' +
      'tehtäväluokat, tietoaineistot, järjestelmät ja niiden väliset tietovirrat sekä luovutukset muille ' +
      'viranomaisille. Palvelualojen vastuuhenkilöt vastaavat omista kuvauksistaan, tietohallinto järjestelmäosasta.',
    category: CITY_WIDE,
    serviceArea: HALLINTO,
    unit: 'Asiahallinto',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Lakisääteinen',
    whatChanges: 'Kaupunki pystyy kertomaan, mitä tietoa sillä on, missä se on ja kenen vastuulla.',
    scheduleText: '1/2021 – 6/2022',
    costsText: 'Digiturvamalli 4 500 €/vuosi',
    mandatoryByLaw: true,
    status: VALMIS,
    projectManager: 'Tiina Aaltonen',
    systems: 'Digiturvamalli'
  }),
  shortTemplate({
    key: 'myyntilaskutus',
    plans: ['2021-2022'],
    number: '3.3.2',
    title: 'Myyntilaskutuksen keskittäminen ja e-lasku kuluttajille',
    description:
      'Myyntilaskuja tehdään kuudessa eri järjestelmässä. Laskuaineistot ohjataan yhteen laskutuspalveluun, ' +
      'josta lasku lähtee asiakkaan valinnan mukaan e-laskuna, Suomi.fi-viestinä tai paperisena.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Rahatoimi ja taloushallinto',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Sisäisten prosessien oikaisu',
    whatChanges: 'Paperilaskujen osuus pienenee ja perintä yhtenäistyy.',
    scheduleText: '2021',
    costsText: 'Tulostus- ja postituskulut laskevat arviolta 15 000 €/vuosi',
    status: VALMIS,
    projectManager: 'Kaisa Mäkelä',
    systems: 'ProEconomica Premium, Suomi.fi-viestit'
  }),
  shortTemplate({
    key: 'sopimushallinta',
    plans: ['2021-2022'],
    number: '3.3.3',
    title: 'Hankintojen ja sopimusten hallintajärjestelmä',
    description:
      'Kilpailutukset tehdään sähköisessä kilpailutusjärjestelmässä, mutta sopimukset ovat eri verkkolevyillä ' +
      'ja sähköposteissa. Sopimushallinta otetaan käyttöön samasta palvelusta: jokaisella sopimuksella on ' +
      'vastuuhenkilö, ja päättymisestä tai optiosta tulee muistutus hyvissä ajoin.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Rahatoimi ja taloushallinto',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Sisäisten prosessien oikaisu',
    whatChanges: 'Sopimukset löytyvät yhdestä paikasta, eikä optiokausia unohdu.',
    scheduleText: '3-10/2021',
    costsText: 'n. 6 000 €/vuosi',
    status: VALMIS,
    projectManager: 'Kaisa Mäkelä',
    systems: 'Cloudia Kilpailutus, Cloudia Sopimushallinta'
  }),
  shortTemplate({
    key: 'etakokoukset',
    plans: ['2021-2022'],
    number: '3.4.2',
    title: 'Sähköiset kokoukset ja päätöksenteko etänä',
    description:
      'Kuntalain väliaikainen muutos salli etäkokoukset, ja käytäntö halutaan vakiinnuttaa: hybridikokousten ' +
      'tekniikka valtuustosaliin, sähköinen äänestys ja selkeä ohje puheenjohtajille.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Asiahallinto',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Sähköinen toiminta',
    whatChanges: 'Toimielimet voivat kokoontua etänä tai hybridinä ilman teknisiä katkoja.',
    scheduleText: '1-5/2021',
    costsText: 'Äänestysjärjestelmä 16 000 €',
    status: VALMIS,
    projectManager: 'Tiina Aaltonen',
    systems: 'Dynasty, Teams, äänestysjärjestelmä'
  }),
  shortTemplate({
    key: 'sahkoinen-perehdytys',
    plans: ['2021-2022'],
    number: '3.5.2',
    title: 'Sähköinen perehdytys',
    description:
      'Uuden työntekijän perehdytysmateriaali kootaan verkkokurssiksi: kaupungin organisaatio, tietoturva, ' +
      'työsuojelu ja järjestelmien peruskäyttö. Suoritus kirjautuu henkilöstöjärjestelmään.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Henkilöstö- ja palkkahallinto',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Sisäinen sähköinen asiointi',
    whatChanges: 'Jokainen uusi työntekijä saa saman perusperehdytyksen, ja esihenkilö näkee, mitä on suoritettu.',
    scheduleText: '2022',
    costsText: '2 000 – 4 000 €',
    status: VALMIS,
    projectManager: 'Elina Suominen',
    systems: 'verkko-oppimisympäristö'
  }),
  shortTemplate({
    key: 'drupal9',
    plans: ['2021-2022'],
    number: '3.6.2',
    title: 'Verkkosivuston päivitys Drupal 9:ään',
    description:
      'Sivuston nykyisen Drupal-version tuki päättyy, joten kaupungin verkkosivusto päivitetään. Samalla ' +
      'yhtenäistetään palvelusivujen rakenne ja karsitaan vanhentuneet sivut.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Viestintä',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Elinkaari; asiakkaiden sähköinen asiointi',
    whatChanges: 'Sivusto pysyy tietoturvapäivitysten piirissä, ja palvelusivut ovat samanmuotoisia.',
    scheduleText: 'syksy 2021 – kevät 2022',
    costsText: '35 000 €',
    status: VALMIS,
    projectManager: 'Riikka Honkanen',
    systems: 'Drupal 9'
  })
];

const SIVISTYSPALVELUT: DemoProject[] = [
  shortTemplate({
    key: 'etaopetus',
    plans: ['2021-2022'],
    number: '4.1.3',
    title: 'Etäopetuksen valmius ja oppilaslaitteet',
    description:
      'Kevään 2020 poikkeusopetus osoitti, ettei kaikilla oppilailla ollut kotona sopivaa laitetta. ' +
      'Yläkoululaisille jaetaan henkilökohtaiset kannettavat, ja opettajat koulutetaan Teamsin opetuskäyttöön.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Varhaiskasvatus ja perusopetus',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Palvelualojen kehittämisen tukeminen',
    whatChanges: 'Etäopetukseen voidaan tarvittaessa siirtyä vuorokaudessa.',
    scheduleText: 'kevät 2021',
    costsText: 'n. 160 000 € (osin valtionavustusta)',
    fundingNote: 'Opetus- ja kulttuuriministeriön koronatuki',
    status: VALMIS,
    projectManager: 'Olli Saarinen',
    systems: 'Microsoft Teams, Intune for Education'
  }),
  shortTemplate({
    key: 'varda-huoltajat',
    plans: ['2021-2022'],
    number: '4.1.4',
    title: 'Varda: huoltaja- ja maksutietojen tiedonsiirto',
    description:
      'Varhaiskasvatuksen tietovarantoon on vietävä myös huoltajien tiedot ja asiakasmaksut. Rajapintaa ' +
      'laajennetaan, ja puuttuvat tiedot korjataan ennen ensimmäistä siirtoa.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Varhaiskasvatus ja perusopetus',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Lakisääteinen',
    whatChanges: 'Käsin tehtävä tilastoraportointi poistuu.',
    scheduleText: '1-9/2021',
    costsText: '2 500 €',
    mandatoryByLaw: true,
    status: VALMIS,
    projectManager: 'Olli Saarinen',
    systems: 'Varda'
  }),
  shortTemplate({
    key: 'oppilaiden-m365',
    plans: ['2021-2022'],
    number: '4.1.5',
    title: 'Oppilaiden Microsoft 365 -ympäristö',
    description:
      'Oppilaille avataan Microsoft 365 -tunnukset ja Teams luokkatyöskentelyyn. Tietosuojan vuoksi oppilaiden ' +
      'tunnukset erotetaan henkilöstön tunnuksista omaksi kokonaisuudekseen, ja jakaminen organisaation ' +
      'ulkopuolelle estetään.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Varhaiskasvatus ja perusopetus',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Palvelualojen asiakkaiden sähköinen toiminta',
    whatChanges: 'Tehtävien teko ja palautus tapahtuvat samassa ympäristössä kaikilla vuosiluokilla.',
    scheduleText: '2021',
    costsText: 'A1-lisenssit maksutta, A3 opettajille n. 9 000 €/vuosi',
    status: VALMIS,
    projectManager: 'Olli Saarinen',
    systems: 'Microsoft 365 A1/A3, Teams'
  }),
  shortTemplate({
    key: 'lukiolaiskannettavat',
    plans: ['2021-2022'],
    number: '4.2.1',
    title: 'Maksuton toinen aste: lukiolaisten kannettavat',
    description:
      'Oppivelvollisuuden laajentaminen syksystä 2021 velvoittaa antamaan opiskelijoille maksuttomat ' +
      'opiskeluvälineet, myös kannettavan tietokoneen. Hankitaan Abitti-yhteensopivat koneet ja järjestetään ' +
      'jakelu, huolto ja palautus.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Lukio',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Lakisääteinen',
    whatChanges: 'Jokaisella lukiolaisella on koulun kone koko opiskelun ajan.',
    scheduleText: 'Q3/2021',
    costsText: 'n. 70 000 €/vuosi (uusi ikäluokka)',
    mandatoryByLaw: true,
    status: VALMIS,
    projectManager: 'Olli Saarinen',
    systems: 'Abitti, Intune'
  }),
  shortTemplate({
    key: 'omatoimikirjasto',
    plans: ['2021-2022'],
    number: '4.3.1',
    title: 'Omatoimikirjaston laajennus sivukirjastoihin',
    description:
      'Pääkirjaston omatoimiaukiolo on ollut suosittu. Se laajennetaan kahteen sivukirjastoon: kulunvalvonta, ' +
      'kamerat ja kuulutusjärjestelmä.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Kulttuuri- ja vapaa-aikapalvelut',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Palvelujen saatavuus',
    whatChanges: 'Sivukirjastot ovat auki myös iltaisin.',
    scheduleText: '2022',
    costsText: 'n. 25 000 € / kirjasto',
    status: VALMIS,
    projectManager: 'Petri Haapala',
    systems: 'kulunvalvonta, keskitetty kameravalvonta'
  }),
  shortTemplate({
    key: 'tapahtumakalenteri',
    plans: ['2021-2022'],
    number: '4.3.2',
    title: 'Yhteinen tapahtumakalenteri',
    description:
      'Kaupungin ja yhdistysten tapahtumat ovat kolmessa eri kalenterissa. Selvitetään yhteistä kalenteria, ' +
      'johon yhdistykset voivat syöttää tapahtumansa itse.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Kulttuuri- ja vapaa-aikapalvelut',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Sähköinen asiointi',
    whatChanges: 'Asukas löytää kaikki tapahtumat yhdestä paikasta.',
    scheduleText: 'Avoin',
    costsText: '',
    status: PERUTTU,
    projectManager: null,
    systems: null
  })
];

const SOSIAALI_JA_TERVEYS: DemoProject[] = [
  shortTemplate({
    key: 'rokotusajanvaraus',
    plans: ['2021-2022'],
    number: '5.2.2',
    title: 'Koronarokotusten sähköinen ajanvaraus',
    description:
      'Rokotusajat varataan verkossa, jotta puhelinpalvelu ei ruuhkaudu. Ajanvaraus avataan ikäryhmittäin ' +
      'valtakunnallisen aikataulun mukaan.',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: 'Terveyspalvelut',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Sähköinen asiointi',
    whatChanges: 'Puhelinjonot lyhenevät, ja rokotukset etenevät ennakoidusti.',
    scheduleText: '1-6/2021',
    costsText: 'Ajanvarauksen lisämoduuli 3 000 €',
    status: VALMIS,
    projectManager: 'Anne Laaksonen',
    systems: 'Pegasos, sähköinen ajanvaraus'
  }),
  shortTemplate({
    key: 'omaolo-suun-terveys',
    plans: ['2021-2022'],
    number: '5.2.3',
    title: 'Omaolo: suun terveydenhuollon oirearviot',
    description:
      'Omaolon käyttö laajennetaan hammashoitolaan. Asukas tekee suun oireiden arvion verkossa ja saa ' +
      'kiireellisyyden mukaan ajan tai ohjeet.',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: 'Terveyspalvelut',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Sähköinen asiointi',
    whatChanges: 'Hammashoitolan puhelinruuhka helpottaa.',
    scheduleText: 'syksy 2021',
    costsText: 'Sisältyy nykyiseen lisenssiin',
    status: VALMIS,
    projectManager: 'Anne Laaksonen',
    systems: 'Omaolo'
  }),
  shortTemplate({
    key: 'etavastaanotot',
    plans: ['2021-2022'],
    number: '5.2.4',
    title: 'Etävastaanotot',
    description:
      'Lääkäreille ja hoitajille otetaan käyttöön videovastaanotto, johon potilas liittyy tekstiviestillä ' +
      'saamastaan linkistä. Ensimmäisinä mukaan tulevat mielenterveys- ja päihdepalvelut sekä kontrollikäynnit.',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: 'Terveyspalvelut',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Sähköinen asiointi, palvelujen saatavuus',
    whatChanges: 'Osa kontrollikäynneistä hoituu ilman matkaa terveysasemalle.',
    scheduleText: '2021–2022',
    costsText: '150 €/kk + käyttöönotto 2 000 €',
    status: VALMIS,
    projectManager: 'Anne Laaksonen',
    systems: 'videovastaanottopalvelu'
  }),
  shortTemplate({
    key: 'kotihoito-toiminnanohjaus',
    plans: ['2021-2022'],
    number: '5.3.2',
    title: 'Kotihoidon toiminnanohjaus ja reittioptimointi',
    description:
      'Kotihoidon käynnit suunnitellaan käsin. Toiminnanohjausjärjestelmä jakaa käynnit hoitajille osaamisen ' +
      'ja sijainnin perusteella ja mittaa välittömän asiakastyön osuutta.',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: 'Sosiaalipalvelut',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Sisäiset prosessit oikenevat',
    whatChanges: 'Välitön asiakasaika kasvaa ja ajoaika lyhenee.',
    scheduleText: '2020–23',
    costsText: 'Lisenssit n. 20 000 €/vuosi',
    status: SIIRRETTY,
    projectManager: 'Anne Laaksonen',
    systems: 'Hilkka',
    ragComment: 'Käyttöönotto siirtyi hyvinvointialueen päätettäväksi.'
  }),
  shortTemplate({
    key: 'sosiaalihuolto-kanta-vaihe2',
    plans: ['2021-2022'],
    number: '5.3.3',
    title: 'Sosiaalihuollon Kanta-palvelut, vaihe 2',
    description:
      'Asiakastietolaki edellyttää, että sosiaalihuollon uudet asiakirjat tallennetaan Kantaan rakenteisina. ' +
      'Tarvitaan asiakastietojärjestelmän päivitys, käyttäjien koulutus ja testaus Kelan kanssa.',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: 'Sosiaalipalvelut',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Lakisääteinen',
    whatChanges: 'Sosiaalihuollon asiakirjat tallentuvat Kantaan heti syntyessään.',
    scheduleText: 'arviolta 2022',
    costsText: 'Päivitys n. 40 000 €',
    mandatoryByLaw: true,
    scheduleOwner: OWNER_EXTERNAL,
    status: VALMIS,
    projectManager: 'Anne Laaksonen',
    systems: 'Pro Consona, Kanta'
  })
];

const TEKNISET_PALVELUT: DemoProject[] = [
  shortTemplate({
    key: 'rakennusvalvonta-ajanvaraus',
    plans: ['2021-2022'],
    number: '6.2.2',
    title: 'Rakennusvalvonnan sähköinen neuvonta-ajanvaraus',
    description:
      'Rakennusvalvonnan neuvonta siirtyy ajanvaraukseen: asiakas varaa puolen tunnin ajan verkosta, liittää ' +
      'piirustukset etukäteen, ja tapaaminen pidetään Teamsissa tai toimistolla.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: 'Rakennusvalvonta',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Sähköinen asiointi lisääntyy',
    whatChanges: 'Puhelinaikojen ruuhka poistuu, ja tarkastaja ehtii tutustua asiaan etukäteen.',
    scheduleText: '2021',
    costsText: 'Ajanvarauspalvelu 80 €/kk',
    status: VALMIS,
    projectManager: 'Tero Nieminen',
    systems: 'ajanvarauspalvelu, Teams'
  }),
  shortTemplate({
    key: 'katuvalaistus-rekisteri',
    plans: ['2021-2022'],
    number: '6.3.2',
    title: 'Katuvalaistuksen saneeraus ja valaisinrekisteri',
    description:
      'Elohopealamput vaihdetaan LED-valaisimiin. Saneerauksen yhteydessä jokainen valaisin ja keskus ' +
      'mitataan ja tallennetaan infraomaisuusrekisteriin.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: 'Yhdyskuntatekniikka',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Toiminnan laatu',
    whatChanges: 'Valaisinten sijainti ja kunto ovat tiedossa, ja vikailmoitus kohdistuu suoraan oikeaan valaisimeen.',
    scheduleText: '2021–2022',
    costsText: 'Rekisterityö 12 000 €, saneeraus erillisestä investointimäärärahasta',
    status: VALMIS,
    projectManager: 'Tero Nieminen',
    systems: 'Infrakit'
  }),
  shortTemplate({
    key: 'vesihuolto-kaukovalvonta',
    plans: ['2021-2022'],
    number: '6.3.3',
    title: 'Vesihuollon kaukovalvonnan tietoturva',
    description:
      'Vedenottamoiden ja pumppaamoiden kaukovalvonta on samassa verkossa toimistoverkon kanssa. ' +
      'Automaatioverkko erotetaan omaksi segmentikseen, ja toimittajan etäyhteydet ohjataan hallitusti ' +
      'kirjautumisen ja lokituksen kautta.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: 'Yhdyskuntatekniikka',
    goalKeys: ['tietohallinnon-laatu'],
    strategicBackground: 'Tietoturva, huoltovarmuus',
    whatChanges: 'Toimistoverkon tietoturvapoikkeama ei pääse leviämään vesihuollon automaatioon.',
    scheduleText: 'Q4/2021',
    costsText: 'n. 18 000 €',
    status: VALMIS,
    projectManager: 'Ville Karjalainen',
    systems: 'Fortinet, kaukovalvontajärjestelmä'
  }),
  shortTemplate({
    key: 'kantakartta-kmtk',
    plans: ['2021-2022'],
    number: '6.4.3',
    title: 'Kantakartan ylläpito ja KMTK-yhteensopivuus',
    description:
      'Kantakarttaa ylläpidetään jatkuvasti, mutta Maanmittauslaitoksen kansallinen maastotietokanta ' +
      'edellyttää tietomallin muutoksia. Tehdään kohdeluokkien muunnos ja sovitaan ajantasaistusten ' +
      'toimitustavasta.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: 'Maankäyttö',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Kansallinen yhteentoimivuus',
    whatChanges: 'Kaupungin karttatiedot voidaan toimittaa kansalliseen maastotietokantaan.',
    scheduleText: 'jatkuva',
    costsText: 'Vain omaa työtä',
    status: VALMIS,
    projectManager: 'Tero Nieminen',
    systems: 'Trimble Locus, KMTK'
  })
];

/** Carried over from the plan 2019–2020 and finished (or closed) during 2021–2022. */
const CARRIED_FROM_2019: DemoProject[] = [
  shortTemplate({
    key: 'tos-dynasty',
    plans: ['2019-2020', '2021-2022'],
    number: '3.4.1',
    title: 'Tiedonohjaussuunnitelma, Dynasty 10 ja sähköinen allekirjoitus',
    description:
      'Asiahallinnon kehittämisen selkäranka on tiedonohjaussuunnitelma (TOS), jossa jokaiselle ' +
      'tehtäväluokalle määritellään asiakirjatyypit, julkisuus, säilytysajat ja käsittelyvaiheet. ' +
      'Kuvaustyö aloitettiin 2018 ja etenee palvelualoittain: hallintopalvelut ja tekniset palvelut ovat ' +
      'valmiita, sivistyspalvelut kesken ja sosiaali- ja terveyspalveluiden kuvaukset alkavat syksyllä. ' +
      'Kun TOS on viety asianhallintajärjestelmään, asiakirjan metatiedot ja säilytysaika määräytyvät ' +
      'tehtäväluokan mukaan, eikä käyttäjän tarvitse muistaa niitä.\n\n' +
      'Nykyinen Dynasty-versio tukee tiedonohjausta vain lisäosan kautta, joten järjestelmä päivitetään ' +
      'versioon 10. Päivitys on iso: käyttöliittymä muuttuu, kaikki asiakirjapohjat tarkistetaan ja ' +
      'integraatiot (päätösten julkaisu verkkosivuilla, kokousportaali, arkisto) testataan uudelleen. ' +
      'Päivityksen jälkeen otetaan käyttöön järjestelmän oma sähköinen allekirjoitus, jolla ' +
      'viranhaltijapäätökset ja sopimukset allekirjoitetaan tulostamatta. Erillistä allekirjoituspalvelua ' +
      'ei hankita, ellei toimittajan aikataulu veny merkittävästi.\n\n' +
      'Pidemmällä aikavälillä myös Teamsissa ja SharePointissa syntyvät työasiakirjat halutaan ' +
      'tiedonohjauksen piiriin. Se onnistuu vain, jos liittymä toimii lähes automaattisesti – jos jokainen ' +
      'tiedosto pitää luokitella käsin, luokittelu jää tekemättä. Ensimmäisenä kohteena ovat erilaiset ' +
      'Excel-muotoiset asiakas- ja ilmoittautumislistat, jotka nyt elävät henkilökohtaisilla levyillä ja ' +
      'sähköpostin liitteinä.\n\n' +
      'Pitkäaikaissäilytyksen osalta tällä suunnitelmakaudella tehdään vasta esiselvitys; varsinainen ' +
      'hanke on kohdassa 3.2.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Asiahallinto',
    goalKeys: ['sisaiset-prosessit', 'sahkoinen-toiminta'],
    strategicBackground: 'Sisäisten prosessien oikaisu sekä asiakkaiden sähköinen asiointi',
    whatChanges:
      'Asiakirjan säilytysaika ja julkisuus määräytyvät tehtäväluokasta. Päätökset ja sopimukset ' +
      'allekirjoitetaan sähköisesti.',
    scheduleText: '2019 – 12/2021',
    costsText: 'Dynasty 10 -päivitys 28 000 €, TOS-kuvaukset omana työnä',
    status: VALMIS,
    projectManager: 'Tiina Aaltonen',
    systems: 'Dynasty 10'
  }),
  shortTemplate({
    key: 'intranet-pilveen',
    plans: ['2019-2020', '2021-2022'],
    number: '3.6.1',
    title: 'Intranetin uudistus SharePoint Onlineen',
    description:
      'Nykyinen intranet on vuodelta 2014, ja suuri osa sen sisällöstä on vanhentunutta: viimeisimmässä ' +
      'läpikäynnissä 40 % sivuista oli päivittämättä yli kaksi vuotta. Yhteiset työtilat ovat jo ' +
      'siirtymässä Teamsiin, joten intraan jää viestinnällinen osa. Se rakennetaan alusta SharePoint ' +
      'Onlineen: etusivun henkilöstöuutiset korvaavat koko henkilöstön sähköpostitiedotteet, ja ohjeet ja ' +
      'lomakkeet järjestetään aiheittain eikä organisaatiokaavion mukaan. Vanha sisältö siirretään vain, ' +
      'jos sille löytyy omistaja.',
    category: SERVICE_AREA,
    serviceArea: HALLINTO,
    unit: 'Viestintä',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Sisäisten prosessien oikaisu',
    whatChanges: 'Intra toimii puhelimessa ja kotikoneella, ja ohjeet löytyvät haulla.',
    scheduleText: '6/2020 – 12/2021',
    costsText: 'Toteutuskumppani 20 000 – 30 000 €',
    scheduleOwner: OWNER_AREA,
    status: VALMIS,
    projectManager: 'Riikka Honkanen',
    systems: 'SharePoint Online, Teams'
  }),
  shortTemplate({
    key: 'primus-varhaiskasvatus',
    plans: ['2019-2020', '2021-2022'],
    number: '4.1.2',
    title: 'Varhaiskasvatus Primukseen, vaihe 2',
    description:
      'Ensimmäisessä vaiheessa huoltajaviestintä ja lasten varhaiskasvatussuunnitelmat siirtyivät Wilmaan. ' +
      'Nyt harkitaan, korvataanko myös varhaiskasvatuksen asiakastietojärjestelmä Primuksen ' +
      'varhaiskasvatusosalla (hakemukset, sijoitukset, läsnäolot ja asiakasmaksut). Moduuli on markkinoilla ' +
      'uusi, joten päätös tehdään vasta, kun kahden pilottikunnan kokemukset laskutuksesta ovat tiedossa.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Varhaiskasvatus ja perusopetus',
    goalKeys: ['sisaiset-prosessit', 'sahkoinen-toiminta'],
    strategicBackground: 'Sisäisten prosessien oikaisu; asiakkaiden sähköinen asiointi',
    whatChanges:
      'Lapsen tiedot kulkisivat samassa järjestelmässä varhaiskasvatuksesta perusopetuksen loppuun, ja ' +
      'huoltajat asioisivat Wilmassa.',
    scheduleText: '2020 - 2021',
    costsText: 'Lisenssit n. 14 000 €/vuosi, käyttöönotto 20 000 €',
    status: PERUTTU,
    projectManager: 'Olli Saarinen',
    systems: 'Primus, Wilma',
    ragComment:
      'Pilottikuntien kokemusten perusteella moduuli ei vielä kata laskutusta. Varhaiskasvatuksen ' +
      'järjestelmä päätettiin kilpailuttaa erikseen.'
  }),
  shortTemplate({
    key: 'potilastietojarjestelman-uudistus',
    plans: ['2019-2020', '2021-2022'],
    number: '5.2.1',
    title: 'Potilastietojärjestelmän uudistus (Pegasos → Omni360)',
    description:
      'Potilastietojärjestelmän toimittaja korvaa nykyisen asennettavan version pilvipohjaisella, eikä ' +
      'vanhaa versiota päivitetä Kannan tuleviin vaatimuksiin. Vaihto tehdään moduuli kerrallaan; ' +
      'ensimmäisenä vuorossa ovat lääkärien ja hoitajien päivittäin käyttämät kirjausnäkymät. Jokaista ' +
      'vaihetta varten koulutetaan noin 30 pääkäyttäjää, jotka kouluttavat muut.',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: 'Terveyspalvelut',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Organisaation sisäiset prosessit muuttuvat',
    whatChanges: 'Kirjaaminen tapahtuu uudessa käyttöliittymässä, ja palvelimet siirtyvät toimittajan pilveen.',
    scheduleText: '6/2020 – 2022',
    costsText: 'Sisältyy ylläpitosopimukseen, koulutus omana työnä',
    likelihood: SUHT_VARMAA,
    scheduleOwner: OWNER_EXTERNAL,
    status: SIIRRETTY,
    projectManager: 'Anne Laaksonen',
    systems: 'Pegasos, Omni360',
    ragComment: 'Viimeinen vaihe siirtyi hyvinvointialueen vastuulle 1.1.2023.'
  }),
  shortTemplate({
    key: 'rai-arviointi',
    plans: ['2019-2020', '2021-2022'],
    number: '5.3.1',
    title: 'RAI-arviointijärjestelmän käyttöönotto',
    description:
      'Iäkkäiden asiakkaiden palvelutarve arvioidaan jatkossa RAI-välineistöllä, jota käytetään jo ' +
      'useimmissa Suomen kunnissa. Arvioinnin tulokset ohjaavat hoito- ja palvelusuunnitelmaa, ja kunta saa ' +
      'vertailutietoa muihin. Lisenssit hankitaan alueellisena yhteishankintana; ensimmäisenä aloittaa ' +
      'kotihoito, sitten ympärivuorokautinen hoiva.',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: 'Sosiaalipalvelut',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Sisäisten prosessien sähköistäminen',
    whatChanges:
      'Palvelutarpeen arviointi yhtenäistyy, ja johto saa vertailukelpoista tietoa asiakasrakenteesta.',
    scheduleText: '1-12/2020 kotihoito, laajennus asumispalveluihin 2021',
    costsText: 'Lisenssit n. 11 000 €/vuosi',
    status: VALMIS,
    projectManager: 'Anne Laaksonen',
    systems: 'RAI, Lifecare'
  }),
  shortTemplate({
    key: 'kenttahenkiloston-tyoaika',
    plans: ['2019-2020', '2021-2022'],
    number: '6.3.1',
    title: 'Kenttähenkilöstön sähköinen työajanseuranta',
    description:
      'Kentällä työskentelevät (kunnossapito, viherpalvelut ja vesihuolto, yhteensä noin 85 henkeä) ' +
      'palauttavat kahden viikon välein Excel-tuntikortin, josta palkanlaskija näppäilee rivit ' +
      'palkkajärjestelmään ja soittaa esihenkilölle, jos kustannuspaikka puuttuu. Tilalle otetaan ' +
      'puhelinsovellus: työ ja kohde kirjataan päivittäin, esihenkilö hyväksyy viikoittain, ja hyväksytyt ' +
      'tunnit siirtyvät palkanlaskentaan ja kustannuslaskentaan.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: 'Yhdyskuntatekniikka',
    goalKeys: ['sisaiset-prosessit'],
    strategicBackground: 'Sisäiset prosessit oikenevat',
    whatChanges:
      'Palkanlaskija ei enää tallenna tuntikortteja, ja kohteiden kustannukset näkyvät viikon eikä ' +
      'kuukauden viiveellä.',
    scheduleText: '2020 – kevät 2022',
    costsText: 'n. 6 €/käyttäjä/kk',
    status: VALMIS,
    projectManager: 'Tero Nieminen',
    systems: 'Populus, mobiilityöajanseuranta'
  }),
  shortTemplate({
    key: '3d-kaupunkimalli',
    plans: ['2019-2020', '2021-2022'],
    number: '6.4.2',
    title: 'Pohjakartan ajantasaistus ja 3D-kaupunkimalli',
    description:
      'Keskustan ja Harjun alueen pohjakartta ajantasaistetaan uuden ilmakuvauksen ja laserkeilauksen avulla, ' +
      'ja aineistosta tuotetaan 3D-kaupunkimalli. Mallia käytetään ensin kaavoituksen havainnollistamiseen ' +
      'ja myöhemmin rakennusvalvonnan tarpeisiin.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: 'Maankäyttö',
    goalKeys: ['sahkoinen-toiminta'],
    strategicBackground: 'Laadullinen toiminta paranee',
    whatChanges: 'Kaavaluonnokset voidaan esittää kolmiulotteisina, ja kartta-aineisto on kerralla ajan tasalla.',
    scheduleText: 'Vaihe 1: ilmakuvaus ja pohjakartan päivitys 2020\nVaihe 2: 3D-kaupunkimalli (LOD2) 2021–2022',
    costsText: 'Ilmakuvaus 55 000 €, mallinnus 30 000 – 40 000 €',
    status: VALMIS,
    projectManager: 'Tero Nieminen',
    systems: 'Trimble Locus'
  })
];

export const DEMO_PROJECTS_2021: readonly DemoProject[] = [
  ...INFRASTRUCTURE,
  ...HALLINTOPALVELUT,
  ...SIVISTYSPALVELUT,
  ...SOSIAALI_JA_TERVEYS,
  ...TEKNISET_PALVELUT,
  ...CARRIED_FROM_2019
];
