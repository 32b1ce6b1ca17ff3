import { expect, test } from '@playwright/test';
import { DEMO_KNOWN } from '../../src/server/features/demo/demo-known.js';
import { expectAccessible } from './axe.js';

const APP_PORT = Number(process.env.E2E_PORT ?? 3100);
const OIDC_PORT = APP_PORT + 1;

/**
 * The foundation journey: a school employee logs in through the (local) OpenID provider,
 * finds a child of her own school, cannot find a child of another school, opens the child,
 * switches to nynorsk with the keyboard (choose, then apply) and logs out. Every page visited passes axe (WCAG 2.1 AA).
 */
test('a school employee logs in with OpenID Connect, finds her pupil and not another school’s, reads nynorsk and logs out', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
  await expectAccessible(page, 'login');

  await page.getByRole('link', { name: 'Logg inn som ansatt' }).click();
  // The local identity provider's login form, prefilled with the teacher's subject.
  await page.getByRole('button', { name: 'Logg inn' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Mitt arbeid' })).toBeVisible();
  await expect(page.getByText(DEMO_KNOWN.liaTeacherName)).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: DEMO_KNOWN.liaSchool, exact: true })).toBeVisible();
  await expectAccessible(page, 'my work');

  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Barn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Søk etter barn' })).toBeVisible();
  await expectAccessible(page, 'child search');

  const query = page.getByLabel('Navn eller fødselsnummer');
  await query.fill(DEMO_KNOWN.bergChildGivenName);
  await query.press('Enter');
  await expect(page.getByText('Ingen barn funnet')).toBeVisible();
  await expectAccessible(page, 'child search without hits');

  await query.fill(DEMO_KNOWN.liaChildGivenName);
  await query.press('Enter');
  const hit = page.getByRole('link', { name: new RegExp(DEMO_KNOWN.liaChildGivenName) });
  await expect(hit).toHaveCount(1);
  expect(page.url()).not.toContain(DEMO_KNOWN.liaChildGivenName);
  await expectAccessible(page, 'child search with a hit');

  await hit.click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`${DEMO_KNOWN.liaChildGivenName} ${DEMO_KNOWN.liaChildFamilyName}`) })).toBeVisible();
  await expect(page.getByText('Har foreldreansvar').first()).toBeVisible();
  await expectAccessible(page, 'child detail');

  // Choose, then apply (WCAG 3.2.2): arrowing through the languages changes nothing; «Bytt språk» does.
  const language = page.getByLabel('Språk');
  await language.focus();
  await language.press('ArrowDown');
  await language.press('ArrowDown');
  await language.press('ArrowUp');
  await expect(language).toHaveValue('nn');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Bytt språk' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Hovudmeny' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expectAccessible(page, 'child detail in nynorsk');

  // Logout goes through the identity provider's end-session page and back to the app.
  await Promise.all([
    page.waitForURL((url) => url.port === String(OIDC_PORT), { timeout: 30_000 }),
    page.getByRole('button', { name: 'Logg ut' }).click(),
  ]);
  await page.waitForURL((url) => url.port === String(APP_PORT) && url.pathname === '/login', { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
  await expectAccessible(page, 'login after logout');
  const session = await page.request.get('/api/session');
  expect((await session.json()).authenticated).toBe(false);
});
