/**
 * Demo projects of the plan "syksy 2023 ja vuosi 2024" (full template with change-impact
 * assessments): section 2, infrastructure owned by IT. Includes projects carried over from earlier plans.
 */
import type { DemoProject } from './demoContent.types';
import {
  ARVIO_HYVAKSYTTY,
  ARVIO_LUONNOS,
  EHDOTETTU,
  EPAVARMAA_RAHOITUS,
  EPAVARMAA_ULKOISET,
  HYVAKSYTTY,
  INFRA,
  KAYNNISSA,
  KELTAINEN,
  OWNER_EXTERNAL,
  OWNER_IT,
  PUNAINEN,
  SUHT_VARMAA,
  TIETOHALLINTO,
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

export const DEMO_PROJECTS_2023_INFRA: readonly DemoProject[] = [
  fullTemplate({
    key: 'omaisuudenhallinta',
    plans: ['2023-2024'],
    number: '2.1',
    title: 'Omaisuudenhallinta Efectessä (Asset Management)',
    description:
      'Laitetiedot ovat hajallaan: työasemat näkyvät SCCM:ssä ja Intunessa, puhelimet operaattorin portaalissa, ' +
      'näytöt ja telakat eivät missään. Efecten omaisuudenhallinta otetaan kunnolla käyttöön ja sinne ' +
      'rakennetaan integraatiot SCCM:stä ja Intunesta. Tiedot, joita integraatiot eivät tuo – hankintapäivä, ' +
      'takuu, hinta ja kustannuspaikka – tuodaan kerran massasiirtona hankintaraporteista ja jatkossa suoraan ' +
      'tilaukselta. Mukaan tulevat myös opetuksen laitteet ja oheislaitteet.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['laatu'],
    strategicBackground: 'Toiminnan laadullinen parantaminen',
    impacts: {
      economic: minor(
        'Laitteiden sisäinen laskutus kohdistuu oikeille kustannuspaikoille. Inventaarioon ja takuuselvittelyyn ' +
          'kuluva käsityö vähenee, ja elinkaarivaihdot voidaan suunnitella todellisen laitekannan perusteella.'
      ),
      organisation: minor(
        'Laiterekisterin omistaa tietohallinto; palvelualojen yhteyshenkilöt ilmoittavat laitteiden siirroista.'
      ),
      security: minor('Tiedetään, missä jokainen laite on ja onko se päivitetty. Kadonneen laitteen jäljitys nopeutuu.'),
      dataUse: minor('Laitekannan raportit saadaan suoraan rekisteristä; erillisiä inventaariotaulukoita ei enää ' +
          'ylläpidetä.'),
      caseManagement: none()
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Markku Rantanen',
    assessedOn: '2023-08-24',
    scheduleText: '4/2023–12/2023',
    likelihood: SUHT_VARMAA,
    likelihoodNote: 'Vaatii asiantuntijan aikaa syksyllä, jolloin tukikuorma on suurimmillaan.',
    scheduleOwner: OWNER_IT,
    costsText: '5000 – 10000 €',
    resources: 'Tietohallinto, Efecten konsultointi',
    status: VALMIS,
    rag: VIHREA,
    progress: 100,
    projectManager: 'Heidi Lindqvist',
    systems: 'Efecte, SCCM, Intune'
  }),
  fullTemplate({
    key: 'integraatioalusta',
    plans: ['2021-2022', '2023-2024'],
    number: '2.2',
    title: 'Integraatioalusta ja tiedonsiirtojen automatisointi',
    description:
      'Järjestelmien välillä on yli 60 tiedonsiirtoa, joista suuri osa on ajastettuja tiedostosiirtoja ' +
      'verkkolevyn kautta ja osa kokonaan käsin tehtyjä. Kaudella 2021–2022 siirrot kartoitettiin ja ' +
      'kuvattiin. Nyt ne viedään vaiheittain integraatioalustalle, jota maakunnan kunnat rakentavat ' +
      'yhteisessä, valtionavustuksella rahoitetussa hankkeessa. Ensimmäisinä vuorossa ovat ' +
      'henkilöstötiedot, laskutusaineistot ja väestötietojen päivitykset. Jokainen siirto dokumentoidaan ja ' +
      'sille nimetään omistaja.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['laatu', 'asiointi-sisainen'],
    strategicBackground: 'Toiminnan laadullinen parantaminen',
    impacts: {
      economic: minor(
        'Käsin tehtävät siirrot ja niiden virheiden korjaaminen vähenevät. Alustan ylläpito jaetaan kuntien ' +
          'kesken, joten omat integraatiopalvelimet voidaan myöhemmin purkaa.'
      ),
      organisation: minor('Jokaisella tiedonsiirrolla on nimetty omistaja, ja virhetilanteiden hoito on sovittu.'),
      security: minor('Siirrot kulkevat salattuina ja lokitettuina; verkkolevyjen kautta kulkevat tiedostot poistuvat.'),
      dataUse: major(
        'Tiedonsiirrot yhtenäistyvät, ja sama rajapinta palvelee useaa järjestelmää. Tietoa voidaan luovuttaa ' +
          'muille viranomaisille hallitusti rajapinnan kautta.'
      ),
      caseManagement: unknown('Selviää, kun asianhallinnan integraatiot on kartoitettu.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Markku Rantanen',
    assessedOn: '2023-08-24',
    scheduleText: '3/2021–5/2024',
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote:
      'Alueellisen alustan aikataulu ei ole omissa käsissä. Koska jokainen siirto on oma pieni ' +
      'toteutuksensa, viivästys siirtää vain osaa niistä.',
    scheduleOwner: OWNER_IT,
    costsText: '20 000 – 50 000 € (suurelta osin hankerahoitusta)',
    fundingNote: 'Alueellinen hanke, valtionavustus',
    resources: 'Tietohallinto, järjestelmien pääkäyttäjät, alueellisen hankkeen integraatioasiantuntijat',
    status: KAYNNISSA,
    rag: KELTAINEN,
    ragComment: 'Alueellisen alustan tuotantoympäristö viivästyi kaksi kuukautta; henkilöstötietojen siirrot testissä.',
    progress: 55,
    projectManager: 'Maija Muokkaaja',
    systems: 'alueellinen integraatioalusta, Populus, ProEconomica Premium'
  }),
  fullTemplate({
    key: 'vpn-vaihto',
    plans: ['2023-2024'],
    number: '2.3',
    title: 'Etäyhteysratkaisun vaihto (Fortinet VPN)',
    description:
      'Etäyhteyslisenssit ostettiin jo vuoden 2021 palomuurikilpailutuksessa. Vanha VPN korvataan ' +
      'FortiClientilla, ja etäyhteydet rajataan käyttäjäryhmittäin niihin järjestelmiin, joita kukin ' +
      'tarvitsee. Toimittajien etäyhteydet siirretään samaan ratkaisuun.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['tietoturva', 'laatu'],
    strategicBackground: 'Tietoturvan parantaminen. Toiminnan laadullinen kehittäminen.',
    impacts: {
      economic: none('Vanhan VPN:n ylläpitomaksu, noin 4 000 €/vuosi, jää pois; uudet lisenssit ostettiin jo palomuurien ' +
          'mukana.'),
      organisation: none('Ei muutosta.'),
      security: major(
        'Etäyhteys vaatii monivaiheisen tunnistautumisen ja laitteen tarkistuksen. Pääsy rajataan ryhmittäin, ' +
          'ja toimittajien yhteydet näkyvät lokissa.'
      ),
      dataUse: none(),
      caseManagement: none()
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Ville Karjalainen',
    assessedOn: '2023-08-21',
    scheduleText: '5/2023–8/2023',
    likelihood: VARMAA,
    likelihoodNote: null,
    scheduleOwner: OWNER_IT,
    costsText: 'Ei erillisiä kustannuksia (lisenssit palomuurihankinnassa 2021)',
    resources: 'Tietohallinto',
    status: VALMIS,
    rag: VIHREA,
    progress: 100,
    projectManager: 'Ville Karjalainen',
    systems: 'Fortinet FortiGate, FortiClient'
  }),
  fullTemplate({
    key: 'jatkuvuudenhallinta',
    plans: ['2021-2022', '2023-2024'],
    number: '2.4',
    title: 'Jatkuvuudenhallinta ja elpymissuunnitelmat',
    description:
      'Kaupungilla ei ole yhtenäistä kuvaa siitä, mitkä palvelut on saatava käyntiin ensimmäisinä vakavan ' +
      'häiriön jälkeen. Palvelualat priorisoivat palvelunsa ja kuvaavat työpajoissa, miten toiminta jatkuu, ' +
      'jos järjestelmä tai tietoliikenne on poissa käytöstä tunnin, päivän tai viikon. Tietohallinto tekee ' +
      'näiden pohjalta järjestelmäkohtaiset elpymissuunnitelmat: palautusjärjestys, vastuuhenkilöt, ' +
      'toimittajien yhteystiedot ja harjoitusaikataulu. Työ alkoi edellisellä kaudella, mutta ' +
      'hyvinvointialueen erottelu vei resurssit ja suurin osa työpajoista siirtyi.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['laatu', 'tietoturva'],
    strategicBackground: 'Toiminnan laadullinen parantaminen',
    impacts: {
      economic: minor('Katkot lyhenevät, ja varajärjestelyistä on päätetty etukäteen eikä kriisin keskellä.'),
      organisation: major(
        'Palvelualat ottavat omistajuuden palveluidensa jatkuvuudesta. Tiedonhallintalain ja valmiuslain ' +
          'velvoitteet katetaan samalla dokumentaatiolla.'
      ),
      security: major('Häiriötilanteessa tiedetään, mitkä järjestelmät palautetaan ensin ja kuka tekee päätökset; kiireessä ' +
          'ei oikaista tietoturvasta.'),
      dataUse: minor('Suunnitelmat ylläpidetään Digiturvamallissa, josta ne löytyvät myös silloin, kun suunnitelman ' +
          'laatija on lomalla.'),
      caseManagement: none()
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Markku Rantanen',
    assessedOn: '2023-08-28',
    scheduleText: '4/2022–4/2024',
    likelihood: VARMAA,
    likelihoodNote: 'Itsestä kiinni, mutta edellyttää, että palvelualat osallistuvat työpajoihin.',
    scheduleOwner: OWNER_IT,
    costsText: 'Pääosin omaa työtä; Digiturvamallin lisämoduuli 2 000 – 5 000 €',
    resources: 'Palveluala n. 1 htp per prosessi, tietohallinto n. 2 htp per prosessi',
    status: KAYNNISSA,
    rag: KELTAINEN,
    ragComment: 'Sivistyspalveluiden työpajat siirtyivät kevääseen.',
    progress: 60,
    projectManager: 'Ville Karjalainen',
    systems: 'Digiturvamalli'
  }),
  fullTemplate({
    key: 'jarjestelmakartta',
    plans: ['2023-2024'],
    number: '2.5',
    title: 'Järjestelmäkartta ajan tasalle',
    description:
      'Efecten järjestelmärekisterissä on noin 240 järjestelmää, mutta omistaja- ja toimittajatiedot ovat osin ' +
      'vanhoja. Tiedot tarkistetaan pääkäyttäjien kanssa, ja selvitetään, voiko rekisterin ja Digiturvamallin ' +
      'välille tehdä rajapinnan, ettei samaa tietoa ylläpidetä kahdessa paikassa.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['laatu'],
    strategicBackground: 'Toiminnan laadullinen parantaminen',
    impacts: {
      economic: minor('Lisenssien ja sopimusten päällekkäisyydet tulevat näkyviin.'),
      organisation: minor('Jokaisella järjestelmällä on ajantasainen omistaja ja pääkäyttäjä.'),
      security: minor('Käyttöoikeuskatselmoinnit osataan kohdistaa oikeille henkilöille.'),
      dataUse: minor('Järjestelmätiedot ylläpidetään yhdessä paikassa ja välitetään rajapinnalla.'),
      caseManagement: none('Ei vaikutusta.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Markku Rantanen',
    assessedOn: '2023-08-28',
    scheduleText: '6/2023–12/2023',
    likelihood: VARMAA,
    likelihoodNote: null,
    scheduleOwner: OWNER_IT,
    costsText: 'Konsultointi Efecten ja Digiturvamallin kanssa n. 5 000 €',
    resources: 'Tietohallinnon asiantuntija, pääkäyttäjät',
    status: KAYNNISSA,
    rag: KELTAINEN,
    ragComment: 'Tietojen tarkistus valmis, rajapintaselvitys kesken.',
    progress: 80,
    projectManager: 'Heidi Lindqvist',
    systems: 'Efecte, Digiturvamalli'
  }),
  fullTemplate({
    key: 'kameratallentimet',
    plans: ['2021-2022', '2023-2024'],
    number: '2.6',
    title: 'Kameravalvonnan tallentimien yhdistäminen',
    description:
      'Kameravalvonnalla on kaksi tallenninpalvelinta, koska kameroiden määrä ylitti aikanaan yhden ' +
      'palvelimen lisenssirajan. Valmistajan uusi lisenssimalli sallii nyt selvästi enemmän kameroita ' +
      'palvelinta kohden. Kun hyvinvointialue on siirtänyt omat kameransa (noin 60 kpl) omaan järjestelmäänsä, ' +
      'loput kamerat siirretään yhdelle palvelimelle ja toinen palvelin lisensseineen poistetaan.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['laatu'],
    strategicBackground: 'Toiminnan laadullinen parantaminen',
    impacts: {
      economic: minor('Yhden palvelimen ylläpito- ja lisenssimaksut poistuvat, säästö noin 3 000 €/vuosi.'),
      organisation: none('Ei vaikutusta.'),
      security: none('Ei muutosta; käyttöoikeudet siirtyvät sellaisinaan.'),
      dataUse: none('Ei vaikutusta.'),
      caseManagement: none('Ei vaikutusta.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Markku Rantanen',
    assessedOn: '2023-08-24',
    scheduleText: '8/2023–3/2024',
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote: 'Riippuu hyvinvointialueen kameroiden siirtoaikataulusta.',
    scheduleOwner: OWNER_IT,
    costsText: 'Ei investointia; säästö n. 3 000 €/vuosi',
    resources: 'Tietohallinto',
    status: KAYNNISSA,
    rag: PUNAINEN,
    ragComment: 'Hyvinvointialueen siirto ei ole alkanut; uusi arvio kesä 2024.',
    progress: 20,
    projectManager: 'Maija Muokkaaja',
    systems: 'keskitetty kameravalvonta'
  }),
  fullTemplate({
    key: 'kayttajahallinta',
    plans: ['2019-2020', '2021-2022', '2023-2024'],
    number: '2.7',
    title: 'Käyttäjä- ja käyttöoikeushallinnan automatisointi',
    description:
      'Hanke alkoi suunnitelmakaudella 2019–2020, kun käyttäjähallinnan prosessit kuvattiin ja todettiin, että ' +
      'tunnukset perustetaan ja poistetaan käsin sähköpostipyyntöjen perusteella. Raskaiden IDM-tuotteiden ' +
      'sijaan valittiin Efecten IGA-moduuli, joka oli jo osa palveluportaalia. Kaudella 2021–2022 automaatio ' +
      'otettiin käyttöön sivistyspalveluissa: oppilaiden ja opettajien tunnukset syntyvät ja poistuvat ' +
      'oppilashallinnon tietojen perusteella. Laajennus koko henkilöstöön jäi hyvinvointialueen erottelun ' +
      'jalkoihin. Nyt HR-järjestelmästä tuleva tieto alkavasta, muuttuvasta tai päättyvästä palvelussuhteesta ' +
      'käynnistää tunnusten ja perusoikeuksien muutokset automaattisesti, ja esihenkilö hyväksyy lisäoikeudet portaalissa.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['laatu', 'tietoturva', 'sisaiset-prosessit'],
    strategicBackground: 'Toiminnan laadullinen parantaminen; tietoturva',
    impacts: {
      economic: minor(
        'Lisenssit ovat jo olemassa. Tunnusten käsin tehtävä ylläpito vähenee arviolta puolen henkilötyövuoden ' +
          'verran, ja päättyneiden palvelussuhteiden tunnukset suljetaan ajallaan.'
      ),
      organisation: major(
        'Käyttöoikeuksien myöntäminen on selkeästi esihenkilön ja järjestelmän omistajan vastuulla; tietohallinto ' +
          'vastaa automaation toiminnasta.'
      ),
      security: major('Oikeudet seuraavat palvelussuhdetta päivän tarkkuudella, ja muutoshistoria on tarkastettavissa. ' +
          'Työsuhteen päättyessä unohtuneet tunnukset poistuvat.'),
      dataUse: minor('HR-järjestelmä on henkilötiedon ensisijainen lähde; muut järjestelmät saavat tiedon sieltä.'),
      caseManagement: none('Ei vaikutusta.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Markku Rantanen',
    assessedOn: '2023-08-24',
    scheduleText: '4/2023–6/2024',
    likelihood: VARMAA,
    likelihoodNote: null,
    scheduleOwner: OWNER_IT,
    costsText:
      'Investointi: konsultointi n. 15 000 €. Lisenssit on jo maksettu (palveluportaalin sopimus).',
    resources: 'Tietohallinnon asiantuntija, HR-järjestelmän pääkäyttäjä, Efecten konsultit',
    status: KAYNNISSA,
    rag: VIHREA,
    ragComment: 'Uusien työntekijöiden tunnukset syntyvät automaattisesti helmikuusta alkaen.',
    progress: 70,
    projectManager: 'Heidi Lindqvist',
    systems: 'Efecte IGA, Populus, Active Directory, Entra ID'
  }),
  fullTemplate({
    key: 'nis2',
    plans: ['2023-2024'],
    number: '2.8',
    title: 'NIS2-direktiivin vaatimukset: kaupunki, liikelaitos ja tytäryhtiöt',
    description:
      'EU:n NIS2-direktiivi laajentaa kyberturvallisuuden riskienhallinta- ja raportointivelvoitteet ' +
      'entistä useammille toimialoille. Järvenrannassa direktiivi koskee ainakin vesihuoltoliikelaitosta ja ' +
      'energiayhtiötä, mahdollisesti myös kaupungin hallintoa – se riippuu kansallisesta laista, joka on vielä ' +
      'valmistelussa. Ensimmäisessä vaiheessa selvitetään, mitkä toiminnot kuuluvat soveltamisalaan, ja ' +
      'verrataan nykyisiä käytäntöjä vaatimuksiin. Toisessa vaiheessa toteutetaan puuttuvat toimet, kuten ' +
      'poikkeamien ilmoitusprosessi ja toimitusketjun riskiarviot.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['lainsaadanto', 'tietoturva'],
    strategicBackground: 'Lainsäädäntö eli pakko. Tietoturvan parantaminen.',
    impacts: {
      economic: unknown('Kustannukset riippuvat kansallisesta laista ja siitä, mitkä toiminnot kuuluvat soveltamisalaan.'),
      organisation: major('Direktiivi tekee johdosta vastuullisen kyberriskien hallinnasta; tytäryhtiöiden ja liikelaitoksen ' +
          'vastuut on määriteltävä.'),
      security: major(
        'Riskiperusteinen arviointi, toimitusketjun turvallisuus ja merkittävien poikkeamien ilmoittaminen ' +
          'viranomaiselle määräajassa (ensi-ilmoitus 24 tunnissa).'
      ),
      dataUse: minor('Poikkeamista kootaan tiedot viranomaisraportointia varten; raportointikanava on sovittava.'),
      caseManagement: unknown('Ei tietoa tässä vaiheessa.')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Ville Karjalainen',
    assessedOn: '2023-09-05',
    scheduleText: '10/2023–12/2025',
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote: 'Kansallinen laki on valmisteilla; vaatimusten tarkkuus ja aikataulu selviävät vasta sen myötä.',
    scheduleOwner: OWNER_EXTERNAL,
    costsText: 'Ei tietoa',
    resources: 'Tietohallinto, vesihuoltoliikelaitos, tytäryhtiöiden johto, riskienhallinta',
    mandatoryByLaw: true,
    status: KAYNNISSA,
    rag: KELTAINEN,
    ragComment: 'Soveltamisalan kartoitus valmis, hallituksen esitystä odotetaan.',
    progress: 15,
    projectManager: 'Ville Karjalainen',
    systems: null
  }),
  fullTemplate({
    key: 'windows-server-2012',
    plans: ['2023-2024'],
    number: '2.9',
    title: 'Windows Server 2012 -palvelinten päivitys',
    description:
      'Windows Server 2012:n tuki päättyy lokakuussa 2023. Jäljellä on 23 palvelinta, joiden käyttöjärjestelmä ' +
      'päivitetään tai joiden sovellus siirretään uudelle palvelimelle. Kahden sovelluksen toimittaja ei ole ' +
      'vielä vahvistanut tukea uudemmalle versiolle.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['laatu', 'tietoturva'],
    strategicBackground: 'Toiminnan laadullinen parantaminen',
    impacts: {
      economic: none('Ei suoria kustannuksia, työ tehdään omana työnä.'),
      organisation: none(),
      security: major('Palvelimet jäisivät ilman tietoturvapäivityksiä, mikä ei ole hyväksyttävä riski.'),
      dataUse: none(),
      caseManagement: none()
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Markku Rantanen',
    assessedOn: '2023-08-21',
    scheduleText: '5/2023–10/2023',
    likelihood: EPAVARMAA_ULKOISET,
    likelihoodNote:
      'Kahden sovelluksen osalta riippuu toimittajasta; varasuunnitelmana palvelimet siirretään erilliseen ' +
      'verkkosegmenttiin.',
    scheduleOwner: OWNER_IT,
    costsText: 'Vain henkilöstökustannuksia',
    resources: 'Tietohallinto',
    status: VALMIS,
    rag: VIHREA,
    ragComment: 'Valmis. Yksi palvelin eristetty odottamaan toimittajan päivitystä.',
    progress: 100,
    projectManager: 'Juha Kettunen',
    systems: 'Windows Server 2022'
  }),
  fullTemplate({
    key: 'verkkolaitteiden-elinkaari',
    plans: ['2021-2022', '2023-2024'],
    number: '2.10',
    title: 'Verkkolaitteiden elinkaariuusinnat',
    description:
      'Verkon aktiivilaitteista noin viidennes vaihdetaan vuosittain. Kaudella 2021–2022 käytiin läpi ' +
      'koulut; nyt vuorossa ovat kaupungintalo, kirjastot ja liikuntapaikat. Vaihdon yhteydessä laite ' +
      'siirtyy keskitetyn hallinnan piiriin ja kaapelointikuvat päivitetään.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['laatu'],
    strategicBackground: 'Toiminnan laadun parantaminen',
    impacts: {
      economic: none('Normaali elinkaarikustannus, sisältyy investointiohjelmaan.'),
      organisation: none('ei vaikutusta'),
      security: minor('Vanhentuneet laitteet, joihin ei enää tule päivityksiä, poistuvat verkosta.'),
      dataUse: none('ei vaikutusta'),
      caseManagement: none('ei vaikutusta')
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Markku Rantanen',
    assessedOn: '2023-08-21',
    scheduleText: 'jatkuva',
    likelihood: VARMAA,
    likelihoodNote: null,
    scheduleOwner: OWNER_IT,
    costsText: 'n. 60 000 €/vuosi (investointiohjelmassa)',
    resources: 'Tietohallinto',
    status: KAYNNISSA,
    rag: VIHREA,
    progress: 40,
    projectManager: 'Petri Haapala',
    systems: 'Aruba, keskitetty verkonhallinta'
  }),
  fullTemplate({
    key: 'tietoturvakoulutus',
    plans: ['2021-2022', '2023-2024'],
    number: '2.11',
    title: 'Henkilöstön tietoturvakoulutus ja kalasteluharjoitukset',
    description:
      'Tietoturvan verkkokurssi tuli pakolliseksi koko henkilöstölle 2022, ja suoritusaste on nyt 71 %. ' +
      'Jatkossa kurssi uusitaan kahden vuoden välein, ja sitä täydennetään kalasteluharjoituksilla kahdesti ' +
      'vuodessa. Esihenkilöt saavat raportin tiiminsä suorituksista.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['tietoturva'],
    strategicBackground: 'Tietoturvan parantaminen',
    impacts: {
      economic: minor('Koulutusalusta maksaa noin 6 000 €/vuosi; onnistunut kalasteluhyökkäys maksaisi moninkertaisesti.'),
      organisation: minor('Esihenkilöt vastaavat siitä, että tiimi on suorittanut koulutuksen.'),
      security: major(
        'Käyttäjät tunnistavat kalasteluviestit paremmin ja ilmoittavat niistä. Tämä on tärkein yksittäinen suoja ' +
          'tunnusten kalastelua vastaan.'
      ),
      dataUse: none(),
      caseManagement: none()
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Ville Karjalainen',
    assessedOn: '2023-08-21',
    scheduleText: 'vuosittain, kampanjat keväisin ja syksyisin',
    likelihood: VARMAA,
    likelihoodNote: null,
    scheduleOwner: OWNER_IT,
    costsText: 'noin 6 000 €/vuosi',
    resources: 'Tietohallinto, HR',
    status: KAYNNISSA,
    rag: VIHREA,
    ragComment: 'Syksyn harjoituksessa 9 % klikkasi linkkiä (keväällä 14 %).',
    progress: null,
    projectManager: 'Ville Karjalainen',
    systems: 'verkkokoulutusalusta, Microsoft Defender (hyökkäyssimulaatiot)'
  }),
  fullTemplate({
    key: 'mfa-kaikille',
    plans: ['2023-2024'],
    number: '2.12',
    title: 'Monivaiheisen tunnistautumisen laajentaminen kaikille',
    description:
      'Monivaiheinen tunnistautuminen on käytössä etäyhteyksissä ja ylläpitotunnuksilla, mutta ei vielä kaikilla ' +
      'käyttäjillä Microsoft 365 -palveluissa. Se laajennetaan koko henkilöstöön ehdollisen pääsyn säännöillä: ' +
      'kaupungin hallitulta laitteelta kirjautuminen sujuu kuten ennenkin, muualta tarvitaan Authenticator-' +
      'hyväksyntä. Työntekijät, joilla ei ole työpuhelinta (osa ruokapalveluista ja siivouksesta), saavat FIDO2-avaimen.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['tietoturva'],
    strategicBackground: 'Tietoturvan parantaminen',
    impacts: {
      economic: minor('Avainten hankinta noin 8 000 €. Salasanan nollauspyyntöjen odotetaan vähenevän.'),
      organisation: none('Ei muutosta vastuisiin.'),
      security: major(
        'Pelkällä varastetulla salasanalla ei enää pääse kaupungin sähköpostiin eikä tiedostoihin. Poistaa ' +
          'riskiarvion merkittävimmän yksittäisen riskin.'
      ),
      dataUse: none(),
      caseManagement: none()
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Ville Karjalainen',
    assessedOn: '2023-08-29',
    scheduleText: 'alkuvuosi 2024',
    likelihood: SUHT_VARMAA,
    likelihoodNote: 'Avainten jakelu työntekijöille, joilla ei ole työpuhelinta, vie aikaa.',
    scheduleOwner: OWNER_IT,
    costsText: 'FIDO2-avaimet n. 8 000 €, lisenssit jo olemassa',
    resources: 'Tietohallinto, palvelualojen yhteyshenkilöt',
    status: KAYNNISSA,
    rag: VIHREA,
    progress: 45,
    projectManager: 'Ville Karjalainen',
    systems: 'Microsoft Entra ID, Authenticator, FIDO2-avaimet'
  }),
  fullTemplate({
    key: 'varmuuskopiointi',
    plans: ['2023-2024'],
    number: '2.13',
    title: 'Varmuuskopioinnin uudistus',
    description:
      'Varmuuskopiot otetaan samaan konesaliin, jossa palvelimetkin ovat, eikä kopioita ole suojattu ' +
      'muuttamiselta. Kiristyshaittaohjelma voisi salata sekä palvelimet että niiden varmuuskopiot. Otetaan ' +
      'käyttöön muuttumaton (immutable) kopio toiseen sijaintiin ja testataan palautus neljännesvuosittain. ' +
      'Microsoft 365 -datalle (Exchange, OneDrive, SharePoint) hankitaan oma varmistus.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['tietoturva', 'laatu'],
    strategicBackground: 'Tietoturvan parantaminen',
    impacts: {
      economic: minor('Lisäkustannus noin 12 000 €/vuosi.'),
      organisation: none(),
      security: major('Tiedot voidaan palauttaa myös kiristyshaittaohjelmahyökkäyksen jälkeen.'),
      dataUse: minor('Varmuuskopioiden säilytysajat määritellään tiedonohjaussuunnitelman mukaisiksi.'),
      caseManagement: none()
    },
    assessmentStatus: ARVIO_HYVAKSYTTY,
    assessedBy: 'Markku Rantanen',
    assessedOn: '2023-09-04',
    scheduleText: '1/2024–6/2024',
    likelihood: EPAVARMAA_RAHOITUS,
    likelihoodNote: 'Jatkuva kustannus on hyväksyttävä vuoden 2024 talousarviossa.',
    scheduleOwner: OWNER_IT,
    costsText: 'n. 12 000 €/vuosi, käyttöönotto 4 000 €',
    resources: 'Tietohallinto, konesalitoimittaja',
    status: HYVAKSYTTY,
    projectManager: 'Juha Kettunen',
    systems: 'Tiera, Microsoft 365 -varmistuspalvelu'
  }),
  fullTemplate({
    key: 'soc-palvelu',
    plans: ['2023-2024'],
    number: '2.14',
    title: 'Tietoturvan valvontapalvelu (SOC)',
    description:
      'Selvitetään ympärivuorokautisen tietoturvavalvonnan hankintaa palveluna. Tarjolla on sekä kuntien yhteisiä ' +
      'että kaupallisia palveluita.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['tietoturva'],
    strategicBackground: 'Tietoturvan parantaminen',
    impacts: {
      economic: unknown('Kustannukset selviävät markkinakartoituksessa.'),
      security: notAssessed()
    },
    assessmentStatus: null,
    assessedBy: null,
    assessedOn: null,
    scheduleText: '2024, arviolta Q3',
    likelihood: EPAVARMAA_RAHOITUS,
    likelihoodNote: null,
    scheduleOwner: OWNER_IT,
    costsText: 'arviolta 30 000 – 60 000 €/vuosi',
    resources: null,
    status: EHDOTETTU,
    projectManager: 'Ville Karjalainen',
    systems: null
  }),
  fullTemplate({
    key: 'tekoalyavustajat',
    plans: ['2023-2024'],
    number: '2.15',
    title: 'Tekoälyavustajien kokeilu',
    description:
      'Microsoft 365 Copilotia ja muita generatiivisen tekoälyn työkaluja kokeillaan noin 20 käyttäjän ' +
      'ryhmällä viestinnästä, asiahallinnosta ja tietohallinnosta. Kokeilun aikana laaditaan tekoälyn ' +
      'käyttöohje ja arvioidaan, mitä tietoja avustaja näkee. Avustaja hakee kaikkea, mihin käyttäjällä on ' +
      'oikeus, joten liian laajat SharePoint-oikeudet tulevat väistämättä esiin.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['asiointi-sisainen'],
    strategicBackground: 'Sähköisen asioinnin parantaminen (sisäinen asiointi)',
    impacts: {
      economic: unrated('Lisenssi on kallis, noin 30 €/kk käyttäjää kohden; hyöty arvioidaan kokeilussa.'),
      organisation: notAssessed(),
      security: unrated('Käyttöoikeudet on siivottava ennen laajempaa käyttöä.'),
      dataUse: notAssessed(),
      caseManagement: notAssessed()
    },
    assessmentStatus: null,
    assessedBy: null,
    assessedOn: null,
    scheduleText: 'Avoin',
    likelihood: null,
    likelihoodNote: null,
    scheduleOwner: OWNER_IT,
    costsText: 'Kokeilu 20 lisenssiä n. 7 200 €/vuosi',
    resources: 'Tietohallinto, pilottikäyttäjät',
    status: EHDOTETTU,
    projectManager: 'Heidi Lindqvist',
    systems: 'Microsoft 365 Copilot'
  }),
  fullTemplate({
    key: 'windows11',
    plans: ['2023-2024'],
    number: '2.16',
    title: 'Työasemien Windows 11 -päivitys',
    description:
      'Windows 10:n tuki päättyy lokakuussa 2025. Noin 1 300 työasemasta suurin osa päivitetään Intunen kautta ' +
      'etänä; noin 180 konetta ei täytä laitteistovaatimuksia, ja ne vaihdetaan aikaistettuina elinkaarivaihtoina. ' +
      'Opetuksen koneet päivitetään kesälomien aikana.',
    category: INFRA,
    serviceArea: TIETOHALLINTO,
    unit: null,
    goalKeys: ['laatu', 'tietoturva'],
    strategicBackground: 'Toiminnan laadullinen parantaminen',
    impacts: {
      economic: minor('Noin 180 koneen vaihto aikaistuu, mikä nostaa vuoden 2025 leasingkuluja.'),
      organisation: none(),
      security: minor('Tuettu käyttöjärjestelmä ja uudemmat suojausominaisuudet.'),
      dataUse: none(),
      caseManagement: none()
    },
    assessmentStatus: ARVIO_LUONNOS,
    assessedBy: 'Juha Kettunen',
    assessedOn: '2023-11-14',
    scheduleText: '1/2024–6/2025',
    likelihood: SUHT_VARMAA,
    likelihoodNote: null,
    scheduleOwner: OWNER_IT,
    costsText: 'Aikaistetut laitevaihdot n. 90 000 €',
    resources: 'Tietohallinto, koulujen IT-tukihenkilöt',
    status: HYVAKSYTTY,
    projectManager: 'Juha Kettunen',
    systems: 'Windows 11, Intune'
  })
];
