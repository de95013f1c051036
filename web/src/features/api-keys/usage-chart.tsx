import { Box, Group, Text } from '@mantine/core';

export interface UsageDay {
  day: string;
  requests: number;
  failures: number;
  rateLimited: number;
}

const HEIGHT = 120;
const BAR = 14;
const GAP = 4;

const COLORS = {
  ok: 'var(--mantine-color-indigo-5)',
  failures: 'var(--mantine-color-red-5)',
  rateLimited: 'var(--mantine-color-orange-4)',
};

/** Daily calls as stacked bars: successful, failed and rate-limited. */
export function UsageChart({ days }: { days: readonly UsageDay[] }) {
  const max = Math.max(1, ...days.map((d) => d.requests));
  const totals = days.reduce(
    (sum, d) => ({ requests: sum.requests + d.requests, failures: sum.failures + d.failures, rateLimited: sum.rateLimited + d.rateLimited }),
    { requests: 0, failures: 0, rateLimited: 0 },
  );
  const width = days.length * (BAR + GAP);
  const summary = `${totals.requests} calls in the last ${days.length} days: ${totals.failures} failed, ${totals.rateLimited} rate-limited.`;
  return (
    <Box>
      <Box style={{ overflowX: 'auto' }}>
        <svg width={width} height={HEIGHT + 18} role="img" aria-label={summary}>
          {days.map((d, i) => {
            const x = i * (BAR + GAP);
            const scale = (n: number) => (n / max) * HEIGHT;
            const ok = Math.max(0, d.requests - d.failures - d.rateLimited);
            const segments = [
              { value: ok, color: COLORS.ok },
              { value: d.failures, color: COLORS.failures },
              { value: d.rateLimited, color: COLORS.rateLimited },
            ];
            let y = HEIGHT;
            return (
              <g key={d.day}>
                <title>{`${d.day}: ${d.requests} calls, ${d.failures} failed, ${d.rateLimited} rate-limited`}</title>
                <rect x={x} y={0} width={BAR} height={HEIGHT} fill="var(--mantine-color-gray-0)" />
                {segments.map((segment, s) => {
                  const h = scale(segment.value);
                  y -= h;
                  return h > 0 ? <rect key={s} x={x} y={y} width={BAR} height={h} fill={segment.color} /> : null;
                })}
                {i % 7 === 0 || i === days.length - 1 ? (
                  <text x={x} y={HEIGHT + 14} fontSize={9} fill="var(--mantine-color-dimmed)">
                    {d.day.slice(5)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </Box>
      <Group gap="md" mt={6}>
        <Legend color={COLORS.ok} label={`Successful ${totals.requests - totals.failures - totals.rateLimited}`} />
        <Legend color={COLORS.failures} label={`Failed ${totals.failures}`} />
        <Legend color={COLORS.rateLimited} label={`Rate-limited ${totals.rateLimited}`} />
      </Group>
    </Box>
  );
}

function Legend({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6}>
      <Box w={10} h={10} style={{ background: color, borderRadius: 2 }} />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}
