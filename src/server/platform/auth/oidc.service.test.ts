import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './oidc.service.js';

describe('safeReturnTo', () => {
  it.each([
    ['/barn/123?fane=logg#slutt', '/barn/123?fane=logg#slutt'],
    ['/', '/'],
    [undefined, '/'],
    ['', '/'],
    ['barn', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['/\tevil', '/'],
    ['javascript:alert(1)', '/'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/a/../../b', '/b'],
  ])('%s → %s', (input, expected) => {
    expect(safeReturnTo(input)).toBe(expected);
  });
});
