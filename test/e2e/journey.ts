import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './axe.js';

/** The demo login: a journey changes person several times, which one OpenID subject cannot. */
export async function loginAs(page: Page, name: string): Promise<void> {
  await page.goto('/login');
  await page.getByRole('button', { name: `Logg inn som ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mitt arbeid' })).toBeVisible();
}

/** Another person at another computer: a browser context of their own, with the project's settings. */
export async function newPerson(browser: Browser): Promise<Page> {
  const { baseURL, locale } = test.info().project.use;
  const context = await browser.newContext({ baseURL, locale });
  return context.newPage();
}

/** A day counted from today in Oslo, as a date input takes it (yyyy-mm-dd). */
export function dayOffset(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
}

/** axe (and reflow) on a page; with E2E_SCREENSHOTS=<folder>, a picture of it named by the journey and the label. */
export function pageChecker(journey: string) {
  return async (page: Page, label: string): Promise<void> => {
    await expectAccessible(page, label);
    const folder = process.env.E2E_SCREENSHOTS;
    if (folder) await page.screenshot({ path: `${folder}/${journey}-${label.replace(/\W+/g, '-')}.png`, fullPage: true });
  };
}
