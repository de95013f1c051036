import { Button, EmptyState, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlayerPause, IconPlayerPlay, IconSearch, IconShieldCheck, IconTrash, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { FilterSelect } from '../../components/filter-select';
import { plural } from '../../components/format';
import { graphqlErrorMessage } from '../../components/graphql-errors';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { useHasPermission } from '../../components/viewer-context';
import type { SignInMethod, UserFilter, UserRowFieldsFragment, UserStatus } from '../../graphql/generated';
import { useDeleteUsersMutation, useDisableUsersMutation, useEnableUsersMutation, useResendInvitationMutation, useUserFormOptionsQuery, useUsersQuery } from './users.generated';
import type { BulkKind } from './bulk-confirmation-dialog';
import type { UserAction } from './user-actions';
import { UsersSkeleton, UsersTable } from './users-table';

const PAGE_SIZE = 25;

// Each dialog (the modal, the forms' validation and form libraries) loads when it is first opened.
const AddUserDialog = lazy(async () => ({ default: (await import('./add-user-dialog')).AddUserDialog }));
const EditUserDialog = lazy(async () => ({ default: (await import('./edit-user-dialog')).EditUserDialog }));
const ResetPasswordDialog = lazy(async () => ({ default: (await import('./reset-password-dialog')).ResetPasswordDialog }));
const ManageRolesDialog = lazy(async () => ({ default: (await import('./manage-roles-dialog')).ManageRolesDialog }));
const BulkConfirmationDialog = lazy(async () => ({ default: (await import('./bulk-confirmation-dialog')).BulkConfirmationDialog }));

type OpenDialog =
  | { kind: 'add' }
  | { kind: 'roles'; users: UserRowFieldsFragment[] }
  | { kind: 'edit'; user: UserRowFieldsFragment }
  | { kind: 'reset'; user: UserRowFieldsFragment }
  | { kind: BulkKind; users: UserRowFieldsFragment[] }
  | null;

const STATUS_OPTIONS = [
  { value: '', label: 'All statuses' },
  { value: 'ACTIVE', label: 'Active' },
  { value: 'SUSPENDED', label: 'Suspended' },
  { value: 'INVITED', label: 'Invited' },
];
const METHOD_OPTIONS = [
  { value: '', label: 'All sign-in methods' },
  { value: 'PASSWORD', label: 'Password' },
  { value: 'SSO', label: 'SSO' },
];

export function UsersPage() {
  const canManage = useHasPermission('USERS_MANAGE');
  const canReadRoles = useHasPermission('ROLES_READ');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState('');
  const [roleId, setRoleId] = useState('');
  const [signInMethod, setSignInMethod] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [dialog, showDialog] = useState<OpenDialog>(null);
  // The dialogs opened so far: mounted from their first opening on, so closing keeps the modal's transition.
  const [mountedDialogs, setMountedDialogs] = useState<ReadonlySet<string>>(new Set());
  function setDialog(next: OpenDialog) {
    showDialog(next);
    const kind = next?.kind === 'disable' || next?.kind === 'enable' || next?.kind === 'delete' ? 'bulk' : next?.kind;
    if (kind && !mountedDialogs.has(kind)) setMountedDialogs(new Set(mountedDialogs).add(kind));
  }

  const filter: UserFilter = {
    search: debouncedSearch || null,
    status: (status || null) as UserStatus | null,
    roleId: roleId || null,
    signInMethod: (signInMethod || null) as SignInMethod | null,
  };
  const page = cursors.length - 1;
  const { data, previousData, error, loading, refetch } = useUsersQuery({
    variables: { filter, first: PAGE_SIZE, after: cursors[page] ?? null },
    notifyOnNetworkStatusChange: true,
  });
  const roleOptions = useUserFormOptionsQuery({ skip: !canReadRoles });
  const [disableUsers] = useDisableUsersMutation();
  const [enableUsers] = useEnableUsersMutation();
  const [deleteUsers] = useDeleteUsersMutation();
  const [resendInvitation] = useResendInvitationMutation();

  const shown = data ?? previousData;
  const rows = shown?.users.edges.map((e) => e.node) ?? [];
  const selectedRows = rows.filter((u) => selected.has(u.id));

  function resetPaging() {
    setCursors([null]);
    setSelected(new Set());
  }

  function toggle(id: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function resend(user: UserRowFieldsFragment) {
    try {
      await resendInvitation({ variables: { id: user.id } });
      notifications.show({ color: 'teal', title: 'Invitation sent again', message: `${user.email} got a new link; the previous one no longer works.` });
    } catch (failure) {
      notifications.show({ color: 'red', title: 'Invitation not sent', message: graphqlErrorMessage(failure) });
    }
  }

  function act(action: UserAction, user: UserRowFieldsFragment) {
    if (action === 'manageRoles') setDialog({ kind: 'roles', users: [user] });
    else if (action === 'edit') setDialog({ kind: 'edit', user });
    else if (action === 'resetPassword') setDialog({ kind: 'reset', user });
    else if (action === 'resendInvitation') void resend(user);
    else setDialog({ kind: action, users: [user] });
  }

  async function runBulk(kind: BulkKind, users: UserRowFieldsFragment[]) {
    const ids = users.map((u) => u.id);
    if (kind === 'disable') await disableUsers({ variables: { ids }, refetchQueries: ['Users'] });
    if (kind === 'enable') await enableUsers({ variables: { ids }, refetchQueries: ['Users'] });
    if (kind === 'delete') await deleteUsers({ variables: { ids }, refetchQueries: ['Users'] });
    setSelected(new Set());
    const verb = { disable: 'disabled', enable: 'enabled', delete: 'deleted' }[kind];
    notifications.show({ color: 'teal', title: `Users ${verb}`, message: users.length === 1 ? `${users[0]?.email ?? ''} was ${verb}.` : `${users.length} users were ${verb}.` });
  }

  // Bulk actions apply to the selected users they make sense for; the confirmation says who.
  const bulkTargets: Record<BulkKind, UserRowFieldsFragment[]> = {
    disable: selectedRows.filter((u) => u.status === 'ACTIVE'),
    enable: selectedRows.filter((u) => u.status === 'SUSPENDED'),
    delete: selectedRows,
  };
  const bulk = dialog?.kind === 'disable' || dialog?.kind === 'enable' || dialog?.kind === 'delete' ? dialog : null;

  return (
    <Stack gap={0}>
      <PageHeader
        title="Users"
        description="Everyone who can sign in to this organization, with their roles and status. Invited users appear until they set a password."
        actions={
          canManage ? (
            <Button leftSection={<IconUserPlus size={16} />} onClick={() => setDialog({ kind: 'add' })}>
              Add User
            </Button>
          ) : null
        }
      />

      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        <TextInput
          aria-label="Search users"
          placeholder="Search by name or email"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            resetPaging();
          }}
          w={280}
        />
        {canReadRoles ? (
          <FilterSelect
            aria-label="Filter by role"
            value={roleId}
            onChange={(event) => {
              setRoleId(event.currentTarget.value);
              resetPaging();
            }}
            data={[{ value: '', label: 'All roles' }, ...(roleOptions.data?.roles.map((r) => ({ value: r.id, label: r.name })) ?? [])]}
          />
        ) : null}
        <FilterSelect
          aria-label="Filter by status"
          value={status}
          onChange={(event) => {
            setStatus(event.currentTarget.value);
            resetPaging();
          }}
          data={STATUS_OPTIONS}
        />
        <FilterSelect
          aria-label="Filter by sign-in method"
          value={signInMethod}
          onChange={(event) => {
            setSignInMethod(event.currentTarget.value);
            resetPaging();
          }}
          data={METHOD_OPTIONS}
        />
      </Group>

      {selectedRows.length > 0 ? (
        <Paper withBorder radius="md" px="md" py="xs" mb="sm" bg="var(--mantine-color-indigo-0)" role="region" aria-label="Bulk actions">
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              {plural(selectedRows.length, 'user')} selected
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="default" leftSection={<IconShieldCheck size={14} />} onClick={() => setDialog({ kind: 'roles', users: selectedRows })}>
                Manage roles
              </Button>
              <Button size="xs" variant="default" leftSection={<IconPlayerPause size={14} />} disabled={bulkTargets.disable.length === 0} onClick={() => setDialog({ kind: 'disable', users: bulkTargets.disable })}>
                Disable
              </Button>
              <Button size="xs" variant="default" leftSection={<IconPlayerPlay size={14} />} disabled={bulkTargets.enable.length === 0} onClick={() => setDialog({ kind: 'enable', users: bulkTargets.enable })}>
                Enable
              </Button>
              <Button size="xs" color="red" variant="light" leftSection={<IconTrash size={14} />} onClick={() => setDialog({ kind: 'delete', users: bulkTargets.delete })}>
                Delete
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setSelected(new Set())}>
                Clear selection
              </Button>
            </Group>
          </Group>
        </Paper>
      ) : null}

      {error && !shown ? (
        <QueryError error={error} what="users" onRetry={() => void refetch()} />
      ) : !shown ? (
        <UsersSkeleton />
      ) : rows.length === 0 ? (
        <Paper withBorder radius="md" py={48}>
          <EmptyState
            icon={<IconUsers stroke={1.5} />}
            title={debouncedSearch || status || roleId || signInMethod ? 'No users match these filters' : 'No users yet'}
            description={debouncedSearch || status || roleId || signInMethod ? 'Change the search or the filters.' : 'Add a user to send them an invitation.'}
          />
        </Paper>
      ) : (
        <Paper withBorder radius="md" aria-busy={loading}>
          <UsersTable
            rows={rows}
            withCheckboxes={canManage}
            selected={selected}
            onToggle={toggle}
            onSelectionChange={setSelected}
            onAction={act}
          />
          <Group justify="space-between" px="md" py="sm">
            <Text size="sm" c="dimmed">
              {plural(shown.users.totalCount, 'user')}
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="default" disabled={page === 0} onClick={() => { setCursors((c) => c.slice(0, -1)); setSelected(new Set()); }}>
                Previous
              </Button>
              <Button
                size="xs"
                variant="default"
                disabled={!shown.users.pageInfo.hasNextPage}
                onClick={() => {
                  setCursors((c) => [...c, shown.users.pageInfo.endCursor]);
                  setSelected(new Set());
                }}
              >
                Next
              </Button>
            </Group>
          </Group>
        </Paper>
      )}

      {/* One boundary per dialog: loading one never hides another. */}
      {mountedDialogs.has('add') ? (
        <Suspense fallback={null}>
          <AddUserDialog opened={dialog?.kind === 'add'} onClose={() => setDialog(null)} />
        </Suspense>
      ) : null}
      {mountedDialogs.has('edit') ? (
        <Suspense fallback={null}>
          <EditUserDialog user={dialog?.kind === 'edit' ? dialog.user : null} onClose={() => setDialog(null)} />
        </Suspense>
      ) : null}
      {mountedDialogs.has('reset') ? (
        <Suspense fallback={null}>
          <ResetPasswordDialog user={dialog?.kind === 'reset' ? dialog.user : null} onClose={() => setDialog(null)} />
        </Suspense>
      ) : null}
      {mountedDialogs.has('roles') ? (
        <Suspense fallback={null}>
          <ManageRolesDialog
            opened={dialog?.kind === 'roles'}
            users={dialog?.kind === 'roles' ? dialog.users : []}
            onClose={() => setDialog(null)}
            onDone={() => setSelected(new Set())}
          />
        </Suspense>
      ) : null}
      {mountedDialogs.has('bulk') ? (
        <Suspense fallback={null}>
          <BulkConfirmationDialog kind={bulk?.kind ?? null} users={bulk?.users ?? []} onClose={() => setDialog(null)} onConfirm={runBulk} />
        </Suspense>
      ) : null}
    </Stack>
  );
}
