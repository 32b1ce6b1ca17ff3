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
    // Dot segments that normalise into a protocol-relative address, plain and percent-encoded.
    ['/..//evil.example/phish', '/'],
    ['/.//evil.example', '/'],
    ['/a/..//evil.example', '/'],
    ['/%2e%2e//evil.example', '/'],
    ['/%2E%2E/%2e%2e//evil.example', '/'],
    ['/./\\/evil.example', '/'],
    ['\\\\evil.example', '/'],
    ['\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['//evil.example', '/'],
    ['/barn?neste=//evil.example', '/barn?neste=//evil.example'],
  ])('%s → %s', (input, expected) => {
    expect(safeReturnTo(input)).toBe(expected);
  });
});
