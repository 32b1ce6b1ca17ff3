import { addConcern, addDays, CaseDraft, type Author } from './demo-case-builder.js';
import { person, pickStaff, unitNamed, type CasePlanContext, type ChildFacts } from './demo-case-context.js';
import type { KnownHousehold } from './demo-households.js';
import { DEMO_KNOWN, DEMO_UNITS } from './demo-known.js';

/**
 * Case work the well-known demo people always find, whatever the size of the municipality:
 * Kari Lund holds Tiril Fjellstad's case at level 2 with the school nurse Hanne Bjørnstad as a
 * member under the mother's consent, has a concern waiting for her decision, and a baton offered
 * to her; Jonas Dahl's case has a PPT consent that has expired (Lars Myhre keeps his entries but
 * loses access); at Nordby a level-3 case has a withdrawn consent (Nina Ødegård is out), a
 * consent about to expire and a handover waiting for the leader Eirik Strand; Marte Solheim's
 * kindergarten case records a refused consent.
 */
export interface KnownCaseState {
  teacherConcernMade: boolean;
  handoverToTeacherMade: boolean;
}

export const newKnownCaseState = (): KnownCaseState => ({ teacherConcernMade: false, handoverToTeacherMade: false });

const staff = (userId: string): Author => ({ kind: 'staff', userId });

/**
 * The scripted work of a known household's child; for generated children, Kari's concern about
 * the first pupil at Lia. Returns true when the child is taken care of here.
 */
export function knownCaseWork(ctx: CasePlanContext, state: KnownCaseState, known: KnownHousehold | undefined, child: ChildFacts): boolean {
  if (!known) {
    if (state.teacherConcernMade || child.unitId !== unitNamed(ctx, DEMO_UNITS.liaSchool)) return false;
    state.teacherConcernMade = true;
    teacherConcern(ctx, child);
    return true;
  }
  if (known.givenName === DEMO_KNOWN.liaChildGivenName) tirilsCase(ctx, child);
  else if (known.givenName === DEMO_KNOWN.bergChildGivenName) expiredConsentCase(ctx, child);
  else if (known.givenName === DEMO_KNOWN.kindergartenChildGivenName) refusedConsentCase(ctx, child);
  else if (known.givenName === DEMO_KNOWN.nordbyChildGivenName) withdrawnConsentCase(ctx, child);
  return true;
}

/** Kari is offered the baton of the first generated open case at Lia that someone else holds. */
export function pendingHandoverToKnown(ctx: CasePlanContext, state: KnownCaseState, owningUnitId: string, holderId: string): string | undefined {
  const kari = person(ctx, DEMO_KNOWN.liaTeacherSubject);
  if (state.handoverToTeacherMade || owningUnitId !== unitNamed(ctx, DEMO_UNITS.liaSchool) || holderId === kari) return undefined;
  state.handoverToTeacherMade = true;
  return kari;
}

function teacherConcern(ctx: CasePlanContext, child: ChildFacts): void {
  const { today } = ctx;
  const kari = person(ctx, DEMO_KNOWN.liaTeacherSubject);
  // Observed ten days ago against the 14-day deadline: the decision is due in four days.
  const observedOn = addDays(today, -10);
  addConcern(ctx, {
    childId: child.childId, unitId: child.unitId!, authorId: kari, observedOn, scale: 2, decisionDays: ctx.decisionDays,
    observation: 'Har kommet sent de fleste mandager siden høstferien og sovner i timene. Sier lite når jeg spør.',
    signals: ['Sliten eller ukonsentrert', 'Høyt fravær'],
    steps: [
      { kind: 'discussion_colleague', on: addDays(observedOn, 1), summary: 'Drøftet med kollega på trinnet, som har sett det samme i gymtimene.' },
      { kind: 'conversation_child', on: addDays(observedOn, 4), summary: 'Kort samtale. Sier at det er sent med leggetid, men vil ikke si mer.' },
    ],
  });
}

