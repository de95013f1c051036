import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildKeywardSchema, printKeywardSchema } from '../src/graphql/schema';

const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

describe('server/schema.graphql', () => {
  it('is exactly what the code emits (run `pnpm schema` and commit it)', async () => {
    expect(printKeywardSchema(await buildKeywardSchema())).toBe(committed);
  });

  it('shows @requires on protected fields', () => {
    expect(committed).toMatch(/updateOrganizationSettings\(input: UpdateOrganizationSettingsInput!\): Organization! @requires\(permission: SETTINGS_MANAGE\)/);
    expect(committed).toMatch(/rateLimitCeiling: RateLimit! @requires\(permission: SETTINGS_READ\)/);
    expect(committed).toContain('directive @requires(permission: Permission!) on FIELD_DEFINITION | OBJECT');
  });
});
