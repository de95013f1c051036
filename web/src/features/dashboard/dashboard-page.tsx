import type { Permission } from '@keyward/shared/permissions';
import { EmptyState, Paper, SimpleGrid, Stack } from '@mantine/core';
import { IconLayoutDashboard } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { PageHeader } from '../../components/page-header';
import { useViewer } from '../../components/viewer-context';
import { ApiKeysCard, AuditCard, ConnectionsCard, SecretsCard } from './dashboard-cards';

/** Each card and the permission that reads what it shows; a card is not rendered (nor queried) without it. */
const CARDS: { id: string; permission: Permission; Card: ComponentType }[] = [
  { id: 'api-keys', permission: 'API_KEYS_READ', Card: ApiKeysCard },
  { id: 'connections', permission: 'CONNECTIONS_READ', Card: ConnectionsCard },
  { id: 'secrets', permission: 'SECRETS_READ', Card: SecretsCard },
  { id: 'audit', permission: 'AUDIT_READ', Card: AuditCard },
];

/** Home: counts and states of what the viewer may read, each card linking to its page. */
export function DashboardPage() {
  const viewer = useViewer();
  const cards = CARDS.filter((card) => viewer.permissions.includes(card.permission));
  return (
    <Stack gap={0} maw={1200}>
      <PageHeader title="Home" description={`Signed in to ${viewer.organization.name}. What needs attention, with a link to each page.`} />
      {cards.length === 0 ? (
        <Paper withBorder radius="md" py={64} px="xl">
          <EmptyState
            icon={<IconLayoutDashboard stroke={1.5} />}
            withIndicatorBackground
            title="Nothing to show here yet"
            description="Your roles do not include reading API keys, connections, secrets or the audit log."
          />
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {cards.map(({ id, Card }) => (
            <Card key={id} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
