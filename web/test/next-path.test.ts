import { describe, expect, it } from 'vitest';
import { HOME_PATH, safeNextPath } from '../src/features/auth/next-path';

describe('safeNextPath', () => {
  it('keeps a path inside the app, with its query', () => {
    expect(safeNextPath('/admin/security/users?page=2')).toBe('/admin/security/users?page=2');
  });

  it.each([null, '', 'https://evil.test/', '//evil.test/x', '/\\evil.test', '/login?next=/x', '/setup?token=t'])(
    'falls back to the home page for %j',
    (next) => {
      expect(safeNextPath(next)).toBe(HOME_PATH);
    },
  );
});
