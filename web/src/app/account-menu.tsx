import { Menu, Text } from '@mantine/core';
import { IconLock, IconLogout } from '@tabler/icons-react';
import { cloneElement } from 'react';
import { useDeferredMenuState, type DeferredMenuProps } from '../components/deferred-menu';
import { useViewer } from '../components/viewer-context';

export interface AccountMenuProps {
  onChangePassword: () => void;
  onSignOut: () => void;
  signingOut: boolean;
}

/** The account menu's dropdown (user-menu.tsx draws its button and loads this when it is first reached). */
export function AccountMenu({ target, onChangePassword, onSignOut, signingOut, ...arrival }: AccountMenuProps & DeferredMenuProps) {
  const viewer = useViewer();
  const { opened, setOpened, targetRef } = useDeferredMenuState(arrival);
  return (
    <Menu position="bottom-end" width={240} shadow="md" withinPortal opened={opened} onChange={setOpened}>
      <Menu.Target>{cloneElement(target, { ref: targetRef })}</Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Signed in as</Menu.Label>
        <Text size="sm" fw={600} px="sm" truncate>
          {viewer.displayName}
        </Text>
        <Text size="xs" c="dimmed" px="sm" pb="xs" truncate>
          {viewer.email}
        </Text>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLock size={16} />} onClick={onChangePassword}>
          Change password
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconLogout size={16} />} disabled={signingOut} onClick={onSignOut}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
