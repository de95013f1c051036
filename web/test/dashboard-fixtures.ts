import { HttpResponse } from 'msw';
import type { DashboardApiKeysQuery, DashboardAuditQuery, DashboardConnectionsQuery, DashboardSecretsQuery } from '../src/graphql/generated';
import { api, server } from './msw-server';
import type { WithTypenames } from './with-typenames';

const days = Array.from({ length: 14 }, (_, i) => ({
  __typename: 'ApiKeyUsageDay',
  day: `2026-11-${String(18 + i).padStart(2, '0')}`,
  requests: i === 13 ? 42 : i * 3,
}));

export const dashboardApiKeys: WithTypenames<DashboardApiKeysQuery> = {
  apiKeyStats: { __typename: 'ApiKeyStats', total: 7, active: 4, suspended: 1, revoked: 1, expired: 1, expiringSoon: 2, callsToday: 42 },
  apiKeyDailyCalls: days,
};

export const dashboardSecrets: WithTypenames<DashboardSecretsQuery> = {
  secretStats: { __typename: 'SecretStats', total: 12, missingValues: 3 },
};

export const dashboardConnections: WithTypenames<DashboardConnectionsQuery> = {
  connectionStats: { __typename: 'ConnectionStats', total: 5, incomplete: 2, environmentsNotConfigured: 6 },
};

export const dashboardAudit: WithTypenames<DashboardAuditQuery> = {
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
  const answer = (name: string, data: Record<string, unknown>) =>
    api.query(name, () => {
      asked.push(name);
      return HttpResponse.json({ data });
    });
  server.use(
    answer('DashboardApiKeys', dashboardApiKeys),
    answer('DashboardSecrets', dashboardSecrets),
    answer('DashboardConnections', dashboardConnections),
    answer('DashboardAudit', dashboardAudit),
  );
  return { asked: () => [...asked] };
}
