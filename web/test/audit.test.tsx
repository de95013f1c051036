import { ALL_PERMISSIONS } from '@keyward/shared/permissions';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { graphQLError, viewer } from './fixtures';
import { api, server, type Reply } from './msw-server';
import type { WithTypename } from './with-typename';
import { renderApp } from './render-app';
import type {
  AuditEventFieldsFragment,
  AuditEventsQuery,
  AuditEventsQueryVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';

const AT = '2026-05-01T10:00:00.000Z';

function event(id: string, overrides: Partial<WithTypename<AuditEventFieldsFragment>> = {}): WithTypename<AuditEventFieldsFragment> {
  return {
    __typename: 'AuditEvent',
    id,
    at: AT,
    actorType: 'USER',
    actorLabel: 'ada@acme.test',
    action: 'organization.settings_updated',
    targetType: 'Organization',
    targetId: 'org_1',
    summary: 'Changed name',
    ip: '203.0.113.7',
    userAgent: 'Firefox',
    ...overrides,
  };
}

const settingsChanged = event('evt_1');
const keyCreated = event('evt_2', {
  actorType: 'API_KEY',
  actorLabel: 'Deploy bot (apk_abc123)',
  action: 'secret.created',
  targetType: 'Secret',
  targetId: 'STRIPE_API_KEY',
  summary: 'Created secret STRIPE_API_KEY',
  ip: null,
});

function connection(
  nodes: readonly WithTypename<AuditEventFieldsFragment>[],
  hasNextPage = false,
  totalCount = nodes.length,
  offset = 0,
): WithTypename<AuditEventsQuery['auditEvents']> {
  return {
    __typename: 'AuditEventConnection',
    totalCount,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: nodes.length > 0 ? `c${offset + nodes.length - 1}` : null },
    edges: nodes.map((node, i) => ({ __typename: 'AuditEventEdge', cursor: `c${offset + i}`, node })),
  };
}

function serve(respond: (variables: AuditEventsQueryVariables) => WithTypename<AuditEventsQuery['auditEvents']> | Reply<AuditEventsQuery>) {
  const calls: AuditEventsQueryVariables[] = [];
  server.use(
    api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(ALL_PERMISSIONS) } })),
    api.query<AuditEventsQuery, AuditEventsQueryVariables>('AuditEvents', ({ variables }) => {
      calls.push(variables);
      const result = respond(variables);
      return result instanceof Response ? result : HttpResponse.json({ data: { auditEvents: result } });
    }),
  );
  return calls;
}

async function openPage() {
  const rendered = renderApp('/admin/audit');
  await screen.findByRole('heading', { name: 'Audit log' });
  return rendered;
}

describe('Audit log page', () => {
  it('lists events with when, actor and type, action, target, summary and IP', async () => {
    serve(() => connection([settingsChanged, keyCreated]));
    await openPage();

    const row = (await screen.findByText('Changed name')).closest('tr') as HTMLElement;
    const cells = within(row);
    expect(cells.getByText('ada@acme.test')).toBeVisible();
    expect(cells.getByText('User')).toBeVisible();
    expect(cells.getByText('organization.settings_updated')).toBeVisible();
    expect(cells.getByText('Organization')).toBeVisible();
    expect(cells.getByText('203.0.113.7')).toBeVisible();
    expect(row.querySelector('time')).toHaveAttribute('datetime', AT);
    expect(row.querySelector('time')?.textContent).toMatch(/ago|in /);

    const keyRow = screen.getByText('Created secret STRIPE_API_KEY').closest('tr') as HTMLElement;
    expect(within(keyRow).getByText('Deploy bot (apk_abc123)')).toBeVisible();
    expect(within(keyRow).getByText('API key')).toBeVisible();
  });

  it('says so when there are no events yet', async () => {
    serve(() => connection([]));
    await openPage();
    expect(await screen.findByText('No events yet')).toBeVisible();
  });

  it('sends the actor type and search text as the filter', async () => {
    const calls = serve((variables) => {
      const filter = (variables.filter ?? {}) as { actorType?: string | null; search?: string | null };
      if (filter.actorType === 'API_KEY') return connection(filter.search ? [] : [keyCreated]);
      return connection([settingsChanged, keyCreated]);
    });
    const { user } = await openPage();
    await screen.findByText('Changed name');

    await user.click(screen.getByRole('radio', { name: 'API keys' }));
    await waitFor(() => expect(screen.queryByText('Changed name')).not.toBeInTheDocument());
    expect(screen.getByText('Created secret STRIPE_API_KEY')).toBeVisible();
    expect(calls.at(-1)).toMatchObject({ filter: { actorType: 'API_KEY', search: null } });

    await user.type(screen.getByRole('textbox', { name: 'Search audit log' }), 'rotate');
    expect(await screen.findByText('No events match these filters')).toBeVisible();
    expect(calls.at(-1)).toMatchObject({ filter: { actorType: 'API_KEY', search: 'rotate' } });
  });

  it('loads more events after the last one shown', async () => {
    const calls = serve((variables) =>
      variables.after === 'c0' ? connection([keyCreated], false, 2, 1) : connection([settingsChanged], true, 2),
    );
    const { user } = await openPage();
    await screen.findByText('Changed name');

    await user.click(screen.getByRole('button', { name: /Load more/ }));
    expect(await screen.findByText('Created secret STRIPE_API_KEY')).toBeVisible();
    expect(screen.getByText('Changed name')).toBeVisible();
    expect(calls.at(-1)).toMatchObject({ after: 'c0' });
    expect(screen.queryByRole('button', { name: /Load more/ })).not.toBeInTheDocument();
  });

  it('explains a refusal instead of showing an empty log', async () => {
    serve(() => HttpResponse.json({ data: null, errors: [graphQLError('Forbidden', { code: 'FORBIDDEN' })] }));
    await openPage();
    expect(await screen.findByText("You don't have access")).toBeVisible();
    expect(screen.queryByText('No events yet')).not.toBeInTheDocument();
  });
});