function tirilsCase(ctx: CasePlanContext, child: ChildFacts): void {
  const { today } = ctx;
  const d = (n: number) => addDays(today, n);
  const kari = person(ctx, DEMO_KNOWN.liaTeacherSubject);
  const hanne = person(ctx, 'demo:nurse');
  const per = person(ctx, 'demo:leader-lia');
  const mother = child.guardianIds[0]!;
  const concernId = addConcern(ctx, {
    childId: child.childId, unitId: child.unitId!, authorId: kari, observedOn: d(-85), scale: 3, decisionDays: ctx.decisionDays,
    observation: 'Tiril har over flere uker trukket seg unna i friminuttene og sitter mye alene. Hun virker trist.',
    signals: ['Trist eller innesluttet', 'Konflikter med jevnaldrende'],
    steps: [
      { kind: 'discussion_colleague', on: d(-84), summary: 'Drøftet med kollega på 4. trinn. Hun har sett det samme.' },
      { kind: 'discussion_leader', on: d(-82), summary: 'Drøftet med rektor. Enige om å snakke med Tiril og mor.' },
      { kind: 'conversation_child', on: d(-80), summary: 'Tiril sier at ingen vil være med henne i friminuttene.' },
      { kind: 'conversation_guardians', on: d(-78), summary: 'Mor kjenner seg igjen og ønsker at skolen setter inn tiltak.' },
    ],
    decided: { status: 'case_opened', on: d(-75), by: kari, reason: 'Åpner sak på nivå 1 sammen med mor.' },
  });
  const c = new CaseDraft(ctx, {
    childId: child.childId, owningUnitId: child.unitId!, holderId: kari, level: 1, openedOn: d(-75), concernId,
    reason: 'Logg opprettet etter drøfting med rektor. Vi følger opp trivselen i friminuttene sammen med mor.',
  });
  c.entry('observation', d(-70), 'Tiril gikk alene hele storefri i dag. Hun sa ja da en medelev spurte om hun ville være med.', staff(kari));
  c.entry('child_voice', d(-66), 'Tiril sier at friminuttene er det verste, og at hun ønsker seg en fast venn å være med.', staff(kari));
  c.entry('conversation', d(-60), 'Samtale med mor. Hun forteller at Tiril gruer seg om søndagene. Vi avtalte ukentlig kontakt.', staff(kari));
  const goal1 = c.goal('Tiril skal trives og ha noen å være sammen med i friminuttene.', d(-60), kari);
  const m1 = c.measure(goal1, {
    description: 'Voksenstyrt aktivitet i storefri tre dager i uka.', responsibleUserId: kari, startOn: d(-58), evaluationDue: d(-3), status: 'ongoing', by: kari,
  });
  c.entry('guardians_view', d(-58), 'Vi er glade for at skolen tar dette på alvor. Hjemme er hun mest sliten på søndagene.', { kind: 'guardian', guardianId: mother });
  c.changeLevel(1, 2, d(-42), 'Egen innsats er ikke nok alene. Skolehelsetjenesten kobles inn med samtykke fra mor.', kari);
  c.consent({
    guardianIds: [mother], youngPerson: false, unitIds: [unitNamed(ctx, DEMO_UNITS.healthCentre)], by: kari, from: d(-42), to: d(323),
    purpose: 'Samarbeid mellom skolen og skolehelsetjenesten om Tirils trivsel.',
  });
  c.addMember(hanne, d(-40), kari);
  const goal2 = c.goal('Tiril skal kunne si fra til en voksen når noe er vanskelig.', d(-40), kari);
  c.measure(goal2, {
    description: 'Samtaler med helsesykepleier annenhver uke.', responsibleUserId: hanne, startOn: d(-38), evaluationDue: d(10), status: 'ongoing', by: kari,
  });
  c.entry('meeting', d(-35), 'Samarbeidsmøte. Vi ble enige om mål og tiltak for resten av semesteret. Helsesykepleier starter samtaler.', staff(kari), {},
    { attendees: 'Kontaktlærer, mor, helsesykepleier' });
  c.evaluate(m1, 'Voksenstyrt aktivitet i storefri tre dager i uka.', d(-30), 'partly', 'Tiril deltar når en voksen inviterer, men sjelden på egen hånd.',
    'Fortsetter; ny evaluering om fire uker.', kari);
  c.entry('decision', d(-30), 'Aktiviteten i storefri fortsetter ut semesteret. Rektor er orientert.', staff(kari));
  c.entry('conversation', d(-24), 'Første samtale hos helsesykepleier. Tiril forteller at hun gleder seg til aktivitetene i storefri.', staff(hanne));
  const note = c.entry('note', d(-12), 'Minnet mor om oppfølgingsmøtet neste uke.', staff(kari));
  c.entry('correction', d(-11), 'Rettelse: møtet er om to uker, ikke neste uke.', staff(kari), {}, { corrects: note });
  c.entry('child_voice', d(-9), 'Tiril sier at det har blitt litt bedre, fordi hun har fått være med på aktivitetene.', staff(hanne));
  c.entry('note', d(-5), 'Rektor har lest loggen og har ingen merknader.', staff(per));
  c.finish(2);
}

