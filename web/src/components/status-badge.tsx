import { Badge, type MantineColor } from '@mantine/core';

/** Statuses shared by users and API keys, each with one colour everywhere. */
const STATUS_STYLES: Record<string, { label: string; color: MantineColor }> = {
  ACTIVE: { label: 'Active', color: 'teal' },
  SUSPENDED: { label: 'Suspended', color: 'orange' },
  INVITED: { label: 'Invited', color: 'blue' },
  EXPIRED: { label: 'Expired', color: 'gray' },
  REVOKED: { label: 'Revoked', color: 'red' },
};

export function StatusBadge({ status, label }: { status: string; label?: string }) {
  const style = STATUS_STYLES[status] ?? { label: status, color: 'gray' };
  return (
    // As wide as its label in any table column: never cut to "ACTI…".
    <Badge variant="light" color={style.color} radius="sm" style={{ minWidth: 'max-content', flexShrink: 0 }} styles={{ label: { overflow: 'visible' } }}>
      {label ?? style.label}
    </Badge>
  );
}
