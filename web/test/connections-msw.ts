import { ALL_PERMISSIONS } from '@keyward/shared/permissions';
import { HttpResponse } from 'msw';
import { connectionDetails, openaiIntegration, page, postgresIntegration } from './connections-fixtures';
import { viewer } from './fixtures';
import { api, server } from './msw-server';

export type Details = ReturnType<typeof connectionDetails>;

export function card(details: Details) {
  const { fields: _fields, ...rest } = details;
  return rest;
}

export function signedIn(listed: Details[] = [], details: Details | null = null) {
  let current = details;
  const filters: unknown[] = [];
  server.use(
    api.query('Viewer', () => HttpResponse.json({ data: { viewer: viewer(ALL_PERMISSIONS) } })),
    api.query('Connections', ({ variables }) => {
      filters.push(variables['filter']);
      return HttpResponse.json({ data: { connections: page('Connection', listed.map(card)) } });
    }),
    api.query('ConnectionIntegrationOptions', () =>
      HttpResponse.json({ data: { integrations: page('Integration', [postgresIntegration, openaiIntegration]) } }),
    ),
    api.query('ConnectionDetails', () => HttpResponse.json({ data: { connection: current } })),
    api.query('ConnectionSecretKeys', () =>
      HttpResponse.json({
        data: { secrets: page('Secret', [{ __typename: 'Secret', id: 'secret_1', key: 'PG_PASSWORD' }, { __typename: 'Secret', id: 'secret_2', key: 'STRIPE_KEY' }]) },
      }),
    ),
  );
  return { setDetails: (next: Details) => (current = next), filters };
}

export function record(operation: string, respond: (variables: Record<string, unknown>) => Response) {
  const calls: Record<string, unknown>[] = [];
  server.use(
    api.mutation(operation, ({ variables }) => {
      calls.push(variables);
      return respond(variables);
    }),
  );
  return calls;
}

