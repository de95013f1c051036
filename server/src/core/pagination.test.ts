import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { pageWindow, toPage } from './pagination';

describe('pagination', () => {
  it('walks a list page by page with the end cursor', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const first = pageWindow({ first: 2 });
    const page1 = toPage(items.slice(first.offset, first.offset + first.limit), items.length, first, (x) => x);
    expect(page1.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = pageWindow({ first: 2, after: page1.pageInfo.endCursor });
    const page2 = toPage(items.slice(second.offset, second.offset + second.limit), items.length, second, (x) => x);
    expect(page2.edges.map((e) => e.node)).toEqual(['c', 'd']);
    const third = pageWindow({ first: 2, after: page2.pageInfo.endCursor });
    const page3 = toPage(items.slice(third.offset, third.offset + third.limit), items.length, third, (x) => x);
    expect(page3.edges.map((e) => e.node)).toEqual(['e']);
    expect(page3.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a forged cursor and an oversized page as field errors', () => {
    expect(() => pageWindow({ after: 'not-a-cursor' })).toThrow(DomainError);
    expect(() => pageWindow({ first: 1000 })).toThrow(/first must be between/);
  });
});
