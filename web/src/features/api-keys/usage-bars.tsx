// The charts' styles load with the chart, not with every route.
import '@mantine/charts/styles.css';

import { BarChart } from '@mantine/charts';

const SERIES = [
  { name: 'successful', label: 'Successful', color: 'indigo.5' },
  { name: 'failed', label: 'Failed', color: 'red.5' },
  { name: 'rateLimited', label: 'Rate-limited', color: 'orange.4' },
];

export interface UsageBar {
  day: string;
  successful: number;
  failed: number;
  rateLimited: number;
}

/** The stacked bars of UsageChart (its own chunk: the charts library is large). */
export function UsageBars({ data, summary }: { data: UsageBar[]; summary: string }) {
  return (
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
  );
}
