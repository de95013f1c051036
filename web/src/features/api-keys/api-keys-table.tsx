import { Anchor, Badge, Button, Code, Group, Menu, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import {
  IconAdjustments,
  IconBan,
  IconEye,
  IconPencil,
  IconPlayerPause,
  IconPlayerPlay,
  IconRefresh,
  IconTrash,
} from '@tabler/icons-react';
import dayjs from 'dayjs';
import { plural } from '../../components/format';
import { RelativeTime } from '../../components/relative-time';
import { RowActionsHeader, RowActionsMenu } from '../../components/row-actions';
import type { RowAction as MenuAction } from '../../components/row-actions-dropdown';
import { StatusBadge } from '../../components/status-badge';
import type { ApiKeyRowFieldsFragment } from '../../graphql/generated';
import { formatLimit, scopeBadgeLabel } from './api-key-form';

export type RowAction = 'details' | 'edit' | 'rateLimits' | 'roll' | 'suspend' | 'resume' | 'revoke' | 'delete';

/** Actions that hand out or bring back a key's power: only for a viewer holding every permission the key holds. */
const EMPOWERING: readonly RowAction[] = ['edit', 'rateLimits', 'roll', 'resume'];

/**
 * What the viewer may do to a key in its status; revoked keys can only be looked at and deleted.
 * Suspend, revoke and delete stay for every key manager, so a leaked key can always be stopped.
 */
export function rowActions(key: Pick<ApiKeyRowFieldsFragment, 'status' | 'viewerCanManage'>, canManage: boolean): RowAction[] {
  if (!canManage) return ['details'];
  if (key.status === 'REVOKED') return ['details', 'delete'];
  const actions: RowAction[] = ['details', 'edit', 'rateLimits'];
  if (key.status !== 'EXPIRED') actions.push('roll');
  actions.push(key.status === 'SUSPENDED' ? 'resume' : 'suspend', 'revoke', 'delete');
  return key.viewerCanManage ? actions : actions.filter((a) => !EMPOWERING.includes(a));
}

/** Why a key manager is not offered Roll, Resume, Edit and Edit Rate Limits on this key; null when they are. */
export function withheldActionsNote(key: Pick<ApiKeyRowFieldsFragment, 'status' | 'viewerCanManage' | 'viewerMissingPermissions'>, canManage: boolean): string | null {
  if (!canManage || key.viewerCanManage || key.status === 'REVOKED') return null;
  const missing = key.viewerMissingPermissions;
  const named = missing.length > 3 ? `${missing.slice(0, 3).join(', ')} and ${missing.length - 3} more` : missing.join(', ');
  return `Roll, Resume, Edit and Edit Rate Limits need every permission this key holds. You do not hold ${named}.`;
}

const ACTION_ITEMS: Record<RowAction, Pick<MenuAction, 'label' | 'icon' | 'color'>> = {
  details: { label: 'View details', icon: IconEye },
  edit: { label: 'Edit', icon: IconPencil },
  rateLimits: { label: 'Edit Rate Limits', icon: IconAdjustments },
  roll: { label: 'Roll key', icon: IconRefresh },
  suspend: { label: 'Suspend', icon: IconPlayerPause },
  resume: { label: 'Resume', icon: IconPlayerPlay },
  revoke: { label: 'Revoke Key', icon: IconBan, color: 'red' },
  delete: { label: 'Delete', icon: IconTrash, color: 'red' },
};

const NO_WRAP = { whiteSpace: 'nowrap' } as const;
/** A badge as wide as its label: never "ACTI…". */
const UNCUT = { minWidth: 'max-content', overflow: 'visible' } as const;

/** One page of API keys with each row's action menu, and the pager; clicking a row opens its details. */
export function ApiKeysTable({
  rows,
  canManage,
  busy,
  totalCount,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  onAction,
}: {
  rows: ApiKeyRowFieldsFragment[];
  canManage: boolean;
  busy: boolean;
  totalCount: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onAction: (action: RowAction, key: ApiKeyRowFieldsFragment) => void;
}) {
  return (
    <Paper withBorder radius="md" aria-busy={busy}>
      <Table.ScrollContainer minWidth={1040}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Key</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Roles / scopes</Table.Th>
              <Table.Th style={NO_WRAP}>Rate limit</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th style={NO_WRAP}>Last used</Table.Th>
              <Table.Th>Expires</Table.Th>
              <RowActionsHeader />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((key) => (
              <ApiKeyRow
                key={key.id}
                apiKey={key}
                actions={rowActions(key, canManage)}
                withheld={withheldActionsNote(key, canManage)}
                onAction={(action) => onAction(action, key)}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" px="md" py="sm">
        <Text size="sm" c="dimmed">
          {plural(totalCount, 'key')}
        </Text>
        <Group gap="xs">
          <Button size="xs" variant="default" disabled={!hasPrevious} onClick={onPrevious}>
            Previous
          </Button>
          <Button size="xs" variant="default" disabled={!hasNext} onClick={onNext}>
            Next
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

function ApiKeyRow({
  apiKey,
  actions,
  withheld,
  onAction,
}: {
  apiKey: ApiKeyRowFieldsFragment;
  actions: RowAction[];
  withheld: string | null;
  onAction: (action: RowAction) => void;
}) {
  const ownLimit = apiKey.rateLimitPerMinute !== null || apiKey.rateLimitPerHour !== null;
  return (
    <Table.Tr onClick={() => onAction('details')} style={{ cursor: 'pointer' }} data-testid="api-key-row">
      <Table.Td>
        {/* The row opens the details on click; the name is the keyboard way there. */}
        <Anchor component="button" type="button" size="sm" fw={500} c="inherit" ta="left" underline="hover" aria-label={`Details of ${apiKey.name}`}>
          {apiKey.name}
        </Anchor>
        {apiKey.description ? (
          <Text size="xs" c="dimmed" lineClamp={2} maw={260}>
            {apiKey.description}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td style={NO_WRAP}>
        <Code style={NO_WRAP} data-testid="key-prefix">
          {apiKey.maskedKey}
        </Code>
      </Table.Td>
      <Table.Td style={NO_WRAP}>
        <StatusBadge status={apiKey.status} />
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {apiKey.roles.map((role) => (
            <Badge key={role.id} variant="light" radius="sm">
              {role.name}
            </Badge>
          ))}
          <Tooltip label={`Scopes: ${apiKey.permissions.length} permissions`} withArrow>
            <Badge variant="outline" color="gray" radius="sm" tt="none" style={UNCUT} data-testid="scope-badge">
              {scopeBadgeLabel(apiKey.scopePreset, apiKey.permissions)}
            </Badge>
          </Tooltip>
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={NO_WRAP}>
          {formatLimit(apiKey.rateLimit.perMinute)}/min · {formatLimit(apiKey.rateLimit.perHour)}/h
        </Text>
        {ownLimit ? null : (
          <Text size="xs" c="dimmed">
            Organization default
          </Text>
        )}
      </Table.Td>
      <Table.Td style={NO_WRAP}>
        <Text size="sm" style={NO_WRAP} data-testid="key-date">
          {dayjs(apiKey.createdAt).format('D MMM YYYY')}
        </Text>
      </Table.Td>
      <Table.Td style={NO_WRAP}>
        <RelativeTime value={apiKey.lastUsedAt} fallback="Never" style={NO_WRAP} data-testid="key-date" />
      </Table.Td>
      <Table.Td style={NO_WRAP}>
        {apiKey.expiresAt ? (
          <Stack gap={2}>
            <Text size="sm" c={apiKey.expiringSoon ? 'orange' : undefined} style={NO_WRAP} data-testid="key-date">
              {dayjs(apiKey.expiresAt).format('D MMM YYYY')}
            </Text>
            {apiKey.expiringSoon ? (
              <Badge color="orange" variant="light" size="xs" radius="sm" style={UNCUT}>
                Expires soon
              </Badge>
            ) : null}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed" style={NO_WRAP} data-testid="key-date">
            Never
          </Text>
        )}
      </Table.Td>
      {/* The menu's clicks are its own, not the row's. */}
      <Table.Td onClick={(event) => event.stopPropagation()}>
        <RowActionsMenu label={`Actions for ${apiKey.name}`} actions={actions.map((action) => ({ key: action, ...ACTION_ITEMS[action], onClick: () => onAction(action) }))}>
          {withheld === null ? null : (
            <>
              <Menu.Divider />
              <Text size="xs" c="dimmed" px="sm" py={6} maw={280} data-testid="withheld-actions">
                {withheld}
              </Text>
            </>
          )}
        </RowActionsMenu>
      </Table.Td>
    </Table.Tr>
  );
}
