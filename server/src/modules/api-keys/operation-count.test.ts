import { describe, expect, it } from 'vitest';
import { OperationCounter } from './operation-count';

const counter = new OperationCounter();
const count = (query: string, operationName?: string) => counter.count({ query, operationName });

describe('OperationCounter', () => {
  it('counts a plain query with one top-level field as one', () => {
    expect(count('{ apiKeys { totalCount } }')).toBe(1);
  });
  it('counts each alias of a top-level field', () => {
    expect(count('{ a: apiKeyStats { total } b: apiKeyStats { total } c: organization { name } }')).toBe(3);
  });
  it('counts top-level fields reached through fragments and inline fragments', () => {
    expect(count('query { ...F ... on Query { c: organization { name } } } fragment F on Query { a: apiKeyStats { total } b: apiKeyStats { total } }')).toBe(3);
  });
  it('does not count nested fields', () => {
    expect(count('{ organization { name slug environments { slug name } } }')).toBe(1);
  });
  it('counts only the selected operation of a document', () => {
    expect(count('query One { a: organization { name } } query Two { a: organization { name } b: organization { name } }', 'Two')).toBe(2);
  });
  it('adds up the entries of a batch', () => {
    expect(counter.count([{ query: '{ a: organization { name } b: organization { name } }' }, { query: '{ organization { name } }' }])).toBe(3);
  });
  it('counts a request it cannot parse as one', () => {
    expect(count('{ not graphql')).toBe(1);
    expect(counter.count('nonsense')).toBe(1);
    expect(counter.count({})).toBe(1);
  });
  it('survives a fragment cycle (the server refuses it later)', () => {
    expect(count('{ ...A } fragment A on Query { a: organization { name } ...B } fragment B on Query { ...A }')).toBe(1);
  });
});
