import { expect, test, type Page } from '@playwright/test';
import { DEMO_KNOWN } from '../../src/server/features/demo/demo-known.js';
import { expectAccessible } from './axe.js';

/** Set E2E_SCREENSHOTS=<folder> to keep a picture of each page the journey checks. */
async function checkPage(page: Page, label: string): Promise<void> {
  await expectAccessible(page, label);
  const folder = process.env.E2E_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/case-work-${label.replace(/\W+/g, '-')}.png`, fullPage: true });
}

/** The demo login: the journey changes person several times, which one OpenID subject cannot. */
async function loginAs(page: Page, name: string): Promise<void> {
  await page.goto('/login');
  await page.getByRole('button', { name: `Logg inn som ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mitt arbeid' })).toBeVisible();
}

/**
 * BTI case work (issue 3): a teacher registers a worry about her pupil, talks it through with
 * her leader and decides on level 1, which opens the case (stafettlogg) with her as relay holder.
 * Every page passes axe (WCAG 2.1 AA).
 */
test('a teacher registers a worry about her pupil and decides on level 1, which opens the case', async ({ page }) => {
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
  await page.getByRole('radio', { name: /^Nivå 1/ }).check();
  await page.getByLabel('Begrunnelse').fill('Skolen følger opp sammen med foresatte.');
  await page.getByRole('button', { name: 'Lagre beslutning' }).click();
  await expect(page).toHaveURL(/\/saker\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: child })).toBeVisible();
  await checkPage(page, 'case');
  const caseUrl = page.url();

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

  // The lead's part of the journey continues from the case page (goal, measure, consent, nurse, baton, report).
});
