import { expect, test, type Page } from '@playwright/test';
import { DEMO_KNOWN } from '../../src/server/features/demo/demo-known.js';
import { expectAccessible } from './axe.js';

const OBSERVATION = 'Tiril sitter alene i friminuttene og har sluttet å spise matpakken.';

async function loginAs(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Logg inn som ${name}` }).click();
}

/** To the server, a browser without its session cookie is one whose session ran out: the next request gets a 401. */
async function expireSession(page: Page): Promise<void> {
  await page.context().clearCookies({ name: 'samla_session' });
}

/**
 * A session that runs out in the middle of typing (issue 9): the person lands on the login page with the way back,
 * logs in, and is on the same page with what they had typed; nothing of it is in the address. Someone else logging
 * in in that tab starts on their own front page without it, and a return address to another site is refused.
 */
test('a session that runs out while typing a concern: log in again, back on the same page with the text', async ({ page }) => {
  await page.goto('/login');
  await loginAs(page, DEMO_KNOWN.liaTeacherName);
  await expect(page.getByRole('heading', { level: 1, name: 'Mitt arbeid' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Barn' }).click();
  const query = page.getByLabel('Navn eller fødselsnummer');
  await query.fill(DEMO_KNOWN.liaChildGivenName);
  await query.press('Enter');
  await page.getByRole('link', { name: new RegExp(DEMO_KNOWN.liaChildGivenName) }).click();
  await page.getByRole('link', { name: 'Registrer bekymring' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registrer bekymring' })).toBeVisible();
  const concernPage = new URL(page.url()).pathname;

  await page.getByLabel('Hva har du observert?').fill(OBSERVATION);
  await page.getByRole('radio', { name: /Trinn 2/ }).check();
  await expireSession(page);
  await page.getByRole('button', { name: 'Registrer bekymring' }).click();

  // The login page says why, and keeps the way back: a path of ids, no text from the form.
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
  await expect(page.getByText('Du ble logget ut fordi du var inaktiv en stund.')).toBeVisible();
  const loginUrl = new URL(page.url());
  expect(loginUrl.searchParams.get('returnTo')).toBe(concernPage);
  expect(page.url()).not.toContain('Tiril');
  expect(page.url()).not.toContain('matpakken');
  await expectAccessible(page, 'login after the session ran out');

  await loginAs(page, DEMO_KNOWN.liaTeacherName);
  await expect(page.getByRole('heading', { level: 1, name: 'Registrer bekymring' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(concernPage);
  await expect(page.getByLabel('Hva har du observert?')).toHaveValue(OBSERVATION);
  await expect(page.getByRole('radio', { name: /Trinn 2/ })).toBeChecked();
  await expectAccessible(page, 'the concern form back with its text');

  // Sent: the kept text is gone, so the next new concern starts empty.
  await page.getByRole('group', { name: 'Signaler' }).getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Registrer bekymring' }).click();
  await expect(page.getByText('Bekymringen er registrert.')).toBeVisible();
  await page.goto(concernPage);
  await expect(page.getByLabel('Hva har du observert?')).toHaveValue('');

  // Typing again, the session runs out, and someone else logs in in this tab: their own front page, not the text.
  await page.getByLabel('Hva har du observert?').fill(OBSERVATION);
  await expireSession(page);
  await page.getByRole('button', { name: 'Registrer bekymring' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
  await loginAs(page, 'Per Håkonsen');
  await expect(page.getByRole('heading', { level: 1, name: 'Mitt arbeid' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
  expect(await page.evaluate(() => Object.values(sessionStorage).some((v) => v.includes('matpakken')))).toBe(false);
});

test('a session that runs out while editing a service: back in the editor with the unsaved text', async ({ page }) => {
  await page.goto('/login');
  await loginAs(page, 'Randi Kvam');
  await expect(page.getByRole('heading', { level: 1, name: 'Mitt arbeid' })).toBeVisible();
  await page.goto('/innhold/tjenester');
  await page.getByRole('main').locator('a[href^="/innhold/tjenester/"]:not([href$="/ny"])').first().click();
  const summary = page.getByRole('textbox', { name: 'Kort beskrivelse' });
  await expect(summary).toBeVisible();
  const editor = new URL(page.url()).pathname;
  const text = 'Vi svarer innen to arbeidsdager, også i skoleferiene.';
  await summary.fill(text);
  await expireSession(page);
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
  await loginAs(page, 'Randi Kvam');
  await expect(summary).toHaveValue(text);
  expect(new URL(page.url()).pathname).toBe(editor);
  // Saved: kept no longer.
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText('Endringene er lagret', { exact: false }).first()).toBeVisible();
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('samla.unsent:')))).toEqual([]);
});

test('OpenID Connect login brings the person back to the page they asked for', async ({ page }) => {
  await page.goto('/barn');
  await expect(page).toHaveURL(/\/login\?returnTo=%2Fbarn/);
  await page.getByRole('link', { name: 'Logg inn som ansatt' }).click();
  // The local identity provider's login form, prefilled with the teacher's subject.
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Søk etter barn' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/barn');
});

test('the return address after login stays inside Samla', async ({ page }) => {
  for (const attempt of ['https://evil.example/phish', '//evil.example/phish', '/..//evil.example/phish', '/\\evil.example']) {
    await page.context().clearCookies();
    await page.goto(`/login?returnTo=${encodeURIComponent(attempt)}`);
    await loginAs(page, DEMO_KNOWN.liaTeacherName);
    await expect(page.getByRole('heading', { level: 1, name: 'Mitt arbeid' })).toBeVisible();
    const url = new URL(page.url());
    expect(url.origin).toBe(new URL(test.info().project.use.baseURL!).origin);
    expect(url.pathname).toBe('/');
  }
  // The identity provider's way in refuses it too: the login state keeps '/'.
  await page.context().clearCookies();
  const start = await page.request.get(`/api/auth/staff/login?returnTo=${encodeURIComponent('//evil.example/phish')}`, { maxRedirects: 0 });
  expect(start.status()).toBe(302);
  expect(start.headers().location).not.toContain('evil.example');
});
