import { ALL_PERMISSIONS, BUILT_IN_ROLES } from '@keyward/shared/permissions';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type {
  CreateOrganizationInput,
  CreateOrganizationMutation,
  CreateOrganizationMutationVariables,
  DeleteOrganizationMutation,
  DeleteOrganizationMutationVariables,
  OrganizationSettingsQuery,
  OrganizationSettingsQueryVariables,
  OrganizationsQuery,
  OrganizationsQueryVariables,
  UpdateOrganizationMutation,
  UpdateOrganizationMutationVariables,
  ViewerOrganizationsQuery,
  ViewerOrganizationsQueryVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';
import { graphQLError, organization, viewer } from './fixtures';
import { api, server } from './msw-server';
import type { WithTypename } from './with-typename';
import { organizationRow, otherOrganization } from './organizations-fixtures';
import { renderApp } from './render-app';

const superAdmin = { ...viewer(ALL_PERMISSIONS), isSuperAdmin: true };

/** A super admin with these organizations on the server; both lists answer from `rows` as it is now. */
function signedInAsSuperAdmin(rows: ReturnType<typeof organizationRow>[]) {
  let listed = 0;
  server.use(
    api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: superAdmin } })),
    api.query<OrganizationsQuery, OrganizationsQueryVariables>('Organizations', () => {
      listed += 1;
      return HttpResponse.json({ data: { organizations: rows } });
    }),
    api.query<ViewerOrganizationsQuery, ViewerOrganizationsQueryVariables>('ViewerOrganizations', () => HttpResponse.json({ data: { organizations: rows.map((row): WithTypename<ViewerOrganizationsQuery['organizations'][number]> => ({ ...row, viewerMembershipStatus: row.current ? 'ACTIVE' : null })) } })),
  );
  return { listCalls: () => listed };
}

const globex = organizationRow({ ...otherOrganization, current: false, memberCount: 1, apiKeyCount: 0, createdAt: '2026-11-02T10:00:00.000Z' });

