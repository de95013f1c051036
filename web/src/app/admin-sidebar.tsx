import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { Link, useMatch } from 'react-router';
import { useViewer } from '../components/viewer-context';
import { visibleAdminNavigation, type AdminNavItem } from './admin-navigation';

function SidebarLink({ item, onNavigate }: { item: AdminNavItem; onNavigate: () => void }) {
  const active = useMatch({ path: item.to, end: false }) !== null;
  const Icon = item.icon;
  return (
    <NavLink
      component={Link}
      to={item.to}
      label={item.label}
      leftSection={<Icon size={18} stroke={1.6} />}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
      variant="light"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );
}

export function AdminSidebar({ onNavigate }: { onNavigate: () => void }) {
  const viewer = useViewer();
  const groups = visibleAdminNavigation(viewer);

  return (
    <ScrollArea h="100%" type="scroll">
      <nav aria-label="Administration">
        <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb="sm">
          Administration
        </Text>
        <Stack gap="lg">
          {groups.map((group) => (
            <Stack gap={2} key={group.label ?? group.items[0]?.to}>
              {group.label ? (
                <Text size="sm" fw={600} px="sm" mb={4}>
                  {group.label}
                </Text>
              ) : null}
              {group.items.map((item) => (
                <SidebarLink key={item.to} item={item} onNavigate={onNavigate} />
              ))}
            </Stack>
          ))}
        </Stack>
      </nav>
    </ScrollArea>
  );
}
