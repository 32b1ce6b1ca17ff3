import { DEMO_KNOWN, DEMO_UNITS } from './demo-known.js';
import { demoEmail, demoLink, fictionalPhone, PLACES, type DemoService } from './demo-service-types.js';

/** The low-threshold conversation service (the one the public journey looks for), treatment and the municipal psychologist. */
export const TALK_SERVICE: DemoService = {
  slug: DEMO_KNOWN.talkServiceSlug, unit: DEMO_UNITS.mentalHealth, type: 'mental_health', ages: [12, 23],
  needs: ['someone_to_talk_to', 'mental_health', 'family_and_parenting', 'bullying'], selfReferral: true,
  nb: {
    name: DEMO_KNOWN.talkServiceName,
    summary: 'Trenger du noen å snakke med? Du kan få inntil fem samtaler med en erfaren samtalepartner, raskt og uten henvisning.',
    whoWeAre: 'Vi er psykiatriske sykepleiere og en psykolog i Psykisk helse barn og unge. Vi har taushetsplikt og lang erfaring med å snakke med ungdom.',
    whatWeOffer: 'Et lavterskeltilbud der du kan snakke med noen om det som er vanskelig: tristhet, bekymringer, stress, ensomhet, konflikter hjemme, mobbing eller noe du ikke helt vet hva er.\n\n- Inntil fem samtaler, på kontoret, på skolen, på en tur eller på video\n- Første samtale innen én uke\n- Hjelp videre hvis du trenger mer enn samtaler',
    targetGroup: 'Ungdom fra 12 til 23 år som bor eller går på skole i kommunen.',
    howToGetHelp: 'Ring eller send e-post, eller be helsesykepleier på skolen om å ta kontakt for deg. Du trenger ikke henvisning, og det er gratis. Er du under 16 år, snakker vi sammen om når foreldrene dine bør være med.',
    openingHours: 'Mandag–fredag kl. 08.00–16.00, torsdag til kl. 19.00.',
  },
  nn: {
    name: 'Samtaletilbod for ungdom',
    summary: 'Treng du nokon å snakke med? Du kan få inntil fem samtalar med ein røynd samtalepartnar, raskt og utan tilvising.',
    whoWeAre: 'Vi er psykiatriske sjukepleiarar og ein psykolog i Psykisk helse barn og unge. Vi har teieplikt og lang røynsle med å snakke med ungdom.',
    whatWeOffer: 'Eit lågterskeltilbod der du kan snakke med nokon om det som er vanskeleg: tristleik, uro, stress, einsemd, konfliktar heime, mobbing eller noko du ikkje heilt veit kva er.\n\n- Inntil fem samtalar, på kontoret, på skulen, på ein tur eller på video\n- Første samtale innan ei veke\n- Hjelp vidare om du treng meir enn samtalar',
    targetGroup: 'Ungdom frå 12 til 23 år som bur eller går på skule i kommunen.',
    howToGetHelp: 'Ring eller send e-post, eller be helsesjukepleiaren på skulen om å ta kontakt for deg. Du treng ikkje tilvising, og det er gratis. Er du under 16 år, snakkar vi saman om når foreldra dine bør vere med.',
    openingHours: 'Måndag–fredag kl. 08.00–16.00, torsdag til kl. 19.00.',
  },
  en: {
    name: 'Someone to talk to: conversations for young people',
    summary: 'Need someone to talk to? You can have up to five conversations with an experienced counsellor, quickly and without a referral.',
    whoWeAre: 'We are psychiatric nurses and a psychologist in the mental health service for children and young people. We have a duty of confidentiality and long experience of talking with young people.',
    whatWeOffer: 'A low-threshold service where you can talk to someone about what is difficult: sadness, worries, stress, loneliness, conflicts at home, bullying or something you cannot quite put a name to.\n\n- Up to five conversations, at our office, at school, on a walk or by video\n- The first conversation within one week\n- Help onwards if you need more than conversations',
    targetGroup: 'Young people aged 12 to 23 who live or go to school in the municipality.',
    howToGetHelp: 'Call or e-mail us, or ask the school nurse to contact us for you. No referral is needed, and it is free. If you are under 16, we talk together about when your parents should be involved.',
    openingHours: 'Monday–Friday 08:00–16:00, Thursday until 19:00.',
  },
  phone: fictionalPhone(10), email: demoEmail('samtaletilbud'), address: PLACES.healthHouse,
  links: [demoLink('Om samtaletilbudet', 'samtaletilbud-for-ungdom')],
};

