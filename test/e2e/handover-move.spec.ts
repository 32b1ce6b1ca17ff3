import { expect, test } from '@playwright/test';
import { DEMO_KNOWN, DEMO_PEOPLE, DEMO_UNITS } from '../../src/server/features/demo/demo-known.js';
import { dayOffset, loginAs, newPerson, pageChecker } from './journey.js';

const checkPage = pageChecker('handover-move');

const MARTE = DEMO_PEOPLE.find((p) => p.subject === 'demo:kindergarten-teacher')!.name;
const KARI = DEMO_KNOWN.liaTeacherName;
const CHILD = `${DEMO_KNOWN.kindergartenChildGivenName} ${DEMO_KNOWN.kindergartenChildFamilyName}`;

/**
 * Issue 9: kindergarten → school. Marte Solheim holds Linnea's case in the kindergarten and is
 * responsible for its language group. She passes the baton to Kari Lund at Lia skole with «move
 * the case»: the form says that she and the kindergarten's oversight lose access and what she is
 * responsible for, and she keeps her access through the family's consent recorded on the way.
 * After Kari accepts, Marte still opens the case — as a member under consent.
 */
test('a baton passed with a move warns who loses access and keeps the teacher in through the consent recorded on the way', async ({ page, browser }) => {
  test.setTimeout(240_000);
  await loginAs(page, MARTE);

  // The child's page lists the case she may open; a new case warns about it first, with a link.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Barn' }).click();
  await page.getByLabel('Navn eller fødselsnummer').fill(DEMO_KNOWN.kindergartenChildGivenName);
  await page.getByLabel('Navn eller fødselsnummer').press('Enter');
  await page.getByRole('link', { name: new RegExp(DEMO_KNOWN.kindergartenChildGivenName) }).click();
  const cases = page.getByRole('region', { name: 'Saker' });
  await expect(cases.getByRole('link', { name: `Sak ved ${DEMO_UNITS.solsikken}` })).toBeVisible();
  await checkPage(page, 'child with its case');
  await page.getByRole('link', { name: 'Opprett sak' }).click();
  await expect(page.getByText('Barnet har allerede en åpen sak du har tilgang til')).toBeVisible();
  await page.getByLabel('Begrunnelse').fill('Prøver en sak til');
  await page.getByRole('radio', { name: /^Nivå 1/ }).check();
  await page.getByRole('button', { name: 'Opprett sak' }).click();
  await expect(page.getByText('Bekreft at det trengs en sak til, eller gå til saken som finnes.').first()).toBeVisible();
  await checkPage(page, 'new case warns');
  await page.getByRole('link', { name: new RegExp(`Sak ved ${DEMO_UNITS.solsikken}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: CHILD })).toBeVisible();
  const caseUrl = page.url();
  const tabs = page.getByRole('tablist', { name: 'Deler av saken' });

  // The family agrees that the school may take part: the case may then move there.
  await tabs.getByRole('tab', { name: 'Samtykke og tilgang' }).click();
  await page.locator('summary', { hasText: 'Registrer samtykke eller nektelse' }).click();
  const consentForm = page.getByRole('group').filter({ has: page.getByRole('button', { name: 'Registrer samtykke eller nektelse' }) });
  await consentForm.getByRole('radio', { name: 'Samtykke er gitt' }).check();
  await consentForm.getByRole('group', { name: 'Hvem har bestemt?' }).getByRole('checkbox').first().check();
  await consentForm.getByRole('checkbox', { name: DEMO_UNITS.liaSchool }).check();
  await consentForm.getByLabel('Formål med samtykket').fill('Overgang fra barnehage til skole.');
  await consentForm.getByLabel('Hvilke opplysninger kan deles?').fill('Det som trengs for en god overgang.');
  await consentForm.getByLabel('Gjelder fra').fill(dayOffset(0));
  await consentForm.getByLabel('Gjelder til').fill(dayOffset(365));
  await consentForm.getByRole('button', { name: 'Registrer samtykke eller nektelse' }).click();
  await expect(page.getByText('Samtykket er registrert.')).toBeVisible();

  // The handover form, with the move: the preview says who loses access and what they answer for.
  await tabs.getByRole('tab', { name: 'Stafett' }).click();
  await page.getByLabel('Søk etter ansatt').fill('Kari');
  await page.getByRole('button', { name: 'Søk', exact: true }).click();
  await page.getByRole('radio', { name: new RegExp(KARI) }).check();
  await page.getByRole('checkbox', { name: 'Saken flyttes til mottakerens enhet' }).check();
  await page.getByLabel('Enhet saken flyttes til').selectOption({ label: DEMO_UNITS.liaSchool });
  const loss = page.getByRole('region', { name: 'Disse mister tilgangen når saken flyttes' });
  await expect(loss).toBeVisible();
  await expect(loss.getByRole('listitem').filter({ hasText: MARTE })).toContainText('Ansvarlig for: Språkgruppe to ganger i uka.');
  await checkPage(page, 'handover form warns');

  // Sending without choosing who keeps access is stopped in the form.
  await page.getByRole('button', { name: 'Send forespørsel' }).click();
  await expect(page.getByText('Kryss av for minst én person.')).toBeVisible();

  await loss.getByRole('group', { name: 'Hvem beholder tilgangen?' }).getByRole('checkbox', { name: MARTE }).check();
  await loss.getByRole('group', { name: 'Samtykket' }).getByRole('checkbox').first().check();
  await loss.getByLabel('Formål med samtykket').fill('Barnehagen følger Linnea det første halvåret på skolen.');
  await loss.getByLabel('Hvilke opplysninger kan deles?').fill('Hvordan Linnea har det, og tiltakene i planen.');
  await loss.getByLabel('Gjelder til').fill(dayOffset(180));
  await checkPage(page, 'handover form keeps access');
  await page.getByRole('button', { name: 'Send forespørsel' }).click();
  await expect(page.getByText('Forespørselen er sendt.')).toBeVisible();

  // Kari accepts from «Mitt arbeid».
  const kari = await newPerson(browser);
  await loginAs(kari, KARI);
  await kari.getByRole('link', { name: new RegExp(CHILD) }).first().click();
  await expect(kari.getByRole('heading', { level: 1, name: 'Forespørsel om å overta en sak' })).toBeVisible();
  await expect(kari.getByRole('definition').filter({ hasText: MARTE })).toBeVisible();
  await checkPage(kari, 'request says who keeps access');
  await kari.getByRole('button', { name: 'Ta imot saken' }).click();
  await expect(kari).toHaveURL(caseUrl);
  await expect(kari.getByText('Du er nå stafettholder for saken.')).toBeVisible();
  await kari.context().close();

  // Marte still opens the case: a member through the consent recorded on the way.
  await page.goto(caseUrl);
  await expect(page.getByRole('heading', { level: 1, name: CHILD })).toBeVisible();
  await expect(page.getByText('Medlem via samtykke').first()).toBeVisible();
  await checkPage(page, 'case kept after the move');
});