describe('Administration → Organizations', () => {
  it('lists every organization with its slug, members, API keys and creation date', async () => {
    signedInAsSuperAdmin([organizationRow(), globex]);
    renderApp('/admin/organizations');

    const table = await screen.findByRole('table', { name: 'Organizations' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0] ?? table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Name', 'Slug', 'Members', 'API keys', 'Created', 'Actions']);
    expect(within(rows[1] ?? table).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Acme RoboticsCurrent', 'acme-robotics', '12', '3', '14 Mar 2026', '']);
    expect(within(rows[2] ?? table).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Globex Research', 'globex', '1', '0', '2 Nov 2026', '']);
    const sidebar = screen.getByRole('navigation', { name: 'Administration' });
    expect(within(sidebar).getByRole('link', { name: 'Organizations' })).toHaveAttribute('aria-current', 'page');
  });

  it('is in the sidebar for super admins only, even when a role grants ORGANIZATIONS_MANAGE', async () => {
    server.use(api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer([...BUILT_IN_ROLES.ORG_ADMIN.permissions, 'ORGANIZATIONS_MANAGE']) } })));
    server.use(api.query<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>('OrganizationSettings', () => HttpResponse.json({ data: { organization } })));
    renderApp('/admin/settings');

    const sidebar = await screen.findByRole('navigation', { name: 'Administration' });
    expect(within(sidebar).getByRole('link', { name: 'Settings' })).toBeVisible();
    expect(within(sidebar).queryByRole('link', { name: 'Organizations' })).not.toBeInTheDocument();
  });

  it('tells someone who is not a super admin that the page is not for them, without listing anything', async () => {
    let listed = 0;
    server.use(
      api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(BUILT_IN_ROLES.ORG_ADMIN.permissions) } })),
      api.query<OrganizationsQuery, OrganizationsQueryVariables>('Organizations', () => {
        listed += 1;
        return HttpResponse.json({ data: { organizations: [organizationRow()] } });
      }),
    );
    renderApp('/admin/organizations');

    expect(await screen.findByText('Super admins only')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'New Organization' })).not.toBeInTheDocument();
    expect(listed).toBe(0);
  });

  it('shows an error with a way to retry, then the list', async () => {
    let fail = true;
    server.use(
      api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: superAdmin } })),
      api.query<OrganizationsQuery, OrganizationsQueryVariables>('Organizations', () =>
        fail ? HttpResponse.json({ errors: [graphQLError('The database is unreachable.', { code: 'INTERNAL_SERVER_ERROR' })] }) : HttpResponse.json({ data: { organizations: [organizationRow()] } }),
      ),
    );
    const { user } = renderApp('/admin/organizations');

    expect(await screen.findByText('Could not load organizations')).toBeVisible();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Organizations' })).toBeVisible();
  });

  it('creates an organization with a name and no slug, and lists it', async () => {
    const rows = [organizationRow()];
    const session = signedInAsSuperAdmin(rows);
    const inputs: CreateOrganizationInput[] = [];
    server.use(
      api.mutation<CreateOrganizationMutation, CreateOrganizationMutationVariables>('CreateOrganization', ({ variables: { input } }) => {
        inputs.push(input);
        const created = organizationRow({ ...globex, name: input.name, slug: 'initech-labs', memberCount: 0 });
        rows.push(created);
        return HttpResponse.json({ data: { createOrganization: created } });
      }),
    );
    const { user } = renderApp('/admin/organizations');
    await screen.findByRole('table', { name: 'Organizations' });
    const before = session.listCalls();

    await user.click(screen.getByRole('button', { name: 'New Organization' }));
    const dialog = await screen.findByRole('dialog', { name: 'New organization' });
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));
    expect(await within(dialog).findByText('Name is required.')).toBeVisible();
    await user.type(within(dialog).getByLabelText(/Name/), 'Initech Labs');
    expect(within(dialog).getByText(/Leave empty to use “initech-labs”/)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));

    expect(await screen.findByText('Organization created')).toBeVisible();
    expect(inputs).toEqual([{ name: 'Initech Labs', slug: null }]);
    expect(session.listCalls()).toBeGreaterThan(before);
    expect(await screen.findByRole('cell', { name: 'initech-labs' })).toBeVisible();
  });

  it('refuses a slug that would not work in a link before calling the server, and shows the server slug error on the field', async () => {
    signedInAsSuperAdmin([organizationRow()]);
    let calls = 0;
    server.use(
      api.mutation<CreateOrganizationMutation, CreateOrganizationMutationVariables>('CreateOrganization', () => {
        calls += 1;
        const message = 'The slug globex is taken.';
        return HttpResponse.json({ errors: [graphQLError(message, { code: 'BAD_USER_INPUT', field: 'input.slug', fields: [{ field: 'input.slug', message }] })] });
      }),
    );
    const { user } = renderApp('/admin/organizations');
    await user.click(await screen.findByRole('button', { name: 'New Organization' }));
    const dialog = await screen.findByRole('dialog', { name: 'New organization' });
    await user.type(within(dialog).getByLabelText(/Name/), 'Globex');
    await user.type(within(dialog).getByLabelText('Slug'), 'Globex Inc');
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));
    expect(await within(dialog).findByText('Use lowercase letters, digits and single hyphens.')).toBeVisible();
    expect(calls).toBe(0);

    await user.clear(within(dialog).getByLabelText('Slug'));
    await user.type(within(dialog).getByLabelText('Slug'), 'globex');
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));
    expect(await within(dialog).findByText('The slug globex is taken.')).toBeVisible();
    expect(within(dialog).getByLabelText('Slug')).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toBe(1);
  });

  it('renames an organization', async () => {
    const rows = [organizationRow(), globex];
    signedInAsSuperAdmin(rows);
    const calls: UpdateOrganizationMutationVariables[] = [];
    server.use(
      api.mutation<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>('UpdateOrganization', ({ variables }) => {
        calls.push(variables);
        const renamed = { ...globex, name: 'Globex Corporation' };
        rows[1] = renamed;
        return HttpResponse.json({ data: { updateOrganization: renamed } });
      }),
    );
    const { user } = renderApp('/admin/organizations');

    await user.click(await screen.findByRole('button', { name: 'Actions for Globex Research' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Rename' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename organization' });
    const name = within(dialog).getByLabelText(/Name/);
    expect(name).toHaveValue('Globex Research');
    await user.clear(name);
    await user.type(name, 'Globex Corporation');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Organization renamed')).toBeVisible();
    expect(calls).toEqual([{ id: 'org_2', input: { name: 'Globex Corporation', slug: 'globex' } }]);
    expect(await screen.findByRole('cell', { name: 'Globex Corporation' })).toBeVisible();
  });

  it('deletes only after the exact name is typed, and says what goes with it', async () => {
    const rows = [organizationRow(), globex];
    signedInAsSuperAdmin(rows);
    const calls: DeleteOrganizationMutationVariables[] = [];
    server.use(
      api.mutation<DeleteOrganizationMutation, DeleteOrganizationMutationVariables>('DeleteOrganization', ({ variables }) => {
        calls.push(variables);
        rows.pop();
        return HttpResponse.json({ data: { deleteOrganization: true } });
      }),
    );
    const { user } = renderApp('/admin/organizations');

    await user.click(await screen.findByRole('button', { name: 'Actions for Globex Research' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete organization' });
    expect(within(dialog).getByText('This permanently deletes Globex Research')).toBeVisible();
    expect(within(dialog).getByText(/1 membership/)).toBeVisible();
    expect(within(dialog).getByText(/0 API keys/)).toBeVisible();
    expect(within(dialog).getByText(/its secrets, integrations and connections/)).toBeVisible();

    const confirm = within(dialog).getByRole('button', { name: 'Delete organization' });
    const typed = within(dialog).getByLabelText('Type “Globex Research” to confirm');
    expect(confirm).toBeDisabled();
    for (const nearMiss of ['globex research', 'Globex Research ', 'Globex']) {
      await user.clear(typed);
      await user.type(typed, nearMiss);
      expect(confirm).toBeDisabled();
    }
    await user.type(typed, '{Enter}');
    expect(calls).toHaveLength(0);

    await user.clear(typed);
    await user.type(typed, 'Globex Research');
    expect(confirm).toBeEnabled();
    await user.click(confirm);

    expect(await screen.findByText('Organization deleted')).toBeVisible();
    expect(calls).toEqual([{ id: 'org_2', confirmName: 'Globex Research' }]);
    await waitFor(() => expect(screen.queryByRole('cell', { name: 'Globex Research' })).not.toBeInTheDocument());
  });

  it('does not offer to delete the current organization', async () => {
    signedInAsSuperAdmin([organizationRow(), globex]);
    const { user } = renderApp('/admin/organizations');

    await user.click(await screen.findByRole('button', { name: 'Actions for Acme Robotics' }));
    expect(await screen.findByRole('menuitem', { name: 'Delete' })).toBeDisabled();
  });
});
