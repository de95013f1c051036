import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { IconChevronDown, IconLock, IconLogout } from '@tabler/icons-react';
import { useViewer } from '../components/viewer-context';
import { useSignOut } from '../features/auth/use-sign-out';

// The dialog (its form, validation and the password rules) loads when it is first opened.
const ChangePasswordDialog = lazy(async () => ({
  default: (await import('../features/auth/change-password-dialog')).ChangePasswordDialog,
}));

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter((part) => part.length > 0)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase());
  return letters.join('') || '?';
}

export function UserMenu() {
  const viewer = useViewer();
  const [passwordOpened, passwordDialog] = useDisclosure(false);
  // Mounted from its first opening on, so that closing it keeps the modal's transition.
  const [passwordWanted, setPasswordWanted] = useState(false);
  const { signOut, signingOut } = useSignOut();

  return (
    <>
      <Menu position="bottom-end" width={240} shadow="md" withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={`Account menu for ${viewer.displayName}`} px="xs" py={4}>
            <Group gap="xs" wrap="nowrap">
              <Avatar color="indigo" radius="xl" size={32}>
                {initials(viewer.displayName)}
              </Avatar>
              <Text size="sm" fw={500} visibleFrom="sm" truncate maw={180}>
                {viewer.displayName}
              </Text>
              <IconChevronDown size={14} aria-hidden />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Signed in as</Menu.Label>
          <Text size="sm" fw={600} px="sm" truncate>
            {viewer.displayName}
          </Text>
          <Text size="xs" c="dimmed" px="sm" pb="xs" truncate>
            {viewer.email}
          </Text>
          <Menu.Divider />
          <Menu.Item leftSection={<IconLock size={16} />} onClick={() => {
              setPasswordWanted(true);
              passwordDialog.open();
            }}>
            Change password
          </Menu.Item>
          <Menu.Item
            color="red"
            leftSection={<IconLogout size={16} />}
            disabled={signingOut}
            onClick={() => void signOut()}
          >
            Sign out
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {passwordWanted ? (
        <Suspense fallback={null}>
          <ChangePasswordDialog opened={passwordOpened} onClose={passwordDialog.close} />
        </Suspense>
      ) : null}
    </>
  );
}
