import { PERMISSIONS } from '@keyward/shared/permissions';
import { Badge, Button, Card, EmptyState, Group, Paper, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconShieldLock, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { useHasPermission } from '../../components/viewer-context';
import type { SsoProviderFieldsFragment } from '../../graphql/generated';
import { useSsoProvidersQuery } from './sso.generated';
import { DeleteSsoProviderDialog } from './delete-sso-provider-dialog';
import { CopyRedirectUriButton, redirectUriFor } from './redirect-uri';
import { SsoProviderDialog } from './sso-provider-dialog';

const DESCRIPTION =
  'Let people sign in with your company’s identity provider (Okta, Entra ID, Google Workspace, Keycloak … any OpenID Connect provider) instead of a Keyward password.';

/** Administration → Security → Single sign-on: the organization's OpenID Connect providers. */
export function SsoProvidersPage() {
  const canManage = useHasPermission('SETTINGS_MANAGE');
  const { data, error, loading, refetch } = useSsoProvidersQuery();
  const [editing, setEditing] = useState<SsoProviderFieldsFragment | 'new' | null>(null);
  const [deleting, setDeleting] = useState<SsoProviderFieldsFragment | null>(null);
  const providers = data?.ssoProviders ?? [];
  const addButton = canManage ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
      Add provider
    </Button>
  ) : null;

  return (
    <Stack gap={0} maw={1200}>
      <PageHeader title="Single sign-on" description={DESCRIPTION} actions={providers.length > 0 ? addButton : null} />
      {error && !data ? (
        <QueryError error={error} what="SSO providers" onRetry={() => void refetch()} />
      ) : !data ? (
        <Stack gap="md" aria-busy={loading} aria-label="Loading SSO providers">
          <Skeleton h={160} radius="md" />
          <Skeleton h={160} radius="md" />
        </Stack>
      ) : providers.length === 0 ? (
        <Paper withBorder radius="md" py={48} px="xl">
          <EmptyState
            variant="light"
            icon={<IconShieldLock stroke={1.5} />}
            title="No SSO provider yet"
            description="With single sign-on, people sign in through your identity provider and Keyward never sees their password. Add a provider, then invite people with it from the Users page; their email domain must be one of the provider’s allowed domains."
          >
            {addButton ?? <Text size="sm">Adding a provider needs the “{PERMISSIONS.SETTINGS_MANAGE.label}” permission.</Text>}
          </EmptyState>
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} aria-label="SSO providers">
          {providers.map((provider) => (
            <SsoProviderCard key={provider.id} provider={provider} canManage={canManage} onEdit={() => setEditing(provider)} onDelete={() => setDeleting(provider)} />
          ))}
        </SimpleGrid>
      )}
      <SsoProviderDialog provider={editing} redirectUri={redirectUriFor(providers)} onClose={() => setEditing(null)} />
      <DeleteSsoProviderDialog provider={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}

interface SsoProviderCardProps {
  provider: SsoProviderFieldsFragment;
  canManage: boolean;
  onEdit: () => void;
  onDelete: () => void;
}

function SsoProviderCard({ provider, canManage, onEdit, onDelete }: SsoProviderCardProps) {
  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-label={provider.displayName}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} miw={0}>
            <Group gap="xs">
              <Text fw={600}>{provider.displayName}</Text>
              {provider.requireSso ? (
                <Badge size="sm" color="violet" variant="light">
                  SSO only
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" c="dimmed" truncate>
              {provider.issuer}
            </Text>
          </Stack>
          <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
            {provider.memberCount === 1 ? '1 member' : `${provider.memberCount} members`}
          </Text>
        </Group>
        <Detail label="Client ID">
          <Text size="sm" ff="monospace" truncate>
            {provider.clientId}
          </Text>
        </Detail>
        <Detail label="Allowed domains">
          <Group gap={4}>
            {provider.allowedDomains.map((domain) => (
              <Badge key={domain} variant="outline" color="gray" radius="sm" tt="none">
                {domain}
              </Badge>
            ))}
          </Group>
        </Detail>
        <Detail label="Redirect URI">
          <Group gap={4} wrap="nowrap">
            <Text size="sm" ff="monospace" truncate>
              {provider.redirectUri}
            </Text>
            <CopyRedirectUriButton value={provider.redirectUri} />
          </Group>
        </Detail>
        {canManage ? (
          <Group gap="xs" justify="flex-end">
            <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={onEdit} aria-label={`Edit ${provider.displayName}`}>
              Edit
            </Button>
            <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={onDelete} aria-label={`Delete ${provider.displayName}`}>
              Delete
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}
