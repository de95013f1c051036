// The charts' styles load with the page that draws a chart, not with every route.
import '@mantine/charts/styles.css';

import { BarChart } from '@mantine/charts';
import { Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';

export interface UsageDay {
  day: string;
  requests: number;
  failures: number;
  rateLimited: number;
}

const SERIES = [
  { name: 'successful', label: 'Successful', color: 'indigo.5' },
  { name: 'failed', label: 'Failed', color: 'red.5' },
  { name: 'rateLimited', label: 'Rate-limited', color: 'orange.4' },
];

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
      <BarChart
        h={180}
        w="100%"
        data={data}
        dataKey="day"
        type="stacked"
        series={SERIES}
        withLegend
        legendProps={{ verticalAlign: 'bottom', height: 28 }}
        tickLine="none"
        gridAxis="x"
        // Labels never overlap: recharts drops ticks that would come closer than this.
        xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 24 }}
        yAxisProps={{ allowDecimals: false, width: 40 }}
        tooltipAnimationDuration={100}
        role="img"
        aria-label={summary}
      />
      <Text size="xs" c="dimmed">
        {summary}
      </Text>
    </Stack>
  );
}
