import { ALL_PERMISSIONS, PERMISSION_AREAS, PERMISSIONS, isSuperAdminOnly, type Permission } from '@keyward/shared/permissions';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { graphQLError, viewer } from './fixtures';
import { api, recordMutation, server } from './msw-server';
import type { WithTypename } from './with-typename';
import { renderApp } from './render-app';
import { roles as builtInRoles } from './users-fixtures';
import type {
  CreateRoleMutation,
  CreateRoleMutationVariables,
  DeleteRoleMutation,
  DeleteRoleMutationVariables,
  RoleFieldsFragment,
  RolesQuery,
  RolesQueryVariables,
  UpdateRoleMutation,
  UpdateRoleMutationVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';

const catalog: WithTypename<RolesQuery['permissions']> = PERMISSION_AREAS.map((area) => ({
  __typename: 'PermissionGroup',
  area,
  permissions: ALL_PERMISSIONS.filter((p) => PERMISSIONS[p].area === area).map((name) => ({
    __typename: 'PermissionInfo',
    name,
    label: PERMISSIONS[name].label,
    superAdminOnly: isSuperAdminOnly(name),
  })),
}));

function role(overrides: Pick<RoleFieldsFragment, 'id' | 'name' | 'permissions'> & Partial<WithTypename<RoleFieldsFragment>>): WithTypename<RoleFieldsFragment> {
  return { __typename: 'Role', description: '', builtIn: false, usage: { __typename: 'RoleUsage', members: 0, apiKeys: 0 }, ...overrides };
}

const auditors = role({ id: 'role_auditors', name: 'Auditors', description: 'Reads the audit log', permissions: ['AUDIT_READ', 'USERS_READ'] });
const inUse = role({ id: 'role_flows', name: 'Flow runners', permissions: ['FLOWS_EXECUTE'], usage: { __typename: 'RoleUsage', members: 3, apiKeys: 1 } });

function signedInAs(permissions: readonly Permission[] = ALL_PERMISSIONS) {
  server.use(
    api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(permissions) } })),
    api.query<RolesQuery, RolesQueryVariables>('Roles', () =>
      HttpResponse.json({
        data: {
          roles: [...builtInRoles.map((r) => ({ ...r, usage: { __typename: 'RoleUsage', members: 1, apiKeys: 0 } })), auditors, inUse],
          permissions: catalog,
        },
      }),
    ),
  );
}

async function openRoles(permissions?: readonly Permission[]) {
  signedInAs(permissions);
  const rendered = renderApp('/admin/security/roles');
  await screen.findByText('Auditors');
  return rendered;
}