function expiredConsentCase(ctx: CasePlanContext, child: ChildFacts): void {
  const d = (n: number) => addDays(ctx.today, n);
  const jonas = person(ctx, 'demo:teacher-berg');
  const lars = person(ctx, 'demo:ppt');
  const c = new CaseDraft(ctx, {
    childId: child.childId, owningUnitId: child.unitId!, holderId: jonas, level: 1, openedOn: d(-400),
    reason: 'Lesingen har stått stille siden jul. Vi følger opp med egne tiltak og tett kontakt med foresatte.',
  });
  c.entry('observation', d(-395), 'Leser langsomt og gjetter ofte på ordene. Blir lei seg når han skal lese høyt.', staff(jonas));
  c.changeLevel(1, 2, d(-380), 'Behov for vurdering fra PPT. Foresatte har samtykket.', jonas);
  c.consent({
    guardianIds: child.guardianIds, youngPerson: false, unitIds: [unitNamed(ctx, DEMO_UNITS.ppt)], by: jonas, from: d(-380), to: d(-15),
    purpose: 'Vurdering og oppfølging fra PPT.',
  });
  c.addMember(lars, d(-378), jonas);
  const goal = c.goal('Sigvald skal lese alderstilpassede tekster med god flyt.', d(-378), jonas);
  const m1 = c.measure(goal, {
    description: 'Vurdering fra PPT.', responsibleUnitId: unitNamed(ctx, DEMO_UNITS.ppt), startOn: d(-375), endOn: d(-300), evaluationDue: d(-300),
    status: 'completed', by: jonas,
  });
  c.entry('observation', d(-320), 'PPT har gjennomført kartlegging. Sakkyndig vurdering er sendt foresatte og skolen.', staff(lars));
  c.evaluate(m1, 'Vurdering fra PPT.', d(-300), 'achieved', 'Vurderingen gir et godt grunnlag for tilrettelegging.', 'Lesekurs i smågruppe starter.', jonas);
  const m2 = c.measure(goal, {
    description: 'Lesekurs i smågruppe to ganger i uka.', responsibleUserId: jonas, startOn: d(-290), evaluationDue: d(12), status: 'ongoing', by: jonas,
  });
  for (const [n, outcome] of [[-240, 'partly'], [-180, 'partly'], [-120, 'achieved'], [-60, 'partly']] as const) {
    c.evaluate(m2, 'Lesekurs i smågruppe to ganger i uka.', d(n), outcome, 'Leser mer og med bedre flyt.', 'Fortsetter med lesekurset.', jonas);
  }
  c.entry('meeting', d(-250), 'Møte med foresatte og PPT. Enighet om lesekurs og ukentlig lesing hjemme.', staff(jonas), {},
    { attendees: 'Kontaktlærer, foresatte, PPT-rådgiver' });
  c.entry('guardians_view', d(-200), 'Vi merker at han leser mer hjemme nå.', { kind: 'guardian', guardianId: child.guardianIds[0]! });
  c.entry('note', d(-40), 'Ny samtykkeerklæring er sendt foresatte; vi venter på svar.', staff(jonas));
  c.finish(2);
}

function refusedConsentCase(ctx: CasePlanContext, child: ChildFacts): void {
  const d = (n: number) => addDays(ctx.today, n);
  const marte = person(ctx, 'demo:kindergarten-teacher');
  const c = new CaseDraft(ctx, {
    childId: child.childId, owningUnitId: child.unitId!, holderId: marte, level: 1, openedOn: d(-50),
    reason: 'Språket ligger etter jevnaldrende. Vi prøver ut språktiltak i barnehagen sammen med foresatte.',
  });
  const goal = c.goal('Linnea skal bruke flere ord i lek med andre barn.', d(-48), marte);
  c.measure(goal, { description: 'Språkgruppe to ganger i uka.', responsibleUserId: marte, startOn: d(-45), evaluationDue: d(5), status: 'ongoing', by: marte });
  c.entry('observation', d(-40), 'Linnea peker og viser mer enn hun sier, men forstår godt det vi sier.', staff(marte));
  c.consent({
    decision: 'refused', guardianIds: child.guardianIds, youngPerson: false, unitIds: [unitNamed(ctx, DEMO_UNITS.ppt)], by: marte,
    from: d(-20), to: d(-20), purpose: 'Vurdering fra PPT.',
  });
  c.entry('guardians_view', d(-20), 'Vi ønsker ikke at PPT involveres nå, men vil vurdere det igjen etter sommeren.', { kind: 'guardian', guardianId: child.guardianIds[0]! });
  c.entry('note', d(-6), 'Avtalt ny samtale med foresatte etter evalueringen.', staff(marte));
  c.finish(1);
}

