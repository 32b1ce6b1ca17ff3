import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';

/**
 * Unknown fields in a request body are refused with a 400 naming them, never silently dropped: a
 * script importing content must learn what would not have been stored (issue 9). The first test
 * walks every registered route's body schema, so a body added later without z.strictObject fails here.
 */
type Headers = Record<string, string>;
let t: TestContext;
const f = {} as { tenantId: string; unitId: string; coordinator: Headers; admin: Headers };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const unit = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  Object.assign(f, {
    tenantId: tenant.id,
    unitId: unit.id,
    coordinator: await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['municipal_coordinator'] })),
    admin: await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] })),
  });
});
afterAll(() => t.close());

/** Every object reachable from a schema (through wrappers, arrays, unions, pipes) that lets unknown keys through, by path. */
function looseObjects(schema: z.core.$ZodType, path: string, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const walk = (s: unknown, p: string) => looseObjects(s as z.core.$ZodType, p, seen);
  switch (def.type) {
    case 'object': {
      const catchall = def.catchall as z.core.$ZodType | undefined;
      const own = catchall?._zod.def.type === 'never' ? [] : [path];
      const shape = def.shape as Record<string, unknown>;
      return [...own, ...Object.entries(shape).flatMap(([k, v]) => walk(v, `${path}.${k}`))];
    }
    case 'optional': case 'nullable': case 'default': case 'prefault': case 'nonoptional': case 'readonly': case 'catch':
      return walk(def.innerType, path);
    case 'array':
      return walk(def.element, `${path}[]`);
    case 'union':
      return (def.options as unknown[]).flatMap((o) => walk(o, path));
    case 'intersection':
      return [...walk(def.left, path), ...walk(def.right, path)];
    case 'pipe':
      return [...walk(def.in, path), ...walk(def.out, path)];
    case 'record':
      return walk(def.valueType, `${path}{}`);
    case 'tuple':
      return [...(def.items as unknown[]).flatMap((x, i) => walk(x, `${path}[${i}]`)), ...(def.rest ? walk(def.rest, `${path}[]`) : [])];
    case 'lazy':
      return walk((def.getter as () => unknown)(), path);
    default:
      return [];
  }
}

describe('every request body refuses unknown fields', () => {
  it('each object in each route\'s body schema is strict, at every level', () => {
    const withBody = t.app.registeredRoutes.filter((r) => r.body !== undefined);
    // Guards the walk itself: the app has dozens of bodies, and a loose one is found.
    expect(withBody.length).toBeGreaterThan(40);
    const loose = withBody.flatMap((r) => looseObjects(r.body as z.core.$ZodType, `${String(r.method)} ${r.url} body`));
    expect(loose).toEqual([]);
  });

  it('the walk finds a loose object nested in arrays, unions and defaults (so the test above can fail)', async () => {
    const { z: zod } = await import('zod');
    const schema = zod.strictObject({
      a: zod.array(zod.union([zod.strictObject({ x: zod.string() }), zod.object({ y: zod.string() })])).default([]),
      b: zod.strictObject({ c: zod.object({ d: zod.number() }).nullable().optional() }),
    });
    expect(looseObjects(schema, 'body')).toEqual(['body.a[]', 'body.b.c']);
  });
});

const problem = (path: string) => ({ path, code: 'unknown_field', message: expect.any(String) });
const countOf = async (table: 'guide_steps' | 'services' | 'units' | 'audit_log') =>
  Number((await t.database.db.selectFrom(table).select((e) => e.fn.countAll<string>().as('n')).where('tenant_id', '=', f.tenantId).executeTakeFirstOrThrow()).n);
const counts = async () => ({
  steps: await countOf('guide_steps'), services: await countOf('services'), units: await countOf('units'), audit: await countOf('audit_log'),
});
const post = (url: string, headers: Headers, payload: object) => t.app.inject({ method: 'POST', url, headers, payload });

describe('an unknown field is a 400 naming it, and nothing is written', () => {
  it('a guide step with an unknown field on the step and in its bokmål text', async () => {
    const before = await counts();
    const r = await post('/api/content/guide/steps', f.coordinator, {
      key: 'start', level: 0, kind: 'end', colour: 'blue',
      content: { nb: { title: 'Hva gjør jeg nå?', body: '', who: '', colour: 'red' } },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('validation_failed');
    expect(r.json().error.fields).toEqual(expect.arrayContaining([problem('body.colour'), problem('body.content.nb.colour')]));
    expect(r.json().error.fields).toHaveLength(2);
    expect(await counts()).toEqual(before);
  });

  it('the same step without the unknown fields is stored (the 400 was for the field alone)', async () => {
    const r = await post('/api/content/guide/steps', f.coordinator, {
      key: 'start', level: 0, kind: 'end', content: { nb: { title: 'Hva gjør jeg nå?', body: '', who: '' } },
    });
    expect(r.statusCode).toBe(201);
  });

  it('a service with unknown fields, one of them in a link', async () => {
    const before = await counts();
    const r = await post('/api/content/services', f.coordinator, {
      slug: 'helsestasjonen', unitId: f.unitId, serviceType: 'health', ageFrom: 0, ageTo: 20, selfReferral: true,
      content: { nb: { name: 'Helsestasjonen', summary: 'For barn og unge.', whatWeOffer: 'Samtaler.', howToGetHelp: 'Ring oss.' } },
      links: [{ label: 'Nettside', url: 'https://example.test/helse', colour: 'green' }],
      colour: 'blue', shade: 'dark',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toEqual(expect.arrayContaining([problem('body.colour'), problem('body.shade'), problem('body.links.0.colour')]));
    expect(r.json().error.fields).toHaveLength(3);
    expect(await counts()).toEqual(before);
  });

  it('a unit with an unknown field, on creating and on changing it', async () => {
    const before = await counts();
    const created = await post('/api/admin/units', f.admin, { name: 'Lia barnehage', type: 'kindergarten', colour: 'yellow' });
    expect(created.statusCode).toBe(400);
    expect(created.json().error.fields).toEqual([problem('body.colour')]);
    const changed = await t.app.inject({ method: 'PATCH', url: `/api/admin/units/${f.unitId}`, headers: f.admin, payload: { name: 'Nytt navn', colour: 'yellow' } });
    expect(changed.statusCode).toBe(400);
    expect(changed.json().error.fields).toEqual([problem('body.colour')]);
    expect(await counts()).toEqual(before);
    const unit = await t.database.db.selectFrom('units').select('name').where('id', '=', f.unitId).executeTakeFirstOrThrow();
    expect(unit.name).toBe('Lia skole');
  });

  it('reports unknown fields beside the other field problems of the same body', async () => {
    const r = await post('/api/admin/units', f.admin, { name: '', type: 'kindergarten', colour: 'yellow' });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields.map((p: { path: string; code: string }) => `${p.path} ${p.code}`).sort()).toEqual(['body.colour unknown_field', 'body.name too_small']);
  });
});
