/**
 * Demo projects of the plan "syksy 2023 ja vuosi 2024" (full template): sections 4–6, education and
 * culture, the social and health services left after the wellbeing-services reform, and technical
 * services. Includes carried-over projects.
 */
import type { DemoProject } from './demoContent.types';
import {
  ARVIO_HYVAKSYTTY,
  ARVIO_LUONNOS,
  EHDOTETTU,
  EPAVARMAA_RAHOITUS,
  EPAVARMAA_ULKOISET,
  HYVAKSYTTY,
  KAYNNISSA,
  KELTAINEN,
  OWNER_AREA,
  OWNER_EXTERNAL,
  PUNAINEN,
  SERVICE_AREA,
  SIVISTYS,
  SOTE,
  SUHT_VARMAA,
  TEKNISET,
  VALMIS,
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

const SIVISTYSPALVELUT: DemoProject[] = [
  fullTemplate({
    key: 'pedagoginen-hallinta',
    plans: ['2021-2022', '2023-2024'],
    number: '4.1.1',
    title: 'Oppitunnin pedagogisen hallinnan työkalut ja sähköiset kokeet',
    description:
      'Yläkoulun oppilailla on henkilökohtaiset Windows-kannettavat. Opettajat ovat toivoneet välinettä, jolla ' +
      'oppitunnin aikana näkee oppilaiden näytöt ja voi rajata sovellusten käyttöä, sekä tapaa pitää sähköinen ' +
      'koe niin, että muut sovellukset ja verkko ovat kiinni. Lukiossa kokeet pidetään Abitilla, mutta ' +
      'perusopetuksen koneilla se ei toimi sellaisenaan. Kaudella 2021–2022 kokeiltiin Windowsin omaa ' +
      'koetilaa kahdessa koulussa, ja tulokset olivat ristiriitaisia. Nyt verrataan kolmea markkinoilla olevaa ' +
      'ratkaisua ja valitaan yksi koko perusopetukseen.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Varhaiskasvatus ja perusopetus',
    goalKeys: ['laatu'],
    strategicBackground: 'Toiminnan laadullinen parantaminen',
    impacts: {
      economic: minor('Laitteiden käyttöaste oppitunneilla nousee, ja paperikokeiden monistus vähenee.'),
      organisation: unknown('Selviää vasta, kun ratkaisu on valittu.'),
      security: unknown('Riippuu valittavasta ratkaisusta; näyttöjen seurannan tietosuoja arvioidaan ennen käyttöönottoa.'),
      dataUse: none('Ei vaikutusta'),
      caseManagement: none('Ei vaikutusta')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Olli Saarinen',
    assessedOn: '2023-09-05',
    scheduleText: '1/1/2024-12/31/2024',
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote: 'Riippuu siitä, löytyykö Windows-laitteille toimiva ratkaisu.',
    scheduleOwner: OWNER_AREA,
    costsText: 'Arviolta 3–6 €/oppilas/vuosi, noin 1 100 oppilasta',
    resources: 'Opetustoimi ja tietohallinto yhdessä',
    status: KAYNNISSA,
    rag: KELTAINEN,
    ragComment: 'Kolmesta ratkaisusta kaksi karsiutui pilotissa.',
    progress: 35,
    projectManager: 'Olli Saarinen',
    systems: 'Intune for Education, Windows, Abitti'
  }),
  fullTemplate({
    key: 'opetussovellusten-tietosuoja',
    plans: ['2023-2024'],
    number: '4.1.2',
    title: 'Opetussovellusten tietosuoja-arviointipalvelu',
    description:
      'Opettajat ottavat käyttöön uusia verkkosovelluksia nopeammin kuin niiden tietosuojaa ehditään ' +
      'arvioida. Aiemmasta arviointipalvelusta luovuttiin keväällä 2023 hinnan takia, ja sen jälkeen arviot ' +
      'on tehty tapauskohtaisesti sähköpostilla. Tarvitaan palvelu, josta opettaja näkee, onko sovellus ' +
      'hyväksytty, ja jonka kautta uuden sovelluksen voi lähettää arvioitavaksi. Kuntien tarpeisiin on ' +
      'tulossa useampi uusi palvelu; valinta tehdään, kun ne ovat valmiita.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Varhaiskasvatus ja perusopetus',
    goalKeys: ['lainsaadanto', 'tietoturva'],
    strategicBackground: 'Tietosuojalainsäädännön noudattaminen; tietoturvan parantaminen',
    impacts: {
      economic: minor('Sovellusten hyväksyntä nopeutuu, ja päällekkäiset arviot jäävät pois.'),
      organisation: major('Päätös sovelluksen käytöstä tehdään keskitetysti, ja opettaja näkee listasta, mitä saa käyttää.'),
      security: major('Oppilaiden tunnuksilla ei voi kirjautua sovelluksiin, joita ei ole arvioitu (sovellussuostumukset ' +
          'rajataan).'),
      dataUse: minor('Arvioinnissa tarkistetaan, missä oppilaiden tiedot sijaitsevat ja kenelle niitä luovutetaan.'),
      caseManagement: none('Ei vaikutusta.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Olli Saarinen',
    assessedOn: '2023-09-05',
    scheduleText: '10/2023–12/2024',
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote: 'Riippuu palvelun kehittäjän aikataulusta.',
    scheduleOwner: OWNER_AREA,
    costsText: 'Perustamiskulut 1 000-2 000 euroa. Käyttökustannusarvio 300-500 euroa per kuukausi.',
    resources: 'Opetuksen ja tietohallinnon asiantuntijat yhdessä palvelun kehittäjän kanssa',
    status: HYVAKSYTTY,
    projectManager: 'Olli Saarinen',
    systems: null
  }),
  fullTemplate({
    key: 'oppilaslaitteiden-elinkaari',
    plans: ['2023-2024'],
    number: '4.1.3',
    title: 'Oppilaiden henkilökohtaisten laitteiden elinkaarimalli',
    description:
      'Yläkoulun henkilökohtaiset kannettavat hankittiin keväällä 2021 kerralla, joten ne myös vanhenevat ' +
      'kerralla. Siirrytään porrastettuun malliin: laitteet uusitaan vuosiluokittain, ja 9. luokan jälkeen ' +
      'palautuneet koneet kunnostetaan alakoulujen yhteiskäyttöön.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Varhaiskasvatus ja perusopetus',
    goalKeys: ['laatu'],
    strategicBackground: 'Toiminnan laadullinen parantaminen',
    impacts: {
      economic: major('Kerralla tuleva noin 300 000 €:n uusintatarve tasoittuu noin 80 000 euroon vuodessa.'),
      organisation: none('Ei vaikutusta.'),
      security: none('Ei muutosta.'),
      dataUse: none('Ei muutosta.'),
      caseManagement: none('Ei muutosta.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Olli Saarinen',
    assessedOn: '2023-09-05',
    scheduleText: 'lukuvuosi 2024–2025',
    likelihood: EPAVARMAA_RAHOITUS,
    likelihoodNote: null,
    scheduleOwner: OWNER_AREA,
    costsText: 'n. 80 000 €/vuosi',
    resources: 'Opetustoimi, tietohallinto',
    status: HYVAKSYTTY,
    projectManager: 'Olli Saarinen',
    systems: 'Intune'
  }),
  fullTemplate({
    key: 'varhaiskasvatus-jarjestelma',
    plans: ['2023-2024'],
    number: '4.1.4',
    title: 'Varhaiskasvatuksen asiakastietojärjestelmän kilpailutus',
    description:
      'Varhaiskasvatuksen asiakastietojärjestelmän sopimus päättyy 2026. Oppilashallintojärjestelmän ' +
      'varhaiskasvatusosan käyttöönotosta luovuttiin 2022, joten järjestelmä kilpailutetaan. Vaatimuksiin ' +
      'kirjataan sähköinen hakeminen, sijoitusten hallinta, läsnäolot, asiakasmaksujen laskutus, Varda-siirrot ' +
      'ja huoltajien mobiiliviestintä.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Varhaiskasvatus ja perusopetus',
    goalKeys: ['asiointi-ulkoinen', 'laatu'],
    strategicBackground: 'Sähköisen asioinnin parantaminen (ulkoiset asiakkaat)',
    impacts: {
      economic: unknown('Kustannukset selviävät kilpailutuksessa.'),
      organisation: minor('Järjestelmän vaihto muuttaa toimistosihteerien ja päiväkodinjohtajien työtapoja.'),
      security: minor('Lasten ja huoltajien tietoja; pilvipalvelu arvioidaan tavalliseen tapaan.'),
      dataUse: major('Vanhan järjestelmän tiedot konvertoidaan, ja Varda- ja laskutusintegraatiot rakennetaan uudelleen.'),
      caseManagement: minor('Varhaiskasvatuspäätökset arkistoidaan sähköiseen säilytykseen uudesta järjestelmästä.')
    },
    assessmentStatus: ARVIO_LUONNOS,
    assessedBy: 'Olli Saarinen',
    assessedOn: '2024-02-12',
    scheduleText: 'Selvitys 2024, kilpailutus 2025',
    likelihood: SUHT_VARMAA,
    likelihoodNote: null,
    scheduleOwner: OWNER_AREA,
    costsText: 'Ei vielä tiedossa',
    resources: 'Varhaiskasvatus, tietohallinto, hankintapalvelut',
    status: EHDOTETTU,
    projectManager: 'Olli Saarinen',
    systems: 'Pro Consona Päivähoito (nykyinen), Varda'
  }),
  fullTemplate({
    key: 'wilma-luvat',
    plans: ['2023-2024'],
    number: '4.1.5',
    title: 'Huoltajien luvat ja suostumukset Wilmaan',
    description:
      'Valokuvausluvat, retkiluvat ja katsomusaineen valinnat kerätään paperilomakkeilla, jotka koulusihteeri ' +
      'kirjaa oppilashallintoon. Lomakkeet tehdään Wilmaan, jolloin huoltajan vastaus tallentuu suoraan oppilaan tietoihin.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Varhaiskasvatus ja perusopetus',
    goalKeys: ['asiointi-ulkoinen'],
    strategicBackground: 'Sähköisen asioinnin parantaminen (ulkoiset asiakkaat)',
    impacts: {
      economic: minor('Koulusihteerien kirjaustyö lukuvuoden alussa vähenee selvästi.'),
      organisation: none('Ei vaikutusta.'),
      security: minor('Paperilomakkeita ei enää säilytetä kansioissa koulujen kansliassa.'),
      dataUse: minor('Luvat ovat opettajien nähtävissä Wilmassa.'),
      caseManagement: none('Ei vaikutusta.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Olli Saarinen',
    assessedOn: '2023-08-25',
    scheduleText: '8/2023–12/2023',
    likelihood: VARMAA,
    likelihoodNote: null,
    scheduleOwner: OWNER_AREA,
    costsText: 'Vain omaa työtä',
    resources: 'Koulusihteerit, oppilashallinnon pääkäyttäjä',
    status: VALMIS,
    rag: VIHREA,
    progress: 100,
    projectManager: 'Olli Saarinen',
    systems: 'Wilma, Primus'
  }),
  fullTemplate({
    key: 'abitti2',
    plans: ['2023-2024'],
    number: '4.2.1',
    title: 'Lukion siirtyminen Abitti 2 -koejärjestelmään',
    description:
      'Ylioppilastutkintolautakunta korvaa nykyisen Abitin uudella versiolla, jossa koetilan palvelin toimii eri ' +
      'tavalla. Lukion koepalvelimet, verkko ja opiskelijoiden koneiden käynnistystapa on muutettava ennen ' +
      'kevään 2024 kirjoituksia.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Lukio',
    goalKeys: ['laatu'],
    strategicBackground: 'Toiminnan laadullinen parantaminen',
    impacts: {
      economic: minor('Koepalvelinten uusinta noin 6 000 €.'),
      organisation: none('Ei vaikutusta.'),
      security: none('Ylioppilastutkintolautakunta vastaa koejärjestelmän tietoturvasta.'),
      dataUse: none('Ei vaikutusta.'),
      caseManagement: none('Ei vaikutusta.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Olli Saarinen',
    assessedOn: '2023-08-25',
    scheduleText: 'syksy 2023 – kevät 2024',
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote: 'Ylioppilastutkintolautakunnan aikataulu.',
    scheduleOwner: OWNER_EXTERNAL,
    costsText: 'n. 6 000 €',
    resources: 'Lukion IT-vastaava, tietohallinto',
    status: KAYNNISSA,
    rag: VIHREA,
    progress: 90,
    projectManager: 'Olli Saarinen',
    systems: 'Abitti 2'
  }),
  fullTemplate({
    key: 'e-kirjasto',
    plans: ['2023-2024'],
    number: '4.3.1',
    title: 'Kansallinen e-kirjasto',
    description:
      'Kirjastot ovat tähän asti ostaneet e-kirjat ja äänikirjat kimppakohtaisin lisenssein, ja valikoima ' +
      'on jäänyt pieneksi. Valtion rahoittama kansallinen e-kirjasto kokoaa lainattavat e-aineistot yhteen ' +
      'palveluun, ja kirjastokimppamme liittyy siihen alkuvuodesta 2024. Asiakas kirjautuu omalla ' +
      'kirjastokortillaan; kirjaston tehtäväksi jää opastus ja kuntakohtaisen maksuosuuden budjetointi.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Kulttuuri- ja vapaa-aikapalvelut',
    goalKeys: ['asiointi-ulkoinen'],
    strategicBackground: 'Sähköisen asioinnin parantaminen (ulkoiset asiakkaat)',
    impacts: {
      economic: minor('Kuntakohtainen maksuosuus noin 14 000 €; osa nykyisistä e-aineistolisensseistä voidaan lopettaa.'),
      organisation: none('Ei muutosta; palvelua ylläpitää valtakunnallinen toimija.'),
      security: none('Kirjautuminen tarkistetaan kirjastojärjestelmän asiakasrekisteristä kuten nytkin.'),
      dataUse: none('Ei vaikutusta.'),
      caseManagement: none()
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Markku Rantanen',
    assessedOn: '2023-08-29',
    scheduleText: '1/2024–6/2024',
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote: null,
    scheduleOwner: OWNER_EXTERNAL,
    costsText: '14 000 €',
    resources: 'Kirjasto, kirjastokimpan tuki, tietohallinto',
    status: KAYNNISSA,
    rag: VIHREA,
    progress: 50,
    projectManager: null,
    systems: 'kansallinen e-kirjasto, kirjastojärjestelmä'
  }),
  fullTemplate({
    key: 'liikuntavuorot',
    plans: ['2023-2024'],
    number: '4.3.2',
    title: 'Liikuntapaikkojen sähköinen vuorovaraus',
    description:
      'Salivuorot haetaan kerran vuodessa sähköpostilla ja lyhytaikaiset varaukset tehdään puhelimella. Otetaan ' +
      'käyttöön tilavarausjärjestelmä, jossa seurat hakevat kausivuorot ja asukkaat varaavat ja maksavat vapaat ' +
      'vuorot verkossa. Järjestelmä liitetään ovien kulunvalvontaan, jolloin varaaja pääsee sisään omalla koodillaan.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Kulttuuri- ja vapaa-aikapalvelut',
    goalKeys: ['asiointi-ulkoinen'],
    strategicBackground: 'Sähköisen asioinnin parantaminen (ulkoiset asiakkaat)',
    impacts: {
      economic: minor('Maksu peritään varauksen yhteydessä; laskujen käsin tekeminen ja perintä vähenevät.'),
      organisation: minor('Vuorojen jakoperiaatteet on kirjattava ja julkaistava.'),
      security: minor('Ovikoodit ovat voimassa vain varatun ajan.'),
      dataUse: minor('Tilojen käyttöasteesta saadaan luotettava tieto.'),
      caseManagement: none('Ei vaikutusta.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Markku Rantanen',
    assessedOn: '2023-08-29',
    scheduleText: '3-9/2024',
    likelihood: SUHT_VARMAA,
    likelihoodNote: null,
    scheduleOwner: OWNER_AREA,
    costsText: 'Käyttöönotto 6 000 €, 350 €/kk',
    resources: 'Liikuntapalvelut, tietohallinto, kiinteistöpalvelut',
    status: HYVAKSYTTY,
    projectManager: 'Heidi Lindqvist',
    systems: 'tilavarausjärjestelmä, kulunvalvonta'
  }),
  fullTemplate({
    key: 'nuorisotalon-digipaja',
    plans: ['2023-2024'],
    number: '4.3.3',
    title: 'Nuorisotalon digipaja',
    description:
      'Uuteen nuorisotaloon suunnitellaan digipajaa, jossa nuoret voivat kokeilla 3D-tulostusta, pelien ' +
      'tekemistä, podcastien äänitystä ja VR-laitteita. Laitteet ja verkko on sovitettava kaupungin ympäristöön ' +
      'niin, ettei nuorten tunnuksilla päästä hallinnon verkkoon.',
    category: SERVICE_AREA,
    serviceArea: SIVISTYS,
    unit: 'Kulttuuri- ja vapaa-aikapalvelut',
    goalKeys: ['asiointi-ulkoinen'],
    strategicBackground: null,
    impacts: {
      economic: unrated('Laitehankinnat ja ohjaajan työaika; tarkempi arvio puuttuu.'),
      organisation: notAssessed(),
      security: notAssessed(),
      dataUse: notAssessed(),
      caseManagement: notAssessed()
    },
    assessmentStatus: null,
    assessedBy: null,
    assessedOn: null,
    scheduleText: '2024–2025',
    likelihood: EPAVARMAA_RAHOITUS,
    likelihoodNote: null,
    scheduleOwner: OWNER_AREA,
    costsText: 'Ei vielä tiedossa',
    resources: null,
    status: EHDOTETTU,
    projectManager: null,
    systems: null
  })
];

const SOSIAALI_JA_TERVEYS: DemoProject[] = [
  fullTemplate({
    key: 'sote-arkistot-hyvinvointialueelle',
    plans: ['2021-2022', '2023-2024'],
    number: '5.1',
    title: 'Sote-asiakirjojen ja -järjestelmien luovutus hyvinvointialueelle',
    description:
      'Sosiaali- ja terveyspalveluiden siirryttyä hyvinvointialueelle kaupungille jäi asiakirjoja, joiden ' +
      'rekisterinpitäjyys on siirtynyt: paperiarkistoa noin 900 hyllymetriä sekä vanhojen järjestelmien ' +
      'tietokantoja, joita ei viety Kantaan. Luovutusta valmisteltiin vuodesta 2022. Nyt paperiarkisto ' +
      'luovutetaan luovutusluettelon mukaisesti, ja vanhojen järjestelmien lukukäytöstä sovitaan, kuka niitä ' +
      'ylläpitää ja kuinka kauan.',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: null,
    goalKeys: ['lainsaadanto', 'laatu'],
    strategicBackground: 'Lakisääteinen (sote-uudistus)',
    impacts: {
      economic: minor(
        'Arkistotilat vapautuvat kaupungin käyttöön, ja vanhojen järjestelmien ylläpitomaksut siirtyvät ' +
          'hyvinvointialueelle sopimuksen mukaisesti.'
      ),
      organisation: major('Rekisterinpitäjyys ja arkistovastuu siirtyvät hyvinvointialueelle; kaupungin vastuu päättyy luovutukseen.'),
      security: minor(
        'Luovutus tehdään luettelon ja kuittauksen perusteella; lukukäyttöjärjestelmien käyttöoikeudet rajataan ' +
          'hyvinvointialueen nimeämille.'
      ),
      dataUse: major('Tiedot luovutetaan toiselle viranomaiselle, ja kaupungin pääsy asiakastietoihin päättyy.'),
      caseManagement: minor('Asianhallinnasta suljetaan sote-tehtäväluokat luovutuksen jälkeen.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Tiina Aaltonen',
    assessedOn: '2023-08-30',
    scheduleText: '1/2022–12/2024',
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote: 'Hyvinvointialueen arkistoyksikön vastaanottoaikataulu ratkaisee.',
    scheduleOwner: OWNER_EXTERNAL,
    costsText: 'Kuljetus ja luettelointi n. 15 000 €',
    resources: 'Asiahallinto, tietohallinto, hyvinvointialueen arkisto',
    mandatoryByLaw: true,
    status: KAYNNISSA,
    rag: KELTAINEN,
    ragComment: 'Paperiarkistosta luovutettu 60 %.',
    progress: 60,
    projectManager: 'Tiina Aaltonen',
    systems: 'Pegasos (lukukäyttö), Pro Consona (lukukäyttö)'
  }),
  fullTemplate({
    key: 'potilastietojarjestelman-alasajo',
    plans: ['2023-2024'],
    number: '5.2.1',
    title: 'Vanhan potilastietojärjestelmän lukuympäristön alasajo',
    description:
      'Vanha potilastietojärjestelmä on ollut siirtymän jälkeen lukukäytössä hyvinvointialueen työntekijöillä. ' +
      'Kun hyvinvointialue on vahvistanut, että tarvittavat tiedot ovat Kannassa tai sen omassa arkistossa, ' +
      'palvelimet ja tietokannat puretaan ja tiedot hävitetään todennetusti.',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: 'Terveyspalvelut',
    goalKeys: ['laatu'],
    strategicBackground: 'Toiminnan laadullinen parantaminen',
    impacts: {
      economic: minor('Palvelin- ja lisenssikulut, noin 24 000 €/vuosi, poistuvat.'),
      organisation: minor('Kaupungin ylläpitovastuu päättyy.'),
      security: minor('Hävittäminen tehdään todennetusti, ja siitä laaditaan pöytäkirja.'),
      dataUse: minor('Ennen hävittämistä varmistetaan, ettei säilytettäviä tietoja jää vain tähän järjestelmään.'),
      caseManagement: none('Ei vaikutusta.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Markku Rantanen',
    assessedOn: '2023-08-30',
    scheduleText: '9/2023–6/2024',
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote: null,
    scheduleOwner: OWNER_EXTERNAL,
    costsText: 'Säästö n. 24 000 €/vuosi',
    resources: 'Tietohallinto, hyvinvointialue, toimittaja',
    status: KAYNNISSA,
    rag: VIHREA,
    progress: 30,
    projectManager: 'Juha Kettunen',
    systems: 'Pegasos'
  }),
  fullTemplate({
    key: 'sosiaalihuollon-jarjestelman-sulkeminen',
    plans: ['2023-2024'],
    number: '5.3.1',
    title: 'Sosiaalihuollon vanhan asiakastietojärjestelmän tietojen siirto ja sulkeminen',
    description:
      'Sosiaalityön vanhassa asiakastietojärjestelmässä on yhä tietoja ajalta ennen Kanta-liittymistä. Tiedot ' +
      'siirretään hyvinvointialueen arkistoon, minkä jälkeen järjestelmä suljetaan. Siihen asti kaupungin ' +
      'ylläpitämät tunnukset katselmoidaan kuukausittain.',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: 'Sosiaalipalvelut',
    goalKeys: ['lainsaadanto', 'tietoturva'],
    strategicBackground: 'Lainsäädäntö eli pakko; tietoturva',
    impacts: {
      economic: minor('Ylläpitomaksut, noin 18 000 €/vuosi, päättyvät sulkemisen jälkeen.'),
      organisation: minor('Järjestelmän omistajuus siirtyy hyvinvointialueelle siirron ajaksi.'),
      security: major(
        'Järjestelmässä on salassa pidettäviä sosiaalihuollon tietoja; käyttöoikeudet katselmoidaan kuukausittain ' +
          'ja lokit luovutetaan hyvinvointialueelle.'
      ),
      dataUse: major('Tiedot luovutetaan toiselle viranomaiselle konversiona.'),
      caseManagement: none('Ei vaikutusta kaupungin asianhallintaan.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Markku Rantanen',
    assessedOn: '2023-08-30',
    scheduleText: '2024',
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote: null,
    scheduleOwner: OWNER_EXTERNAL,
    costsText: 'Konversio n. 20 000 € (jaetaan hyvinvointialueen kanssa)',
    resources: 'Tietohallinto, hyvinvointialueen arkisto, toimittaja',
    status: HYVAKSYTTY,
    projectManager: 'Anne Laaksonen',
    systems: 'Pro Consona'
  }),
  fullTemplate({
    key: 'hyvinvointikertomus',
    plans: ['2023-2024'],
    number: '5.4',
    title: 'Hyvinvointikertomuksen tietopohja',
    description:
      'Kunnalle jäi sote-uudistuksessa vastuu asukkaiden hyvinvoinnin ja terveyden edistämisestä. ' +
      'Hyvinvointikertomuksen indikaattorit kootaan nyt käsin eri lähteistä. Selvitetään, voisiko tiedot koota ' +
      'johdon raportointikokonaisuuteen (ks. 3.3.1).',
    category: SERVICE_AREA,
    serviceArea: SOTE,
    unit: 'Hyvinvoinnin edistäminen',
    goalKeys: ['laatu'],
    strategicBackground: 'Toiminnan laadullinen parantaminen',
    impacts: {
      economic: unrated('Ei tietoa vielä.'),
      security: notAssessed(),
      dataUse: unrated('Tiedot ovat pääosin julkisia tilastoja.')
    },
    assessmentStatus: null,
    assessedBy: null,
    assessedOn: null,
    scheduleText: 'arviolta 2024–2025',
    likelihood: null,
    likelihoodNote: null,
    scheduleOwner: OWNER_AREA,
    costsText: 'Ei vielä tiedossa',
    resources: null,
    status: EHDOTETTU,
    projectManager: null,
    systems: 'Power BI, Sotkanet'
  })
];

const TEKNISET_PALVELUT: DemoProject[] = [
  fullTemplate({
    key: 'ryhti-rakentamislaki',
    plans: ['2023-2024'],
    number: '6.1',
    title: 'Rakennetun ympäristön tietojärjestelmä (Ryhti) ja uusi rakentamislaki',
    description:
      'Uusi rakentamislaki tulee voimaan 2025, ja kuntien on toimitettava kaavat, rakennusluvat ja ' +
      'rakennustiedot Suomen ympäristökeskuksen ylläpitämään valtakunnalliseen Ryhti-tietojärjestelmään. ' +
      'Kaavat on laadittava tietomallimuotoisina. Lupajärjestelmän ja paikkatietojärjestelmän toimittajilta ' +
      'varmistetaan rajapintojen aikataulu, ja kaavoittajat koulutetaan tietomallikaavoitukseen.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: null,
    goalKeys: ['lainsaadanto', 'asiointi-ulkoinen'],
    strategicBackground: 'Lainsäädäntö eli pakko',
    impacts: {
      economic: unknown('Toimittajien muutoskustannukset eivät ole vielä tiedossa.'),
      organisation: major('Rakennusvalvonnan ja kaavoituksen tehtäviin tulee uusia tiedontoimitusvelvoitteita.'),
      security: none('Toimitettavat tiedot ovat pääosin julkisia.'),
      dataUse: major('Tiedot luovutetaan rajapinnan kautta valtakunnalliseen järjestelmään, ja kaavoista tulee tietomalleja.'),
      caseManagement: minor('Lupa- ja kaava-asioiden käsittelyvaiheet kirjataan uusien tietomallien mukaisesti.')
    },
    assessmentStatus: ARVIO_LUONNOS,
    assessedBy: 'Tero Nieminen',
    assessedOn: '2023-10-16',
    scheduleText: '1/2024–12/2025',
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote: 'Valtakunnallisen järjestelmän ja toimittajien rajapintojen valmistuminen.',
    scheduleOwner: OWNER_EXTERNAL,
    costsText: 'Ei vielä tiedossa',
    resources: 'Rakennusvalvonta, kaavoitus, paikkatieto, tietohallinto',
    mandatoryByLaw: true,
    status: KAYNNISSA,
    rag: KELTAINEN,
    ragComment: 'Toimittajien rajapinta-aikataulut puuttuvat vielä.',
    progress: 10,
    projectManager: 'Tero Nieminen',
    systems: 'Ryhti, Lupapiste, Trimble Locus'
  }),
  fullTemplate({
    key: 'rakennuslupien-digitointi',
    plans: ['2021-2022', '2023-2024'],
    number: '6.2.1',
    title: 'Vanhojen rakennuslupien digitointi',
    description:
      'Rakennusvalvonnan paperiarkistossa on arviolta 45 000 lupaa 1950-luvulta vuoteen 2016; sen jälkeiset ' +
      'luvat ovat jo sähköisiä. Arkistoa digitoidaan alueittain ostopalveluna noin viidennes vuodessa, ' +
      'vanhimmista ja kysytyimmistä kaupunginosista alkaen. Valmiit aineistot liitetään rakennustunnuksiin, ' +
      'jolloin ne tulevat myyntiin piirustusten verkkokauppaan.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: 'Rakennusvalvonta',
    goalKeys: ['asiointi-ulkoinen', 'laatu'],
    strategicBackground: 'Sähköisen asioinnin parantaminen (ulkoiset asiakkaat)',
    impacts: {
      economic: major('Arkistohaut ja tilauskohtaiset skannaukset loppuvat, ja arkistotila vapautuu lopulta.'),
      organisation: minor('Paperiarkiston hävittäminen edellyttää Kansallisarkiston hyväksymää digitointiprosessia.'),
      security: minor('Digitoitu aineisto on käyttöoikeuksien piirissä; paperista ei voi seurata, kuka sitä on katsonut.'),
      dataUse: major('Aineisto on haettavissa ja luovutettavissa sähköisesti.'),
      caseManagement: none('Ei vaikutusta.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Tero Nieminen',
    assessedOn: '2023-08-28',
    scheduleText: '3/2021–12/2026',
    likelihood: EPAVARMAA_RAHOITUS,
    likelihoodNote: 'Eteneminen riippuu vuosittaisesta määrärahasta.',
    scheduleOwner: OWNER_AREA,
    costsText: 'n. 40 000 €/vuosi ostopalveluna',
    resources: 'Rakennusvalvonta, digitointipalvelu',
    status: KAYNNISSA,
    rag: VIHREA,
    progress: 45,
    projectManager: 'Tero Nieminen',
    systems: 'Lupapiste'
  }),
  fullTemplate({
    key: 'suurkopiokone',
    plans: ['2023-2024'],
    number: '6.2.2',
    title: 'Suurkopiokoneen ja -skannerin uusiminen',
    description:
      'Teknisten palveluiden A0-kokoinen tulostin-skanneri on yli kymmenen vuotta vanha. Se osaa tallentaa ' +
      'skannaukset vain vanhalla, salaamattomalla verkkolevyprotokollalla, joten skannauksia varten on ' +
      'jouduttu pitämään erillistä väliaikaista jakoa. Laite korvataan vuoden 2024 aikana.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: 'Rakennusvalvonta',
    goalKeys: ['laatu'],
    strategicBackground: 'Toiminnan laadullinen parantaminen',
    impacts: {
      economic: minor('Väliaikainen jako ja vanhan laitteen kalliit huoltokäynnit jäävät pois.'),
      organisation: none('Ei vaikutusta'),
      security: minor('Salaamaton verkkolevyjako voidaan sulkea.'),
      dataUse: none('Ei vaikutusta'),
      caseManagement: none('Ei vaikutusta')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Tero Nieminen',
    assessedOn: '2023-08-28',
    scheduleText: '1/2024–12/2024',
    likelihood: EPAVARMAA_RAHOITUS,
    likelihoodNote: null,
    scheduleOwner: OWNER_AREA,
    costsText: 'Investointikustannus n. 40 000 €',
    resources: 'Tekniset palvelut ja tietohallinto; hankintapalvelut kilpailutuksen osalta',
    status: HYVAKSYTTY,
    projectManager: 'Petri Haapala',
    systems: null
  }),
  fullTemplate({
    key: 'katuvalojen-etaohjaus',
    plans: ['2023-2024'],
    number: '6.3.1',
    title: 'Katuvalojen etäohjaus',
    description:
      'LED-saneerauksen jälkeen valaisinkeskukset varustetaan etäohjauksella. Valaistusta voidaan himmentää ' +
      'yöllä liikennemäärän mukaan, ja keskus ilmoittaa viasta automaattisesti.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: 'Yhdyskuntatekniikka',
    goalKeys: ['laatu'],
    strategicBackground: 'Toiminnan laadullinen parantaminen; energiansäästö',
    impacts: {
      economic: major('Sähkönkulutus pienenee arviolta 20–30 %, ja vikakäyntejä voidaan yhdistää.'),
      organisation: none(),
      security: minor('Ohjausyhteys toteutetaan erillisenä, valvottuna yhteytenä eikä toimistoverkon kautta.'),
      dataUse: minor('Keskusten kulutustiedot tallentuvat infraomaisuusrekisteriin.'),
      caseManagement: none()
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Tero Nieminen',
    assessedOn: '2023-08-28',
    scheduleText: 'kevät 2024',
    likelihood: SUHT_VARMAA,
    likelihoodNote: null,
    scheduleOwner: OWNER_AREA,
    costsText: 'Investointi n. 55 000 €, käyttömaksu 2 000 €/vuosi',
    resources: 'Yhdyskuntatekniikka, sähköurakoitsija, tietohallinto',
    status: KAYNNISSA,
    rag: VIHREA,
    progress: 40,
    projectManager: 'Tero Nieminen',
    systems: 'Infrakit, valaistuksen ohjausjärjestelmä'
  }),
  fullTemplate({
    key: 'kunnossapidon-tyonohjaus',
    plans: ['2023-2024'],
    number: '6.3.2',
    title: 'Kunnossapidon työnohjaus ja mobiilikirjaus',
    description:
      'Katujen ja viheralueiden kunnossapidon työtilaukset tulevat puhelimella, sähköpostilla ja ' +
      'palautejärjestelmästä. Otetaan käyttöön työnohjaus, jossa tilaus kohdistetaan kartalle, työ kirjataan ' +
      'mobiilisti ja kuittaus lähtee palautteen antajalle.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: 'Yhdyskuntatekniikka',
    goalKeys: ['asiointi-sisainen', 'laatu'],
    strategicBackground: 'Sähköisen asioinnin parantaminen (sisäinen asiointi)',
    impacts: {
      economic: minor('Tilausten käsittely nopeutuu, ja kustannukset kohdistuvat kohteille.'),
      organisation: minor('Työnjohtajien työ painottuu tilausten jakamisesta valvontaan.'),
      security: none('Ei vaikutusta.'),
      dataUse: minor('Työhistoria tallentuu kohteelle, mikä tukee korjausvelan arviointia.'),
      caseManagement: none('Ei vaikutusta.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Tero Nieminen',
    assessedOn: '2023-09-08',
    scheduleText: '1-10/2024',
    likelihood: SUHT_VARMAA,
    likelihoodNote: null,
    scheduleOwner: OWNER_AREA,
    costsText: 'n. 9 000 €/vuosi',
    resources: 'Kunnossapito, tietohallinto',
    status: HYVAKSYTTY,
    projectManager: 'Tero Nieminen',
    systems: 'Infrakit'
  }),
  fullTemplate({
    key: 'kiinteistoautomaatio',
    plans: ['2023-2024'],
    number: '6.3.3',
    title: 'Kiinteistöautomaation pilvivalvomo',
    description:
      'Rakennusautomaatio on kohteittain erilaisia järjestelmiä, ja valvonta vaatii käyntejä paikan päällä. ' +
      'Selvitetään pilvipohjaista valvomoa, johon kiinteistöt liitetään vaiheittain, sekä sen vaatimia ' +
      'tietoliikennemuutoksia.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: 'Yhdyskuntatekniikka',
    goalKeys: ['laatu'],
    strategicBackground: 'Toiminnan laadullinen parantaminen',
    impacts: {
      economic: unrated('Mahdollisia energiasäästöjä; kustannusarvio on tekemättä.'),
      security: unrated('Automaatioverkkojen eristys ja etäyhteydet on arvioitava ennen päätöstä.'),
      caseManagement: notAssessed()
    },
    assessmentStatus: null,
    assessedBy: null,
    assessedOn: null,
    scheduleText: 'arviolta 2025',
    likelihood: EPAVARMAA_RAHOITUS,
    likelihoodNote: null,
    scheduleOwner: OWNER_AREA,
    costsText: 'Ei vielä tiedossa',
    resources: null,
    status: EHDOTETTU,
    projectManager: null,
    systems: null
  }),
  fullTemplate({
    key: 'locus-cloud',
    plans: ['2021-2022', '2023-2024'],
    number: '6.4.1',
    title: 'Paikkatietojärjestelmän siirto selainpohjaiseksi (Trimble Locus Cloud)',
    description:
      'Paikkatietojärjestelmä on asennettu kymmenelle työasemalle, ja jokainen versiopäivitys vaatii ' +
      'tietohallinnon käynnin. Toimittajan pilviversiossa ohjelma toimii selaimessa. Siirto aloitettiin ' +
      '2022 kantakartan ylläpidosta; kaavoitus, kunnallistekniikka ja osoitteet siirtyvät vuoden 2024 ' +
      'aikana, minkä jälkeen vanhat työasemalisenssit ja palvelin poistuvat.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: 'Maankäyttö',
    goalKeys: ['laatu', 'asiointi-sisainen'],
    strategicBackground: 'Toiminnan laadullinen parantaminen',
    impacts: {
      economic: minor('Palvelinkulut poistuvat; käyttömaksu on hieman nykyistä ylläpitoa suurempi.'),
      organisation: none('Ei muutosta vastuisiin.'),
      security: minor('Kirjautuminen kaupungin kertakirjautumisella; pilvipalvelu on arvioitu.'),
      dataUse: minor('Paikkatiedot ovat kaikkien oikeutettujen käytössä selaimella ilman erillistä asennusta.'),
      caseManagement: none('Ei vaikutusta.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Tero Nieminen',
    assessedOn: '2023-08-28',
    scheduleText: '10/2022–6/2024',
    likelihood: SUHT_VARMAA,
    likelihoodNote: 'Toimittajan resurssit osoitteiden siirrossa ovat olleet pullonkaula.',
    scheduleOwner: OWNER_AREA,
    costsText: 'Käyttömaksu n. 28 000 €/vuosi (nyt 22 000 €/vuosi ylläpitoa + palvelin)',
    resources: 'Paikkatieto, tietohallinto, toimittaja',
    status: KAYNNISSA,
    rag: PUNAINEN,
    ragComment: 'Osoitteiden siirto myöhässä, ja vanhan palvelimen tuki päättyy kesäkuussa.',
    progress: 65,
    projectManager: 'Tero Nieminen',
    systems: 'Trimble Locus Cloud'
  }),
  fullTemplate({
    key: 'kiinteistonvaihdanta',
    plans: ['2023-2024'],
    number: '6.4.2',
    title: 'Sähköisen kiinteistönvaihdannan käyttöönotto',
    description:
      'Maanmittauslaitoksen verkkopalvelussa kiinteistökaupan voi tehdä kokonaan sähköisesti: kauppakirja ' +
      'laaditaan ja allekirjoitetaan palvelussa, kauppahinta maksetaan sen kautta ja lainhuudatus ' +
      'käynnistyy automaattisesti. Kaupunki haluaa tarjota tämän vaihtoehdon omakotitonttien ostajille; ' +
      'perinteinen kaupanvahvistus säilyy rinnalla. Käyttöönotto on kirjattu asunto- ja maapoliittiseen ' +
      'ohjelmaan, mutta valmistelua ei ole aloitettu.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: 'Maankäyttö',
    goalKeys: ['asiointi-ulkoinen'],
    strategicBackground: 'Sähköisen asioinnin parantaminen (ulkoiset asiakkaat)',
    impacts: {
      economic: minor('Kaupanvahvistajan palkkiot ja tilaisuuksien järjestely vähenevät niiltä osin kuin ostaja valitsee ' +
          'sähköisen kaupan.'),
      organisation: minor('Kauppojen valmistelun työnjako maankäytön ja hallintopalveluiden välillä tarkentuu.'),
      security: none('Tunnistautuminen hoidetaan palvelussa pankkitunnuksilla tai mobiilivarmenteella; kaupungin ' +
          'järjestelmiin ei tule muutoksia.'),
      dataUse: minor('Kauppakirjat syntyvät sähköisinä Maanmittauslaitoksen palvelussa.'),
      caseManagement: none('Ei vaikutusta.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Tero Nieminen',
    assessedOn: '2023-09-08',
    scheduleText: '1/2024–12/2026',
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote: 'Aloitus aikaisintaan vuoden 2024 aikana.',
    scheduleOwner: OWNER_AREA,
    costsText: 'Ei vielä tiedossa',
    resources: 'Maankäyttö, hallintopalvelut',
    status: HYVAKSYTTY,
    projectManager: null,
    systems: 'Maanmittauslaitoksen kiinteistönvaihdantapalvelu'
  }),
  fullTemplate({
    key: 'osoitetietojarjestelma',
    plans: ['2023-2024'],
    number: '6.4.3',
    title: 'Valtakunnallinen osoitetietojärjestelmä ja pysyvä rakennustunnus',
    description:
      'Maanmittauslaitoksen valtakunnallinen osoitetietojärjestelmä ja pysyvä rakennustunnus muuttavat ' +
      'osoitteiden ja rakennustietojen ylläpitoa. Kaupungin osoiterekisteri yhtenäistetään ja rakennustiedot ' +
      'täsmäytetään väestötietojärjestelmän kanssa ennen siirtymää.',
    category: SERVICE_AREA,
    serviceArea: TEKNISET,
    unit: 'Maankäyttö',
    goalKeys: ['lainsaadanto', 'laatu'],
    strategicBackground: 'Kansalliset tietovarannot',
    impacts: {
      economic: minor('Kertaluonteinen täsmäytystyö; jatkossa päällekkäinen ylläpito vähenee.'),
      organisation: minor('Osoitteiden ylläpidon vastuu kirjataan maankäytölle.'),
      security: none(),
      dataUse: major('Osoitteet ja rakennustiedot ylläpidetään kansallisessa järjestelmässä ja haetaan sieltä rajapinnalla.'),
      caseManagement: none()
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Tero Nieminen',
    assessedOn: '2023-09-08',
    scheduleText: '2024–2025',
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote: null,
    scheduleOwner: OWNER_EXTERNAL,
    costsText: 'Vain omaa työtä, toimittajan rajapintamuutokset ylläpitosopimuksessa',
    resources: 'Maankäyttö, rakennusvalvonta',
    status: HYVAKSYTTY,
    projectManager: 'Tero Nieminen',
    systems: 'Trimble Locus, Lupapiste'
  })
];

export const DEMO_PROJECTS_2023_PALVELUALAT: readonly DemoProject[] = [
  ...SIVISTYSPALVELUT,
  ...SOSIAALI_JA_TERVEYS,
  ...TEKNISET_PALVELUT
];