function withdrawnConsentCase(ctx: CasePlanContext, child: ChildFacts): void {
  const d = (n: number) => addDays(ctx.today, n);
  const nordby = child.unitId!;
  const eirik = person(ctx, 'demo:leader-nordby');
  const holder = pickStaff(ctx, nordby, eirik);
  const nina = person(ctx, 'demo:child-welfare');
  const lars = person(ctx, 'demo:ppt');
  const nurse = pickStaff(ctx, unitNamed(ctx, DEMO_UNITS.healthCentre), person(ctx, 'demo:nurse'));
  const therapist = pickStaff(ctx, unitNamed(ctx, DEMO_UNITS.mentalHealth));
  const c = new CaseDraft(ctx, {
    childId: child.childId, owningUnitId: nordby, holderId: holder, level: 2, openedOn: d(-200),
    reason: 'Høyt fravær og lite kontakt med medelever. Skolehelsetjenesten og PPT er inne med samtykke fra foresatte.',
  });
  c.consent({
    guardianIds: child.guardianIds, youngPerson: false, unitIds: [unitNamed(ctx, DEMO_UNITS.healthCentre), unitNamed(ctx, DEMO_UNITS.ppt)], by: holder,
    from: d(-200), to: d(20), purpose: 'Samarbeid om tiltak for Brage i skole, skolehelsetjeneste og PPT.',
  });
  c.addMember(nurse, d(-198), holder);
  c.addMember(lars, d(-198), holder);
  const goal = c.goal('Brage skal møte på skolen hver dag.', d(-195), holder);
  const m1 = c.measure(goal, {
    description: 'Morgenmøte med kontaktlærer ved skolestart.', responsibleUserId: holder, startOn: d(-190), evaluationDue: d(-6), status: 'ongoing', by: holder,
  });
  c.evaluate(m1, 'Morgenmøte med kontaktlærer ved skolestart.', d(-130), 'partly', 'Fraværet har gått ned, men ikke på mandager.', 'Fortsetter.', holder);
  c.evaluate(m1, 'Morgenmøte med kontaktlærer ved skolestart.', d(-60), 'partly', 'Møter oftere når avtalen er fast.', 'Fortsetter; ny evaluering om åtte uker.', holder);
  c.changeLevel(2, 3, d(-120), 'Flere tjenester er inne; vi etablerer ansvarsgruppe.', holder);
  c.consent({
    guardianIds: child.guardianIds, youngPerson: false, unitIds: [unitNamed(ctx, DEMO_UNITS.childWelfare), unitNamed(ctx, DEMO_UNITS.mentalHealth)],
    by: holder, from: d(-120), to: d(245), purpose: 'Felles plan og ansvarsgruppe.',
    withdrawn: { on: d(-9), by: holder, reason: 'Foresatte ønsker ikke lenger at barneverntjenesten deltar.' },
  });
  c.addMember(nina, d(-118), holder);
  c.addMember(therapist, d(-118), holder);
  const goal2 = c.goal('Familien skal få avlastning og veiledning.', d(-118), holder);
  c.measure(goal2, {
    description: 'Foreldreveiledning (ICDP) for foresatte.', responsibleUnitId: unitNamed(ctx, DEMO_UNITS.childWelfare), startOn: d(-110), evaluationDue: d(-20),
    status: 'stopped', endOn: d(-9), by: holder,
  });
  c.entry('meeting', d(-112), 'Første ansvarsgruppemøte. Fordeling av oppgaver mellom tjenestene. Referat sendt foresatte.', staff(holder), {},
    { attendees: 'Kontaktlærer, foresatte, helsesykepleier, PPT-rådgiver, barnevernskonsulent' });
  c.entry('conversation', d(-100), 'Barneverntjenesten har hatt samtale med foresatte om avlastning.', staff(nina));
  c.entry('child_voice', d(-90), 'Brage sier at det hjelper å ha en fast avtale om morgenen.', staff(therapist));
  c.entry('observation', d(-70), 'Møter oftere, men sitter mye alene i friminuttene.', staff(lars));
  c.entry('guardians_view', d(-10), 'Vi ønsker å fortsette samarbeidet med skolen, men uten barneverntjenesten.', { kind: 'guardian', guardianId: child.guardianIds[0]! });
  c.entry('report_sent', d(-7), 'Bekymringsmelding sendt til barneverntjenesten.', staff(holder));
  c.handover(eirik, d(-2), 'pending', 'Jeg går ut i permisjon fra neste uke. Kan du ta over stafettloggen?');
  c.finish(3);
}
