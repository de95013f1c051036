import { Skeleton, Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { lazy, Suspense } from 'react';

// The chart library is most of the dialog's weight: the summary shows first, the bars follow.
const UsageBars = lazy(async () => ({ default: (await import('./usage-bars')).UsageBars }));

export interface UsageDay {
  day: string;
  requests: number;
  failures: number;
  rateLimited: number;
}

/** Daily calls as stacked bars (successful, failed, rate-limited) with values on hover, as wide as its container. */
export function UsageChart({ days }: { days: readonly UsageDay[] }) {
  const totals = days.reduce(
    (sum, d) => ({ requests: sum.requests + d.requests, failures: sum.failures + d.failures, rateLimited: sum.rateLimited + d.rateLimited }),
    { requests: 0, failures: 0, rateLimited: 0 },
  );
  const data = days.map((d) => ({
    day: dayjs(d.day).format('D MMM'),
    successful: Math.max(0, d.requests - d.failures - d.rateLimited),
    failed: d.failures,
    rateLimited: d.rateLimited,
  }));
  const summary = `${totals.requests} calls in the last ${days.length} days: ${totals.failures} failed, ${totals.rateLimited} rate-limited.`;
  return (
    <Stack gap={4} w="100%">
      <Suspense fallback={<Skeleton h={180} role="img" aria-label={summary} />}>
        <UsageBars data={data} summary={summary} />
      </Suspense>
      <Text size="xs" c="dimmed">
        {summary}
      </Text>
    </Stack>
  );
}
