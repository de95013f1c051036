import { describe, expect, it } from 'vitest';
import { MAX_OPERATION_NAMES, OperationNames } from './operation-name';

describe('operation label', () => {
  it('keeps a GraphQL name as sent and labels the unnamed and the unusable', () => {
    const names = new OperationNames();
    expect(names.label('ApiKeys')).toBe('ApiKeys');
    expect(names.label(undefined)).toBe('anonymous');
    expect(names.label('')).toBe('anonymous');
    expect(names.label('x'.repeat(65))).toBe('invalid');
    expect(names.label('drop table; --')).toBe('invalid');
  });

  it('stops adding names after the cap, still labelling the names it already has', () => {
    const names = new OperationNames();
    for (let i = 0; i < MAX_OPERATION_NAMES; i += 1) expect(names.label(`Op${i}`)).toBe(`Op${i}`);
    expect(names.label('OneTooMany')).toBe('other');
    expect(names.label('Op0')).toBe('Op0');
  });
});
