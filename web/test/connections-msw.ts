import { ALL_PERMISSIONS } from '@keyward/shared/permissions';
import { HttpResponse } from 'msw';
import type {
  ConnectionDetailsQuery,
  ConnectionDetailsQueryVariables,
  ConnectionFilter,
  ConnectionIntegrationOptionsQuery,
  ConnectionIntegrationOptionsQueryVariables,
  ConnectionSecretKeysQuery,
  ConnectionSecretKeysQueryVariables,
  ConnectionsQuery,
  ConnectionsQueryVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';
import { connectionDetails, openaiIntegration, page, postgresIntegration } from './connections-fixtures';
import { graphQLError, viewer } from './fixtures';
import { api, server } from './msw-server';

export type Details = ReturnType<typeof connectionDetails>;

/** A connection as its card lists it: the details without the credential fields. */
export function card(details: Details) {
  const { fields: _fields, ...rest } = details;
  return rest;
}

/**
 * Signs in with every permission and answers the Connections page's queries: `listed` on the
 * page, `details` when a connection is opened (NOT_FOUND while null). Returns every filter the
 * list was asked with.
 */
export function signedIn(listed: Details[] = [], details: Details | null = null) {
  let current = details;
  const filters: (ConnectionFilter | null | undefined)[] = [];
  server.use(
    api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(ALL_PERMISSIONS) } })),
    api.query<ConnectionsQuery, ConnectionsQueryVariables>('Connections', ({ variables }) => {
      filters.push(variables.filter);
      return HttpResponse.json({ data: { connections: page('Connection', listed.map(card)) } });
    }),
    api.query<ConnectionIntegrationOptionsQuery, ConnectionIntegrationOptionsQueryVariables>('ConnectionIntegrationOptions', () =>
      HttpResponse.json({ data: { integrations: page('Integration', [postgresIntegration, openaiIntegration]) } }),
    ),
    api.query<ConnectionDetailsQuery, ConnectionDetailsQueryVariables>('ConnectionDetails', () =>
      current
        ? HttpResponse.json({ data: { connection: current } })
        : HttpResponse.json({ errors: [graphQLError('Connection not found.', { code: 'NOT_FOUND' })] }),
    ),
    api.query<ConnectionSecretKeysQuery, ConnectionSecretKeysQueryVariables>('ConnectionSecretKeys', () =>
      HttpResponse.json({
        data: { secrets: page('Secret', [{ __typename: 'Secret', id: 'secret_1', key: 'PG_PASSWORD' }, { __typename: 'Secret', id: 'secret_2', key: 'STRIPE_KEY' }]) },
      }),
    ),
  );
  return { setDetails: (next: Details) => (current = next), filters };
}
