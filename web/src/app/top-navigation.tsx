import { Button, Group } from '@mantine/core';
import { Link, useMatch } from 'react-router';

interface TopNavLinkProps {
  to: string;
  label: string;
}

function TopNavLink({ to, label }: TopNavLinkProps) {
  const active = useMatch({ path: to, end: to === '/' }) !== null;
  return (
    <Button
      component={Link}
      to={to}
      variant={active ? 'light' : 'subtle'}
      color={active ? undefined : 'gray'}
      aria-current={active ? 'page' : undefined}
      size="sm"
      px="sm"
      fw={active ? 600 : 500}
      style={{ flexShrink: 0 }}
    >
      {label}
    </Button>
  );
}

export function TopNavigation() {
  return (
    <Group component="nav" aria-label="Main" gap={4} wrap="nowrap" miw={0} style={{ overflowX: 'auto' }}>
      <TopNavLink to="/" label="Home" />
      <TopNavLink to="/flows" label="Flows" />
      <TopNavLink to="/connections" label="Connect" />
      <TopNavLink to="/admin" label="Administration" />
    </Group>
  );
}
