import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';

interface Stats {
  total: number;
  active: number;
  suspended: number;
  revoked: number;
  expired: number;
  expiringSoon: number;
  callsToday: number;
}

/** The stats cards above the API keys table (skeletons while loading). */
export function ApiKeyStatsCards({ stats }: { stats: Stats | null }) {
  const cards: { label: string; value: (s: Stats) => number; hint?: (s: Stats) => string | null }[] = [
    { label: 'Total', value: (s) => s.total },
    { label: 'Active', value: (s) => s.active, hint: (s) => (s.expiringSoon > 0 ? `${s.expiringSoon} expiring within 7 days` : null) },
    { label: 'Suspended', value: (s) => s.suspended },
    { label: 'Revoked', value: (s) => s.revoked },
    { label: 'Expired', value: (s) => s.expired },
    { label: 'API calls today', value: (s) => s.callsToday },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} mb="lg">
      {cards.map((card) => (
        <Paper key={card.label} withBorder radius="md" p="md" role="group" aria-label={card.label}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {card.label}
          </Text>
          {stats ? (
            <>
              <Text fw={700} fz={24}>
                {card.value(stats).toLocaleString('en-US')}
              </Text>
              {card.hint?.(stats) ? (
                <Text size="xs" c="orange">
                  {card.hint(stats)}
                </Text>
              ) : null}
            </>
          ) : (
            <Skeleton h={28} mt={4} w={60} />
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
