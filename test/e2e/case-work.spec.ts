import { expect, test } from '@playwright/test';
import { DEMO_KNOWN } from '../../src/server/features/demo/demo-known.js';
import { dayOffset, loginAs, newPerson, pageChecker } from './journey.js';
import { readFileSync } from 'node:fs';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { DEMO_PEOPLE, DEMO_UNITS } from '../../src/server/features/demo/demo-known.js';

const checkPage = pageChecker('case-work');

const NURSE = DEMO_PEOPLE.find((p) => p.subject === 'demo:nurse')!.name;
const LEADER = DEMO_PEOPLE.find((p) => p.subject === 'demo:leader-lia')!.name;
const HEALTH_CENTRE = DEMO_UNITS.healthCentre;

/** The national KS Fiks schema, as the repository keeps it; the address schema under the id its reference resolves to. */
const schemaDir = 'src/server/features/reports/schema';
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats.default(ajv);
ajv.addSchema({ ...JSON.parse(readFileSync(`${schemaDir}/adresse.json`, 'utf8')), $id: 'https://fiks.ks.no/adresse.json' });
const validateFiks = ajv.compile(JSON.parse(readFileSync(`${schemaDir}/offentlig.bekymringsmelding.v2.json`, 'utf8')));

/**
 * BTI case work (issue 3), from a worry to a report of concern: a teacher registers a worry about
 * her pupil, talks it through with her leader and decides on level 1, which opens the case
 * (stafettlogg) with her as relay holder; she adds a goal and a measure, records the guardians'
 * consent covering the school health service and adds the school nurse, who then sees the case;
 * the consent is withdrawn and the nurse finds nothing; the teacher hands the baton to her leader,
 * who accepts; a report of concern is exported and its JSON validates against the KS Fiks schema.
 * Three people, each in a browser of their own; every page passes axe (WCAG 2.1 AA).
 */
