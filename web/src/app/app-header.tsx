import { Burger, Divider, Group, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { Link } from 'react-router';
import { OrganizationSwitcher } from './organization-switcher';
import { TopNavigation } from './top-navigation';
import { UserMenu } from './user-menu';

interface AppHeaderProps {
  /** Present in the Administration area, where the sidebar collapses behind a burger on small screens. */
  sidebar: { opened: boolean; toggle: () => void } | null;
}

export function AppHeader({ sidebar }: AppHeaderProps) {
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
      <Group gap="md" wrap="nowrap" miw={0} style={{ flex: 1 }}>
        {sidebar ? (
          <Burger
            opened={sidebar.opened}
            onClick={sidebar.toggle}
            hiddenFrom="sm"
            size="sm"
            aria-label={sidebar.opened ? 'Hide administration menu' : 'Show administration menu'}
          />
        ) : null}
        <UnstyledButton component={Link} to="/" aria-label="Keyward home">
          <Group gap={8} wrap="nowrap">
            <ThemeIcon size={30} radius="md" variant="gradient" gradient={{ from: 'indigo', to: 'violet', deg: 135 }}>
              <IconKey size={18} />
            </ThemeIcon>
            <Text fw={700} size="lg" visibleFrom="sm">
              Keyward
            </Text>
          </Group>
        </UnstyledButton>
        <Divider orientation="vertical" visibleFrom="md" />
        <OrganizationSwitcher />
        <TopNavigation />
      </Group>
      <UserMenu />
    </Group>
  );
}
