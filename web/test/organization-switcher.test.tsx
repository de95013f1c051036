import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { graphQLError, organization, viewer } from './fixtures';
import { api, server } from './msw-server';
import type { WithTypename } from './with-typename';
import { otherOrganization, viewerOrganization, type OrganizationIdentity } from './organizations-fixtures';
import { renderApp } from './render-app';
import type {
  OrganizationSettingsQuery,
  OrganizationSettingsQueryVariables,
  SwitchOrganizationMutation,
  SwitchOrganizationMutationVariables,
  ViewerOrganizationsQuery,
  ViewerOrganizationsQueryVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';

const acme: OrganizationIdentity = { id: organization.id, name: organization.name, slug: organization.slug };
const globexSettings: WithTypename<OrganizationSettingsQuery['organization']> = {
  ...organization,
  ...otherOrganization,
  environments: [{ __typename: 'Environment', slug: 'qa', name: 'Globex QA' }],
};

/**
 * A member of Acme and Globex on a fake server that keeps the session's current organization,
 * so every query answers for whichever organization is current at the time.
 */
function memberOfTwo({ allowed = true }: { allowed?: boolean } = {}) {
  let current = acme;
  const switches: string[] = [];
  const settingsLoads: string[] = [];
  server.use(
    api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: { ...viewer(), organization: { __typename: 'Organization', ...current } } } })),
    api.query<ViewerOrganizationsQuery, ViewerOrganizationsQueryVariables>('ViewerOrganizations', () =>
      HttpResponse.json({
        data: {
          organizations: [
            viewerOrganization({ current: current.id === acme.id }),
            viewerOrganization({ ...otherOrganization, current: current.id === otherOrganization.id }),
          ],
        },
      }),
    ),
    api.query<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>('OrganizationSettings', () => {
      settingsLoads.push(current.slug);
      return HttpResponse.json({ data: { organization: current.id === acme.id ? organization : globexSettings } });
    }),
    api.mutation<SwitchOrganizationMutation, SwitchOrganizationMutationVariables>('SwitchOrganization', ({ variables }) => {
      const id = String(variables.id);
      switches.push(id);
      if (!allowed) return HttpResponse.json({ errors: [graphQLError('Organization not found.', { code: 'NOT_FOUND' })] });
      current = id === otherOrganization.id ? otherOrganization : acme;
      return HttpResponse.json({ data: { switchOrganization: { ...viewer(), organization: { __typename: 'Organization', ...current } } } });
    }),
  );
  return { switches, settingsLoads };
}

const switcherName = (name: string) => `Organization: ${name}. Switch organization`;

// A switch is several round trips (switch, store reset, viewer, page); the machine running the tests is shared.
const SWITCHED = { timeout: 5000 };

describe('Organization switcher', () => {
  it('is not offered to someone with one organization, who sees its name', async () => {
    server.use(
      api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer() } })),
      api.query<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>('OrganizationSettings', () => HttpResponse.json({ data: { organization } })),
    );
    const { router } = renderApp('/admin/settings');

    await screen.findByLabelText('Ceiling per minute');
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Acme Robotics')).toBeVisible();
    expect(within(banner).queryByRole('button', { name: /Switch organization/ })).not.toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe('?org=acme-robotics'));
  });

  it('switches the session, reloads the page for the new organization and puts it in the URL', async () => {
    const session = memberOfTwo();
    const { user, router } = renderApp('/admin/settings');
    expect(await screen.findByDisplayValue('Development')).toBeVisible();
    await waitFor(() => expect(router.state.location.search).toBe('?org=acme-robotics'));

    await user.click(await screen.findByRole('button', { name: switcherName('Acme Robotics') }));
    await user.click(await screen.findByRole('option', { name: /Globex Research/ }));

    expect(await screen.findByDisplayValue('Globex QA', {}, SWITCHED)).toBeVisible();
    expect(screen.queryByDisplayValue('Development')).not.toBeInTheDocument();
    expect(session.switches).toEqual(['org_2']);
    expect(session.settingsLoads).toEqual(['acme-robotics', 'globex']);
    expect(screen.getByRole('button', { name: switcherName('Globex Research') })).toBeVisible();
    expect(router.state.location.pathname).toBe('/admin/settings');
    expect(router.state.location.search).toBe('?org=globex');
  });

  it('opens a shared link for another organization in that organization', async () => {
    const session = memberOfTwo();
    const { router } = renderApp('/admin/settings?org=globex');

    expect(await screen.findByDisplayValue('Globex QA', {}, SWITCHED)).toBeVisible();
    expect(session.switches).toEqual(['org_2']);
    expect(session.settingsLoads).toEqual(['globex']);
    expect(router.state.location.search).toBe('?org=globex');
  });

  it("says so when a link names an organization the viewer cannot enter, and changes nothing", async () => {
    const session = memberOfTwo();
    const { user, router } = renderApp('/admin/settings?org=initech');

    expect(await screen.findByText("You don't have access to initech", {}, SWITCHED)).toBeVisible();
    expect(session.switches).toEqual([]);
    expect(session.settingsLoads).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Stay in Acme Robotics' }));
    expect(await screen.findByDisplayValue('Development')).toBeVisible();
    expect(router.state.location.search).toBe('?org=acme-robotics');
  });

  it('shows the refusal when the server does not let the viewer switch', async () => {
    const session = memberOfTwo({ allowed: false });
    renderApp('/admin/settings?org=globex');

    expect(await screen.findByText("You don't have access to globex", {}, SWITCHED)).toBeVisible();
    expect(screen.getByText('Organization not found.')).toBeVisible();
    expect(session.switches).toEqual(['org_2']);
    expect(session.settingsLoads).toEqual([]);
  });
});
