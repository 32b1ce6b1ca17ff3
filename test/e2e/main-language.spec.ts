import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe.js';

/** «Eksempel kommune»'s public pages: the slug the database gives its name. */
const HOME = '/k/eksempel';

async function checkPage(page: Page, label: string): Promise<void> {
  await expectAccessible(page, label);
  const folder = process.env.E2E_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/main-language-${label.replace(/\W+/g, '-')}.png`, fullPage: true });
}

/** The administrator's «Kommunen» page: choose the main language and save it. */
async function chooseMainLanguage(page: Page, language: 'Bokmål' | 'Nynorsk', saved: string | RegExp): Promise<void> {
  await page.getByRole('radio', { name: language }).check();
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByText(saved)).toBeVisible();
}

/**
 * The municipality's main language (issue 9, item 4): the administrator makes «Eksempel kommune»
 * a nynorsk municipality; the staff app follows at once (nobody in this browser chose a language),
 * and a reader whose browser asks for no language the pages have gets them in nynorsk, marked
 * lang="nn", every page at zero axe violations. Bokmål is restored afterwards for the other journeys.
 */
test('a nynorsk municipality: the staff app and the public pages open in nynorsk', async ({ page, browser }) => {
  test.setTimeout(150_000);
  await page.goto('/login');
  await page.getByRole('button', { name: 'Logg inn som Tore Systad' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mitt arbeid' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Administrasjon' }).click();
  await page.getByRole('navigation', { name: 'Administrasjon' }).getByRole('link', { name: 'Kommunen' }).click();
  await expect(page.getByRole('group', { name: 'Kommunens hovedmålform' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Bokmål' })).toBeChecked();
  try {
    // The staff app follows the main language at once: the user has not chosen one.
    await chooseMainLanguage(page, 'Nynorsk', 'Endringane er lagra.');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    await expect(page.getByRole('group', { name: 'Målforma til kommunen' })).toBeVisible();
    await checkPage(page, 'staff-settings-nn');
    // The staff catalogue marks the municipality's main texts as nynorsk, not bokmål.
    await page.getByRole('navigation', { name: 'Hovudmeny' }).getByRole('link', { name: 'Tenestekatalog' }).click();
    await expect(page.locator('main h3[lang]').first()).toHaveAttribute('lang', 'nn');
    expect(await page.locator('main [lang="nb"]').count()).toBe(0);
    await checkPage(page, 'staff-catalogue-nn');

    // A reader whose browser asks for German: the pages do not have it, so the main language.
    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'de-DE' });
    const reader = await context.newPage();
    await reader.goto(HOME);
    await expect(reader.locator('html')).toHaveAttribute('lang', 'nn');
    await expect(reader.getByRole('navigation', { name: 'Hovudmeny' })).toBeVisible();
    await expect(reader.getByRole('link', { name: 'Nynorsk' })).toHaveAttribute('aria-current', 'true');
    await checkPage(reader, 'home-nn');

    await reader.getByRole('navigation', { name: 'Hovudmeny' }).getByRole('link', { name: 'Tenester' }).click();
    await expect(reader.getByRole('heading', { level: 1, name: 'Tenester for barn, unge og familiar' })).toBeVisible();
    await expect(reader).toHaveURL(/\/tjenester$/);
    // The municipality's own texts are in its main language: nothing on the page claims bokmål but the «Bokmål» link.
    expect(await reader.locator('body [lang="nb"]').count()).toBe(1);
    await checkPage(reader, 'services-nn');
    await reader.locator('.pub-card a').first().click();
    await expect(reader.locator('html')).toHaveAttribute('lang', 'nn');
    expect(await reader.locator('body [lang="nb"]').count()).toBe(1);
    await checkPage(reader, 'service-nn');

    await reader.getByRole('navigation', { name: 'Hovudmeny' }).getByRole('link', { name: 'Handlingsrettleiar' }).click();
    await expect(reader.locator('html')).toHaveAttribute('lang', 'nn');
    await checkPage(reader, 'guide-nn');

    // The same page in bokmål: the municipality's nynorsk texts are marked lang="nn".
    await reader.getByRole('link', { name: 'Bokmål' }).click();
    await expect(reader).toHaveURL(/\/handlingsveileder\/bti\?lang=nb$/);
    await expect(reader.locator('html')).toHaveAttribute('lang', 'nb');
    expect(await reader.locator('main [lang="nn"]').count()).toBeGreaterThan(0);
    await checkPage(reader, 'guide-nb-on-nn');
    await context.close();
  } finally {
    await page.goto('/admin/kommunen');
    await chooseMainLanguage(page, 'Bokmål', /Endringene er lagret\.|Endringane er lagra\./);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  }
});
