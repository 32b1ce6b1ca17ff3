import { expect, test, type Page } from '@playwright/test';
import { DEMO_PEOPLE } from '../../src/server/features/demo/demo-known.js';
import { expectAccessible } from './axe.js';
import { REFLOW_WIDTH } from './reflow.js';

/** One person of each kind the demo offers: the pages and tasks differ by role and by unit type. */
const ROLES = ['demo:teacher-lia', 'demo:leader-lia', 'demo:resource-lia', 'demo:kindergarten-teacher', 'demo:nurse',
  'demo:admin', 'demo:coordinator', 'demo:analyst'] as const;

/** Addresses that are no staff page: the API (downloads), the public site, the login. */
const NOT_A_PAGE = /^\/(api|k)\/|^\/login/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.samla-loading')).toHaveCount(0);
}

/** The page, each of its tabs, and its folded parts (forms behind «Registrer …») opened: axe and reflow on each. */
async function checkEveryView(page: Page, label: string): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { (d as HTMLDetailsElement).open = true; }));
  await expectAccessible(page, label);
  const tabs = page.getByRole('main').getByRole('tab');
  const count = await tabs.count();
  for (let i = 1; i < count; i++) {
    const tab = tabs.nth(i);
    const name = (await tab.textContent())?.trim() ?? String(i);
    await tab.click();
    await settle(page);
    await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { (d as HTMLDetailsElement).open = true; }));
    await expectAccessible(page, `${label}, tab «${name}»`);
  }
}

/**
 * Reflow at 320 px (WCAG 1.4.10) on every staff page: each demo role logs in on a phone-wide screen and follows
 * every link of the app it can see, one page of each kind (the first case, the first child …), with every tab of it.
 * Each passes axe and neither scrolls sideways nor cuts content. The journeys check the pages they visit in their
 * own state (a report of concern, a handover request) the same way, through expectAccessible.
 */
test.describe('every staff page at 320 px', () => {
  test.use({ viewport: { width: REFLOW_WIDTH, height: 720 } });

  for (const subject of ROLES) {
    const person = DEMO_PEOPLE.find((p) => p.subject === subject)!;
    test(`${person.name} (${person.role ?? person.municipalRole}${person.unit ? `, ${person.unit}` : ''})`, async ({ page }) => {
      test.setTimeout(300_000);
      await page.goto('/login');
      await expectAccessible(page, 'login');
      await page.getByRole('button', { name: `Logg inn som ${person.name}` }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Mitt arbeid' })).toBeVisible();

      const queue = ['/'];
      const seen = new Set<string>();
      while (queue.length > 0) {
        const path = queue.shift()!;
        const kind = path.replace(UUID, ':id');
        if (seen.has(kind)) continue;
        seen.add(kind);
        await page.goto(path);
        await settle(page);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await checkEveryView(page, `${kind} as ${person.name}`);
        const links = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        for (const link of links) {
          const target = link.split(/[?#]/)[0]!;
          if (!NOT_A_PAGE.test(target) && !seen.has(target.replace(UUID, ':id'))) queue.push(target);
        }
      }
      // Every role has more than a start page; a crawl that found nothing would prove nothing.
      expect(seen.size, [...seen].join(', ')).toBeGreaterThan(3);
    });
  }
});
