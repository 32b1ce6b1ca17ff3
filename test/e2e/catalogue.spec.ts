import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './axe.js';

/** «Eksempel kommune»'s public pages: the slug the database gives its name. */
const HOME = '/k/eksempel';
const COORDINATOR = 'Randi Kvam';
const NAME = 'Ettervern-kafeen for unge voksne';

async function newVisitor(browser: Browser, opts: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const { baseURL, locale } = test.info().project.use;
  const context = await browser.newContext({ baseURL, locale, javaScriptEnabled: opts.javaScriptEnabled ?? true });
  return context.newPage();
}

/** WCAG 1.4.10 (reflow): at 320 CSS pixels the page does not scroll sideways. */
async function expectReflow(page: Page, label: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${label} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
  if (size) await page.setViewportSize(size);
}

async function check(page: Page, label: string, withScript?: Page): Promise<void> {
  if (withScript) await withScript.goto(page.url());
  await expectAccessible(withScript ?? page, label);
  await expectReflow(withScript ?? page, label);
  const folder = process.env.E2E_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/catalogue-${label.replace(/\W+/g, '-')}.png`, fullPage: true });
}

/**
 * The catalogue's fields (issue 9, item 5): a coordinator publishes a service that the school can
 * refer to, that is free, takes drop-in and is for ages 18–25 (aftercare); a visitor without
 * JavaScript finds it by exactly those filters on the public pages and reads them on its page.
 * Every page passes axe (WCAG 2.1 AA).
 */
test('a coordinator publishes a service with who can refer, cost, drop-in and ages to 25; a visitor finds it by those filters', async ({ page, browser }) => {
  test.setTimeout(240_000);
  await page.goto('/login');
  await page.getByRole('button', { name: `Logg inn som ${COORDINATOR}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mitt arbeid' })).toBeVisible();
  await page.goto('/innhold/tjenester/ny');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny tjeneste' })).toBeVisible();

  await page.getByLabel('Type tjeneste').selectOption('child_welfare');
  await page.getByLabel('Fra alder').fill('18');
  await page.getByLabel('Til alder').fill('25');
  await page.getByRole('checkbox', { name: 'Unge voksne (ettervern)' }).check();
  const referrers = page.getByRole('group', { name: 'Hvem kan henvise?' });
  await expect(referrers.getByRole('checkbox', { name: 'Du selv (selvhenvisning)' })).toBeChecked();
  await referrers.getByRole('checkbox', { name: 'Skolen' }).check();
  await referrers.getByRole('checkbox', { name: 'NAV' }).check();
  await page.getByRole('radio', { name: 'Gratis' }).check();
  await page.getByRole('checkbox', { name: 'Drop-in: man kan komme uten timeavtale' }).check();
  // The bokmål tab's fields (the other languages' tabs are in the page too, hidden).
  const nb = (field: string) => page.locator(`[name="content.nb.${field}"]`);
  await nb('name').fill(NAME);
  await nb('summary').fill('Et uformelt sted å komme innom for deg som har hatt hjelp fra barnevernet.');
  await nb('whatWeOffer').fill('Kaffe, samtaler og hjelp med bolig, skole og jobb.');
  await nb('howToGetHelp').fill('Kom innom på tirsdager, eller be skolen eller NAV om å ta kontakt.');
  await page.getByRole('button', { name: 'Legg til telefonnummer' }).click();
  await page.getByRole('textbox', { name: 'Nummer', exact: true }).fill('12 34 59 99');
  await page.getByRole('textbox', { name: 'Hva nummeret er for (valgfritt)' }).fill('Kafeen');
  await check(page, 'editor filled');
  await page.getByRole('button', { name: 'Opprett utkast' }).click();
  await expect(page.getByText('Tjenesten er opprettet som utkast.')).toBeVisible();
  await page.getByRole('button', { name: 'Publiser', exact: true }).click();
  await expect(page.getByText('Tjenesten er publisert.', { exact: true })).toBeVisible();
  await check(page, 'editor published');

  // Staff find it in Samla's catalogue by the same filters, and read who can refer on its page.
  await page.goto('/tjenester?alder=24&henviser=school&gratis=1&dropin=1');
  await expect(page.getByRole('checkbox', { name: 'Skolen' })).toBeChecked();
  await expect(page.getByRole('link', { name: NAME })).toBeVisible();
  await check(page, 'staff catalogue');
  await page.getByRole('link', { name: NAME }).click();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByText('Du selv (selvhenvisning), Skolen, NAV')).toBeVisible();
  await check(page, 'staff service');

  // A visitor without JavaScript: age 24, the school can refer, free only, drop-in only.
  const visitor = await newVisitor(browser, { javaScriptEnabled: false });
  const axePage = await newVisitor(browser);
  await visitor.goto(`${HOME}/tjenester`);
  await visitor.getByLabel('Barnets alder').selectOption('24');
  await visitor.getByRole('group', { name: 'Hvem kan henvise?' }).getByRole('checkbox', { name: 'Skolen' }).check();
  await visitor.getByRole('checkbox', { name: 'Bare gratis tilbud' }).check();
  await visitor.getByRole('checkbox', { name: 'Uten timeavtale (drop-in)' }).check();
  await visitor.getByRole('button', { name: 'Søk', exact: true }).click();
  await expect(visitor).toHaveURL(/alder=24/);
  await expect(visitor).toHaveURL(/henviser=school/);
  await expect(visitor).toHaveURL(/gratis=1/);
  await expect(visitor).toHaveURL(/dropin=1/);
  await expect(visitor.getByRole('link', { name: NAME })).toBeVisible();
  // The filters leave out services for younger children.
  await expect(visitor.getByRole('link', { name: /barnehage/i })).toHaveCount(0);
  await check(visitor, 'public search', axePage);
  await visitor.getByRole('link', { name: NAME }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect(visitor.getByText('18–25 år').first()).toBeVisible();
  await expect(visitor.getByText('Du selv (selvhenvisning), Skolen, NAV')).toBeVisible();
  await expect(visitor.getByText('Du kan komme uten timeavtale.')).toBeVisible();
  await expect(visitor.getByRole('link', { name: '12 34 59 99' })).toBeVisible();
  await check(visitor, 'public service', axePage);

  // In English, the same filters find it too (the text is in bokmål, marked as such).
  await visitor.goto(`${HOME}/tjenester?lang=en&alder=24&henviser=school&gratis=1&dropin=1`);
  await expect(visitor.locator('h3[lang="nb"]', { hasText: NAME })).toBeVisible();
  await check(visitor, 'public search en', axePage);
  await visitor.context().close();
  await axePage.context().close();
});
