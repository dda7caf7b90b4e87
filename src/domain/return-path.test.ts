import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path.ts';

describe('safeReturnPath', () => {
  it('keeps a local path with query', () => {
    expect(safeReturnPath('/portaal/audit?entity=users')).toBe('/portaal/audit?entity=users');
  });

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', 'portaal', '/\tevil', '', null, undefined, 'javascript:alert(1)', '/.//evil.example', '/..//evil.example', '/%2e//evil.example', '/%2E%2E//evil.example/x', '/a/..//evil.example'])(
    'falls back for %j',
    (value) => {
      expect(safeReturnPath(value)).toBe('/portaal');
    },
  );
});
