import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badField } from './errors';

/** Relay-style page information shared by every list. */
@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** `first` / `after` for every cursor-paginated list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'At most 100; 25 when omitted.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * A `<Name>Connection` type (with `<Name>Edge`) for a list of `node` items.
 * Usage: `@ObjectType('UserConnection') class UserConnection extends connectionOf(UserType, 'User') {}`.
 */
export function connectionOf<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'All matching items, not only this page.' })
    totalCount!: number;
  }
  return ConnectionType;
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

/** The window a page covers. Cursors are opaque to clients; a bad one is a field error. */
export function pageWindow(args: PageArgs): { limit: number; offset: number } {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) throw badField('first', `first must be between 0 and ${MAX_PAGE_SIZE}.`);
  if (args.after == null) return { limit, offset: 0 };
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(args.after, 'base64url').toString());
  if (match?.[1] === undefined) throw badField('after', 'This cursor is not valid.');
  return { limit, offset: Number(match[1]) + 1 };
}

/**
 * Builds a page from the rows of one window (fetch `limit` rows at `offset`) and the total.
 * Services pair it with `em.findAndCount(…, { limit, offset, orderBy })` under a stable order.
 */
export function toPage<R, T>(rows: R[], total: number, window: { limit: number; offset: number }, map: (row: R) => T): Page<T> {
  const edges = rows.map((row, i) => ({ cursor: encodeCursor(window.offset + i), node: map(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: window.offset + rows.length < total, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: total,
  };
}
