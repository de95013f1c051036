// The charts' styles load with the chart, not with every route.
import '@mantine/charts/styles.css';

import { Sparkline } from '@mantine/charts';

interface CallsSparklineProps {
  requests: number[];
  label: string;
}

/** The organization's API calls per day as a small area chart (its own chunk: the charts library is large). */
export function CallsSparkline({ requests, label }: CallsSparklineProps) {
  return (
    <Sparkline
      h={48}
      data={requests}
      curveType="monotone"
      color="indigo"
      fillOpacity={0.3}
      strokeWidth={1.5}
      role="img"
      aria-label={label}
    />
  );
}
