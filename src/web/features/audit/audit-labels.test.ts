import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '../../../contracts/audit-codes.js';
import { en } from '../../i18n/en.js';
import { nb } from '../../i18n/nb.js';
import { nn } from '../../i18n/nn.js';

/*
 * The audit log names what happened in words, in every language: each code the server writes has a label in nb, nn
 * and en (issue 9: `case.entries_read` and `consent.list` were shown raw). appendAudit's type takes only the listed
 * codes; the scan below also catches a code that reaches it through a plain string.
 */
const languages = { nb, nn, en } as const;
const label = (tree: unknown, path: string[]): unknown =>
  path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), tree);

const server = join(import.meta.dirname, '../../../server');
const serverSources = readdirSync(server, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => readFileSync(join(server, f), 'utf8'))
  .filter((source) => /appendAudit\(/.test(source));
const entities = new Set(AUDIT_ACTIONS.map((a) => a.split('.')[0]!));
/** `'entity.verb'` literals of an audited entity in the files that write the audit log. */
const written = [...new Set(serverSources.flatMap((source) => [...source.matchAll(/'([a-z_]+)\.([a-z_]+)'/g)]
  .filter((m) => entities.has(m[1]!)).map((m) => `${m[1]}.${m[2]}`)))];

describe('audit log labels', () => {
  it('finds the codes the server writes', () => {
    expect(written.length).toBeGreaterThan(40);
    expect(written).toContain('case.entries_read');
    expect(written).toContain('consent.list');
  });

  it('lists every code the server writes', () => {
    expect(written.filter((code) => !(AUDIT_ACTIONS as readonly string[]).includes(code))).toEqual([]);
  });

  it.each(Object.entries(languages))('%s: every action has a label, not its code', (_, messages) => {
    const missing = AUDIT_ACTIONS.filter((code) => {
      const text = label(messages.admin.audit.actions, code.split('.'));
      return typeof text !== 'string' || text.trim() === '' || text === code;
    });
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(languages))('%s: every object type has a label', (_, messages) => {
    const missing = AUDIT_ENTITY_TYPES.filter((code) => {
      const text = label(messages.admin.audit.entityTypes, [code]);
      return typeof text !== 'string' || text.trim() === '' || text === code;
    });
    expect(missing).toEqual([]);
  });
});
