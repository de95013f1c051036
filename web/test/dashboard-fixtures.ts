import { HttpResponse } from 'msw';
import type {
  DashboardApiKeysQuery,
  DashboardApiKeysQueryVariables,
  DashboardAuditQuery,
  DashboardAuditQueryVariables,
  DashboardConnectionsQuery,
  DashboardConnectionsQueryVariables,
  DashboardSecretsQuery,
  DashboardSecretsQueryVariables,
} from '../src/graphql/generated';
import { api, server } from './msw-server';
import type { WithTypename } from './with-typename';

const days = Array.from({ length: 14 }, (_, i) => ({
  __typename: 'ApiKeyUsageDay',
  day: `2026-11-${String(18 + i).padStart(2, '0')}`,
  requests: i === 13 ? 42 : i * 3,
}));

export const dashboardApiKeys: WithTypename<DashboardApiKeysQuery> = {
  apiKeyStats: { __typename: 'ApiKeyStats', total: 7, active: 4, suspended: 1, revoked: 1, expired: 1, expiringSoon: 2, callsToday: 42 },
  apiKeyDailyCalls: days,
};

export const dashboardSecrets: WithTypename<DashboardSecretsQuery> = {
  secretStats: { __typename: 'SecretStats', total: 12, incomplete: 3 },
};

export const dashboardConnections: WithTypename<DashboardConnectionsQuery> = {
  connectionStats: { __typename: 'ConnectionStats', total: 5, incomplete: 2, environmentsNotConfigured: 6, failingLastTest: 1 },
};

export const dashboardAudit: WithTypename<DashboardAuditQuery> = {
  auditEvents: {
    __typename: 'AuditEventConnection',
    totalCount: 1,
    edges: [
      {
        __typename: 'AuditEventEdge',
        node: { __typename: 'AuditEvent', id: 'evt_1', at: new Date().toISOString(), actorLabel: 'Ada Lovelace', action: 'apiKey.create', summary: 'created API key Nightly sync' },
      },
    ],
  },
};

/** Answers the dashboard's queries; returns which of them were asked. */
export function dashboardHandlers(): { asked: () => string[] } {
  const asked: string[] = [];
  /** Notes the operation's name, then answers as `resolve` does. */
  const noting =
    <Info extends { operationName: string }, Answer>(resolve: () => Answer) =>
    ({ operationName }: Info): Answer => {
      asked.push(operationName);
      return resolve();
    };
  server.use(
    api.query<DashboardApiKeysQuery, DashboardApiKeysQueryVariables>('DashboardApiKeys', noting(() => HttpResponse.json({ data: dashboardApiKeys }))),
    api.query<DashboardSecretsQuery, DashboardSecretsQueryVariables>('DashboardSecrets', noting(() => HttpResponse.json({ data: dashboardSecrets }))),
    api.query<DashboardConnectionsQuery, DashboardConnectionsQueryVariables>('DashboardConnections', noting(() => HttpResponse.json({ data: dashboardConnections }))),
    api.query<DashboardAuditQuery, DashboardAuditQueryVariables>('DashboardAudit', noting(() => HttpResponse.json({ data: dashboardAudit }))),
  );
  return { asked: () => [...asked] };
}