test('from a worry to a case with a plan, consent that governs access, a new relay holder and a report of concern', async ({ page, browser }) => {
  test.setTimeout(360_000);
  const child = `${DEMO_KNOWN.liaChildGivenName} ${DEMO_KNOWN.liaChildFamilyName}`;
  await loginAs(page, DEMO_KNOWN.liaTeacherName);
  await checkPage(page, 'my work');

  // Finds the pupil.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Barn' }).click();
  const query = page.getByLabel('Navn eller fødselsnummer');
  await query.fill(DEMO_KNOWN.liaChildGivenName);
  await query.press('Enter');
  await page.getByRole('link', { name: new RegExp(DEMO_KNOWN.liaChildGivenName) }).click();
  await expect(page.getByRole('heading', { level: 1, name: child })).toBeVisible();
  await checkPage(page, 'child');

  // Registers the worry: an empty form is refused field by field first.
  await page.getByRole('link', { name: 'Registrer bekymring' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registrer bekymring' })).toBeVisible();
  await expect(page.getByLabel('Enhet')).toHaveValue(/.+/); // her one unit where the pupil goes, chosen for her
  await checkPage(page, 'new concern');
  await page.getByRole('button', { name: 'Registrer bekymring' }).click();
  await expect(page.getByText('Feltet må fylles ut.').first()).toBeVisible();
  await expect(page.getByLabel('Hva har du observert?')).toBeFocused();
  await checkPage(page, 'new concern with errors');

  await page.getByLabel('Hva har du observert?').fill('Tiril har virket trist og sliten de siste to ukene, og hun spiser lite av matpakken.');
  await page.getByRole('radio', { name: /Trinn 2: Vær oppmerksom – redusert trivsel/ }).check();
  await page.getByRole('group', { name: 'Signaler' }).getByRole('checkbox').first().check();
  await page.getByRole('radio', { name: 'Jeg har sett det selv' }).check();
  await page.getByRole('button', { name: 'Registrer bekymring' }).click();

  // The concern page: focus on its heading, the deadline shown, not overdue.
  await expect(page).toHaveURL(/\/bekymringer\/[0-9a-f-]{36}$/);
  const heading = page.getByRole('heading', { level: 1, name: 'Bekymring' });
  await expect(heading).toBeFocused();
  await expect(page.getByText('Bekymringen er registrert.')).toBeVisible();
  await expect(page.getByText('Trinn 2: Vær oppmerksom – redusert trivsel')).toBeVisible();
  await expect(page.getByText('Fristen er passert')).toHaveCount(0);
  expect(page.url()).not.toContain(DEMO_KNOWN.liaChildGivenName);
  await checkPage(page, 'concern');

  // Talks it through with the leader.
  await page.getByLabel('Hva slags').selectOption({ label: 'Drøfting med leder' });
  await page.getByLabel('Kort referat').fill('Drøftet med rektor. Vi tar det opp med foresatte og følger opp på nivå 1.');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText('Drøftingen eller samtalen er lagret.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Drøfting med leder' })).toBeVisible();
  await checkPage(page, 'concern with a step');

  // Decides on level 1: the case opens and the teacher lands on it as relay holder.
  await page.getByRole('radio', { name: 'Opprette sak (stafettlogg)' }).check();
  // Tiril already has an open case Kari holds: the form names it, with a link, before a second opens.
  await expect(page.getByRole('link', { name: new RegExp(`Sak ved ${DEMO_KNOWN.liaSchool} \\(Nivå 2`) })).toBeVisible();
  await checkPage(page, 'decision warns of the open case');
  await page.getByRole('radio', { name: /^Nivå 1/ }).check();
  await page.getByLabel('Begrunnelse').fill('Skolen følger opp sammen med foresatte.');
  await page.getByRole('button', { name: 'Lagre beslutning' }).click();
  await expect(page).toHaveURL(/\/saker\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: child })).toBeVisible();
  await checkPage(page, 'case');
  const caseUrl = page.url();

  // The level-0 record the case started with is read from the case, in its own tab.
  await page.getByRole('tab', { name: 'Bekymringen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Bekymringen saken startet med' })).toBeVisible();
  await expect(page.getByText('Tiril har virket trist og sliten')).toBeVisible();
  await expect(page.getByText('Jeg har sett det selv')).toBeVisible();
  await checkPage(page, 'case concern record');

  // The case is in «Mine saker», and the concern is decided and read-only.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Saker' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saker' })).toBeVisible();
  const caseLink = page.getByRole('link', { name: child }).first();
  await expect(caseLink).toBeVisible();
  await checkPage(page, 'my cases');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Bekymringer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bekymringer' })).toBeVisible();
  await checkPage(page, 'my concerns');
  await page.getByRole('link', { name: child }).first().click();
  await expect(page.getByRole('heading', { level: 3, name: 'Sak opprettet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lagre beslutning' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Gå til saken' }).click();
  await expect(page).toHaveURL(caseUrl);

  // The action plan: a goal, and a measure that serves it.
  await page.goto(caseUrl);
  const tabs = page.getByRole('tablist', { name: 'Deler av saken' });
  await tabs.getByRole('tab', { name: 'Handlingsplan' }).click();
  await page.getByRole('button', { name: 'Legg til mål' }).click();
  const goalDialog = page.getByRole('dialog', { name: 'Legg til mål' });
  await goalDialog.getByLabel('Hva er målet?').fill('Tiril trives og spiser godt på skolen.');
  await goalDialog.getByRole('button', { name: 'Legg til mål' }).click();
  await expect(page.getByText('Målet er lagt til.')).toBeVisible();
  await page.getByRole('button', { name: 'Legg til tiltak' }).click();
  const measureDialog = page.getByRole('dialog', { name: 'Legg til tiltak' });
  await measureDialog.getByLabel('Målet tiltaket skal tjene').selectOption({ index: 1 });
  await measureDialog.getByLabel('Hva skal gjøres?').fill('Ukentlig samtale med kontaktlærer.');
  await measureDialog.getByLabel('Ansvarlig person').selectOption({ label: `${DEMO_KNOWN.liaTeacherName} (${DEMO_KNOWN.liaSchool})` });
  await measureDialog.getByLabel('Startdato').fill(dayOffset(0));
  await measureDialog.getByLabel('Dato for evaluering').fill(dayOffset(42));
  await measureDialog.getByRole('button', { name: 'Legg til tiltak' }).click();
  await expect(page.getByText('Tiltaket er lagt til.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ukentlig samtale med kontaktlærer.' }).or(page.getByText('Ukentlig samtale med kontaktlærer.', { exact: true }).first())).toBeVisible();
  await checkPage(page, 'action plan');

  // The guardians consent to sharing with the school health service.
  await tabs.getByRole('tab', { name: 'Samtykke og tilgang' }).click();
  await page.locator('summary', { hasText: 'Registrer samtykke eller nektelse' }).click();
  const consentForm = page.getByRole('group').filter({ has: page.getByRole('button', { name: 'Registrer samtykke eller nektelse' }) });
  await consentForm.getByRole('radio', { name: 'Samtykke er gitt' }).check();
  await consentForm.getByRole('group', { name: 'Hvem har bestemt?' }).getByRole('checkbox').first().check();
  await consentForm.getByRole('checkbox', { name: HEALTH_CENTRE }).check();
  await consentForm.getByLabel('Formål med samtykket').fill('Samarbeid med skolehelsetjenesten om Tirils trivsel.');
  await consentForm.getByLabel('Hvilke opplysninger kan deles?').fill('Observasjoner fra skolen om trivsel.');
  await consentForm.getByLabel('Hva mener barnet?').fill('Tiril vil gjerne snakke med helsesykepleieren.');
  await consentForm.getByLabel('Gjelder fra').fill(dayOffset(0));
  await consentForm.getByLabel('Gjelder til').fill(dayOffset(365));
  await consentForm.getByRole('button', { name: 'Registrer samtykke eller nektelse' }).click();
  await expect(page.getByText('Samtykket er registrert.')).toBeVisible();
  await checkPage(page, 'consent');

  // The school nurse is added: her service is now covered.
  await page.getByLabel('Navn på ansatt').fill('Hanne');
  await page.getByRole('button', { name: 'Søk', exact: true }).click();
  await page.getByRole('button', { name: `Legg til ${NURSE}` }).click();
  await expect(page.getByRole('row', { name: new RegExp(NURSE) })).toBeVisible();
  await checkPage(page, 'nurse added');

  // The nurse sees the case.
  const nurse = await newPerson(browser);
  await loginAs(nurse, NURSE);
  await nurse.goto(caseUrl);
  await expect(nurse.getByRole('heading', { level: 1, name: child })).toBeVisible();
  await checkPage(nurse, 'case as nurse');

  // The consent is withdrawn: on her next request, the nurse finds nothing.
  await page.getByRole('button', { name: 'Trekk samtykket' }).click();
  await page.getByLabel('Hvorfor trekkes samtykket?').fill('Foreldrene ønsker ikke lenger deling med helsesykepleier.');
  await page.getByRole('button', { name: 'Trekk samtykket nå' }).click();
  await expect(page.getByText('Samtykket er trukket. Tilgangen for andre tjenester er fjernet.')).toBeVisible();
  // Her page, still open, asks again at a short interval (and on focus): without a reload it says
  // she no longer has access, and the child's name is gone from it.
  await expect(nurse.getByRole('heading', { level: 1, name: 'Du har ikke lenger tilgang til saken' })).toBeVisible({ timeout: 45_000 });
  await expect(nurse.getByText(child)).toHaveCount(0);
  await checkPage(nurse, 'case lost while open');
  await nurse.reload();
  await expect(nurse.getByRole('heading', { level: 1, name: 'Finnes ikke, eller du har ikke tilgang' })).toBeVisible();
  await expect(nurse.getByText(child)).toHaveCount(0);
  await checkPage(nurse, 'case gone for the nurse');
  await nurse.context().close();

  // The teacher hands the baton to her leader …
  await tabs.getByRole('tab', { name: 'Stafett' }).click();
  await page.getByLabel('Søk etter ansatt').fill('Per');
  await page.getByRole('button', { name: 'Søk', exact: true }).click();
  // Each possible receiver says who they are: role and unit.
  await expect(page.getByRole('radio', { name: new RegExp(LEADER) })).toHaveAccessibleDescription(new RegExp(`${DEMO_KNOWN.liaSchool} \\(Leder\\)`));
  await page.getByRole('radio', { name: new RegExp(LEADER) }).check();
  await page.getByRole('button', { name: 'Send forespørsel' }).click();
  await expect(page.getByText('Forespørselen er sendt.')).toBeVisible();
  await checkPage(page, 'handover requested');

  // … who sees on «My work» that a baton waits for him, and accepts it.
  const leader = await newPerson(browser);
  await loginAs(leader, LEADER);
  await expect(leader.getByRole('heading', { name: 'Stafettpinnen er tilbudt deg' })).toBeVisible();
  await leader.goto(caseUrl);
  await leader.getByRole('tablist', { name: 'Deler av saken' }).getByRole('tab', { name: 'Stafett' }).click();
  await leader.getByRole('link', { name: /Svar på forespørselen/ }).click();
  await expect(leader.getByRole('heading', { level: 1, name: 'Forespørsel om å overta en sak' })).toBeVisible();
  await checkPage(leader, 'handover request');
  await leader.getByRole('button', { name: 'Ta imot saken' }).click();
  await expect(leader).toHaveURL(caseUrl);
  await expect(leader.getByText('Du er nå stafettholder for saken.')).toBeVisible();
  await expect(leader.getByRole('heading', { level: 1, name: child })).toBeFocused();
  await expect(leader.getByText(LEADER).first()).toBeVisible();
  const facts = leader.locator('dl.samla-case-facts');
  await expect(facts).toContainText(LEADER);
  await checkPage(leader, 'case as new relay holder');
  // A leader's «Saker» starts on the unit's cases; «Mine saker» is a choice kept in the address, so Back keeps it.
  await leader.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Saker' }).click();
  const view = leader.getByLabel('Vis', { exact: true });
  await expect(view).toHaveValue('unit');
  await expect(leader.getByRole('link', { name: child }).first()).toBeVisible();
  await checkPage(leader, 'unit cases');
  await view.selectOption('mine');
  await expect(leader).toHaveURL(/visning=mine/);
  await leader.getByRole('link', { name: child }).first().click();
  await expect(leader).toHaveURL(caseUrl);
  await leader.goBack();
  await expect(leader.getByLabel('Vis', { exact: true })).toHaveValue('mine');
  await leader.context().close();

  // A report of concern to child welfare, exported as the KS Fiks JSON, which validates against the national schema.
  await page.goto(caseUrl);
  await tabs.getByRole('tab', { name: 'Eksport og bekymringsmelding' }).click();
  await page.getByRole('button', { name: 'Skriv bekymringsmelding' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bekymringsmelding til barnevernet' })).toBeVisible();
  await checkPage(page, 'report draft');
  const reporter = page.getByRole('group', { name: 'Melder', exact: true });
  await reporter.getByLabel('Rolle eller stilling').fill('Kontaktlærer');
  await reporter.getByLabel('Telefon').fill('+47 912 34 567');
  const unit = page.getByRole('group', { name: 'Enheten du melder fra', exact: true });
  await unit.getByLabel('Adresse').fill('Skoleveien 1');
  await unit.getByLabel('Postnummer').fill('9999');
  await unit.getByLabel('Poststed').fill('Eksempelby');
  // The family knows: the school and the guardians have talked about the worry all autumn.
  await page.getByRole('group', { name: 'Barnet', exact: true }).getByRole('radio', { name: 'Ja' }).check();
  await page.getByRole('group', { name: 'Foresatt 1' }).getByRole('radio', { name: 'Ja' }).check();
  await page.getByLabel('Hva er du bekymret for?').fill('Tiril har over tid virket trist og sliten, og sier hun ikke får mat hjemme.');
  await page.getByLabel('Historikk', { exact: true }).fill('Fulgt opp på nivå 1 siden høsten; samtaler med mor.');
  await page.getByRole('button', { name: /^Lagre/ }).first().click();
  const jsonDownload = page.getByRole('link', { name: /Last ned JSON/ }).or(page.getByRole('button', { name: /Last ned JSON/ }));
  await expect(jsonDownload).toBeVisible();
  const download = page.waitForEvent('download');
  await jsonDownload.click();
  const file = await (await download).path();
  const message = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  expect(validateFiks(message), JSON.stringify(validateFiks.errors)).toBe(true);
  expect(message.kommunenummer).toBe(DEMO_KNOWN.municipalityNumber);
  await checkPage(page, 'report saved');
});
