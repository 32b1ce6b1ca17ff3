import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The four features' messages load with their pages (addFeatureMessages), not with the app. A
 * key used before its file is imported shows as the raw key, so: every route page imports the
 * message files its feature's modules use, and every shared component imports its own.
 */
const web = join(import.meta.dirname, '..');
const lazy = { catalogue: 'catalogue', contentServices: 'content-services', contentGuide: 'content-guide', contentLibrary: 'content-library' } as const;
// catalogue.fromCase stays with the app (the case page links to the catalogue).
const uses = (source: string, ns: string) =>
  new RegExp(`['\`]${ns}\\.(?!fromCase\\.)`).test(source);
const imports = (source: string, file: string) => source.includes(`/i18n/features/${file}.js'`);

const sources = (dir: string) =>
  readdirSync(join(web, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => ({ path: join(dir, f), source: readFileSync(join(web, dir, f), 'utf8') }));

const router = readFileSync(join(web, 'app/router.tsx'), 'utf8');
const routePages = [...router.matchAll(/import\('\.\.\/features\/([\w-]+)\/(\w+)\.js'\)/g)].map((m) => ({ feature: m[1]!, page: m[2]! }));

describe('lazily loaded messages', () => {
  it('finds the route pages', () => {
    expect(routePages.length).toBeGreaterThan(10);
  });

  it.each(Object.entries(lazy))('%s: every route page of a feature that uses the keys imports the messages', (ns, file) => {
    const missing: string[] = [];
    const features = new Set(routePages.map((r) => r.feature));
    for (const feature of features) {
      if (!sources(`features/${feature}`).some((f) => uses(f.source, ns))) continue;
      for (const { page } of routePages.filter((r) => r.feature === feature)) {
        const source = readFileSync(join(web, `features/${feature}/${page}.tsx`), 'utf8');
        if (!imports(source, file)) missing.push(`${feature}/${page}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(lazy))('%s: every shared component that uses the keys imports the messages', (ns, file) => {
    const missing = sources('components').filter((f) => uses(f.source, ns) && !imports(f.source, file)).map((f) => f.path);
    expect(missing).toEqual([]);
  });

  it('keeps the app\'s own message files free of them', () => {
    for (const lang of ['nb', 'nn', 'en']) {
      const source = readFileSync(join(web, `i18n/${lang}.ts`), 'utf8');
      for (const file of Object.values(lazy)) expect(source).not.toContain(`./features/${file}.js`);
    }
  });
});