export const MENTAL_HEALTH_SERVICES: DemoService[] = [
  TALK_SERVICE,
  {
    slug: 'psykisk-helse-barn-og-unge', unit: DEMO_UNITS.mentalHealth, type: 'mental_health', ages: [6, 18],
    needs: ['mental_health', 'someone_to_talk_to', 'family_and_parenting'], selfReferral: false,
    nb: {
      name: 'Psykisk helse barn og unge – behandling og oppfølging',
      summary: 'Oppfølging over tid for barn og unge med angst, tristhet, sinne, søvnvansker eller andre psykiske plager, sammen med familien.',
      whoWeAre: 'Et tverrfaglig team med psykologer, psykiatriske sykepleiere og barnevernspedagog. Vi samarbeider med BUP i spesialisthelsetjenesten.',
      whatWeOffer: '- Kartlegging og samtaler med barnet og foreldrene\n- Behandling av lettere og moderate psykiske plager\n- Veiledning til foreldre, barnehage og skole\n- Hjelp til å bli henvist videre til BUP når det trengs',
      targetGroup: 'Barn og unge fra 6 til 18 år med psykiske plager, og familiene deres.',
      howToGetHelp: 'Fastlege, helsesykepleier, PPT eller barneverntjenesten henviser. Foreldre kan ringe oss for råd før det sendes henvisning.',
      openingHours: 'Mandag–fredag kl. 08.00–15.30.',
    },
    phone: fictionalPhone(11), email: demoEmail('psykiskhelse.barn'), address: PLACES.healthHouse,
  },
  {
    slug: 'kommunepsykolog', unit: DEMO_UNITS.mentalHealth, type: 'mental_health', ages: [0, 23],
    needs: ['mental_health', 'family_and_parenting', 'development'], selfReferral: true,
    nb: {
      name: 'Kommunepsykolog for barn, unge og familier',
      summary: 'Kommunepsykologen gir råd, korte samtaleforløp og veiledning til familier og til ansatte i barnehager og skoler.',
      whoWeAre: 'To psykologer med spesialisering i barn og unge, ansatt i Psykisk helse barn og unge.',
      whatWeOffer: '- Korte samtaleforløp for barn, unge og foreldre\n- Foreldreveiledning ved bekymring for et barns utvikling eller trivsel\n- Drøfting og veiledning for barnehager, skoler og helsestasjon, også anonymt\n- Kurs i mestring av stress og bekymring for ungdom',
      targetGroup: 'Barn og unge 0–23 år, foreldre, og ansatte som jobber med barn og unge.',
      howToGetHelp: 'Foreldre og ungdom over 16 år kan ta kontakt selv. Ansatte kan be om en anonym drøfting på telefon.',
      openingHours: 'Mandag–fredag kl. 08.00–15.30.',
    },
    phone: fictionalPhone(12), email: demoEmail('kommunepsykolog'), address: PLACES.healthHouse,
  },
  {
    slug: 'barn-som-parorende', unit: DEMO_UNITS.mentalHealth, type: 'mental_health', ages: [7, 16],
    needs: ['someone_to_talk_to', 'family_and_parenting', 'mental_health'], selfReferral: true,
    nb: {
      name: 'Barn som pårørende – samtaler og grupper',
      summary: 'Når mor, far eller et søsken er syk, sliter med rus eller har dødd: samtaler og grupper der barn og unge møter andre i samme situasjon.',
      whoWeAre: 'Barneansvarlige i Psykisk helse barn og unge og på helsestasjonen.',
      whatWeOffer: '- Samtaler med barnet, alene eller med familien\n- Grupper for barn 7–12 år og for ungdom 13–16 år\n- Informasjon om sykdommen på en måte barnet forstår\n- Råd til foreldre om hvordan de kan snakke med barna',
      targetGroup: 'Barn og unge 7–16 år som har en forelder eller et søsken med alvorlig sykdom, psykiske plager eller rusproblemer, eller som har mistet noen.',
      howToGetHelp: 'Foreldre, barnet selv eller fastlegen kan ta kontakt. Du trenger ikke henvisning.',
      openingHours: 'Gruppene møtes annenhver onsdag kl. 17.00–18.30.',
    },
    phone: fictionalPhone(13), email: demoEmail('parorende'), address: PLACES.familyHouse,
  },
];