describe('Roles page and editor', () => {
  it('shows built-in roles read-only with their permissions, and custom roles with who holds them', async () => {
    const { user } = await openRoles();

    expect(screen.getByRole('button', { name: 'Member' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Actions for Member' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Member' }));
    const member = await screen.findByRole('region', { name: 'Member' });
    expect(within(member).getByText('Execute workflows')).toBeVisible();
    expect(within(member).queryByText(PERMISSIONS.USERS_MANAGE.label)).not.toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Flow runners/ });
    expect(within(row).getByText('3 members, 1 API key')).toBeVisible();
  });

  it('validates a new role, groups permissions by area and locks the super-admin-only ones', async () => {
    const calls = recordMutation<CreateRoleMutation, CreateRoleMutationVariables>('CreateRole', () => HttpResponse.json({ data: null }));
    const { user } = await openRoles();

    await user.click(screen.getByRole('button', { name: 'New Role' }));
    const dialog = await screen.findByRole('dialog', { name: 'New role' });
    expect(within(dialog).getByRole('group', { name: 'Secrets' })).toBeVisible();
    expect(within(dialog).getByRole('checkbox', { name: 'Manage all organizations' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Create role' }));

    expect(await within(dialog).findByText('Role name is required.')).toBeVisible();
    expect(within(dialog).getByText('Choose at least one permission.')).toBeVisible();
    expect(calls).toHaveLength(0);
  });

  it('creates a custom role with the checked permissions', async () => {
    const calls = recordMutation<CreateRoleMutation, CreateRoleMutationVariables>('CreateRole', (variables) =>
      HttpResponse.json({ data: { createRole: role({ id: 'role_new', ...variables.input, description: variables.input.description ?? '' }) } }),
    );
    const { user } = await openRoles();

    await user.click(screen.getByRole('button', { name: 'New Role' }));
    const dialog = await screen.findByRole('dialog', { name: 'New role' });
    await user.type(within(dialog).getByLabelText(/Name/), 'Secret keepers');
    await user.type(within(dialog).getByLabelText('Description'), 'Look after secrets');
    await user.click(within(dialog).getByRole('checkbox', { name: PERMISSIONS.SECRETS_READ.label }));
    await user.click(within(dialog).getByRole('checkbox', { name: PERMISSIONS.SECRETS_MANAGE.label }));
    await user.click(within(dialog).getByRole('button', { name: 'Create role' }));

    expect(await screen.findByText('Role created')).toBeVisible();
    expect(calls).toEqual([{ input: { name: 'Secret keepers', description: 'Look after secrets', permissions: ['SECRETS_READ', 'SECRETS_MANAGE'] } }]);
  });

  it("shows the server's field error next to the name", async () => {
    const message = 'A role named "Auditors" already exists.';
    recordMutation<CreateRoleMutation, CreateRoleMutationVariables>('CreateRole', () =>
      HttpResponse.json({ errors: [graphQLError(message, { code: 'BAD_USER_INPUT', field: 'name', fields: [{ field: 'name', message }] })] }),
    );
    const { user } = await openRoles();

    await user.click(screen.getByRole('button', { name: 'New Role' }));
    const dialog = await screen.findByRole('dialog', { name: 'New role' });
    const name = within(dialog).getByLabelText(/Name/);
    await user.type(name, 'auditors');
    await user.click(within(dialog).getByRole('checkbox', { name: PERMISSIONS.AUDIT_READ.label }));
    await user.click(within(dialog).getByRole('button', { name: 'Create role' }));

    expect(await within(dialog).findByText(message)).toBeVisible();
    expect(name).toHaveAttribute('aria-invalid', 'true');
  });

  it('edits a role starting from its permissions, and locks permissions the viewer lacks', async () => {
    const viewerPermissions: Permission[] = ['ROLES_READ', 'ROLES_MANAGE', 'AUDIT_READ', 'USERS_READ', 'FLOWS_READ'];
    const calls = recordMutation<UpdateRoleMutation, UpdateRoleMutationVariables>('UpdateRole', (variables) =>
      HttpResponse.json({ data: { updateRole: { ...auditors, permissions: variables.input.permissions ?? [] } } }),
    );
    const { user } = await openRoles(viewerPermissions);

    await user.click(screen.getByRole('button', { name: 'Actions for Auditors' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit Role' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit role Auditors' });
    expect(within(dialog).getByRole('checkbox', { name: PERMISSIONS.AUDIT_READ.label })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: PERMISSIONS.SECRETS_MANAGE.label })).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: PERMISSIONS.FLOWS_READ.label }));
    await user.click(within(dialog).getByRole('button', { name: 'Save role' }));

    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({ id: 'role_auditors', input: { name: 'Auditors', permissions: ['AUDIT_READ', 'USERS_READ', 'FLOWS_READ'] } });
  });

  it('does not offer to delete a role in use, and deletes an unused one after confirmation', async () => {
    const calls = recordMutation<DeleteRoleMutation, DeleteRoleMutationVariables>('DeleteRole', (variables) => HttpResponse.json({ data: { deleteRole: String(variables.id) } }));
    const { user } = await openRoles();

    await user.click(screen.getByRole('button', { name: 'Actions for Flow runners' }));
    expect(await screen.findByRole('menuitem', { name: /Delete Role \(held by 3 members, 1 API key\)/ })).toBeDisabled();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Actions for Auditors' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete Role' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete role' });
    expect(confirm).toHaveTextContent('This is permanent');
    await user.click(within(confirm).getByRole('button', { name: 'Delete role' }));

    await waitFor(() => expect(calls).toEqual([{ id: 'role_auditors' }]));
  });
});
