import { getNamedType, isLeafType, isNonNullType, isObjectType, Kind, parse, print, visit, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import pg from 'pg';
import type { Client, GraphQLResponse } from '../harness';
import type { Actor } from './security-actors';

/** One request of the sweep and what came back, as text. */
export interface Exchange {
  actor: string;
  operation: string;
  /** The one allowed way out: an API key with CONNECTIONS_RESOLVE resolving an organization connection. */
  runtimeResolve: boolean;
  /** The error codes of the response (empty when it succeeded). */
  codes: unknown[];
  text: string;
}

/** Records every response of the sweep (status, headers and body) for scanning afterwards. */
export class ExchangeLog {
  readonly exchanges: Exchange[] = [];

  async send(actor: Actor, operation: string, query: string, variables?: Record<string, unknown>, runtimeResolve = false): Promise<GraphQLResponse> {
    const res = await actor.client.request(query, variables);
    this.record(actor.label, operation, res, runtimeResolve);
    return res;
  }

  async sendAs(client: Client, label: string, operation: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
    const res = await client.request(query, variables);
    this.record(label, operation, res, false);
    return res;
  }

  private record(actor: string, operation: string, res: GraphQLResponse, runtimeResolve: boolean): void {
    const headers = [...res.headers.entries()].map(([name, value]) => `${name}: ${value}`).join('\n');
    this.exchanges.push({ actor, operation, runtimeResolve, codes: (res.errors ?? []).map((e) => e.extensions?.code), text: `${res.status}\n${headers}\n${JSON.stringify({ data: res.data, errors: res.errors })}` });
  }
}

/** The planted values found in a text (plaintexts are distinctive, so a substring match is exact enough). */
export function plaintextsIn(text: string, plaintexts: readonly string[]): string[] {
  return plaintexts.filter((p) => text.includes(p));
}

/** Every exchange that shows a plaintext, as "actor · operation: values". */
export function leaks(exchanges: readonly Exchange[], plaintexts: readonly string[]): string[] {
  return exchanges
    .flatMap((e) => {
      const found = plaintextsIn(e.text, plaintexts);
      return found.length === 0 ? [] : [`${e.actor} · ${e.operation}: ${found.join(', ')}`];
    })
    .sort();
}

interface TextColumn {
  table_name: string;
  column_name: string;
  data_type: string;
}

const TEXTUAL = ['text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY', 'USER-DEFINED'];

/**
 * Every text, varchar, json/jsonb, bytea (read as text) and array column of every table of the
 * database, searched for the plaintexts: "table.column: values" for each hit.
 */
export async function plaintextsInDatabase(databaseUrl: string, plaintexts: readonly string[]): Promise<{ columns: string[]; hits: string[] }> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<TextColumn>(
      `SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.data_type = ANY($1)
        ORDER BY c.table_name, c.column_name`,
      [TEXTUAL],
    );
    const hits: string[] = [];
    for (const column of rows) {
      const id = (name: string) => `"${name.replaceAll('"', '""')}"`;
      const asText = column.data_type === 'bytea' ? `encode(${id(column.column_name)}, 'escape')` : `${id(column.column_name)}::text`;
      const found = await db.query<{ p: string }>(
        `SELECT p FROM unnest($1::text[]) AS p WHERE EXISTS (SELECT 1 FROM ${id(column.table_name)} WHERE strpos(${asText}, p) > 0)`,
        [plaintexts],
      );
      if (found.rows.length > 0) hits.push(`${column.table_name}.${column.column_name}: ${found.rows.map((r) => r.p).join(', ')}`);
    }
    return { columns: rows.map((c) => `${c.table_name}.${c.column_name}`), hits };
  } finally {
    await db.end();
  }
}

/** A selection of every field without required arguments, down to `depth` levels (lists read their items). */
export function everyField(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) || depth === 0) return '{ __typename }';
  const fields = Object.values(named.getFields())
    .filter((field) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined))
    .map((field) => `${field.name} ${everyField(field.type, depth - 1)}`);
  return `{ ${fields.join(' ')} }`;
}

/**
 * The same operation, reading everything its top-level fields return (to `depth` levels), so the
 * sweep scans whole payloads rather than the ids the matrix selects.
 */
export function readingEverything(schema: GraphQLSchema, query: string, depth: number): string {
  const root = (kind: string) => (kind === 'mutation' ? schema.getMutationType() : schema.getQueryType());
  const document = parse(query);
  const rewritten = visit(document, {
    OperationDefinition(operation) {
      const type = root(operation.operation);
      if (type === null || type === undefined) return undefined;
      const selections = operation.selectionSet.selections.map((selection) => {
        if (selection.kind !== Kind.FIELD || selection.selectionSet === undefined) return selection;
        const field = type.getFields()[selection.name.value];
        if (field === undefined) return selection;
        const full = parse(`{ x ${everyField(field.type, depth)} }`).definitions[0];
        const inner = full?.kind === Kind.OPERATION_DEFINITION ? full.selectionSet.selections[0] : undefined;
        return inner?.kind === Kind.FIELD && inner.selectionSet ? { ...selection, selectionSet: inner.selectionSet } : selection;
      });
      return { ...operation, selectionSet: { ...operation.selectionSet, selections } };
    },
  });
  return print(rewritten);
}
