import { Avatar, Group, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { IconChevronDown } from '@tabler/icons-react';
import { deferred } from '../components/deferred';
import { DeferredMenu } from '../components/deferred-menu';
import { useViewer } from '../components/viewer-context';
import { useSignOut } from '../features/auth/use-sign-out';

// The menu (Mantine's Menu and its positioning code) loads when the pointer or focus first reaches the button.
const accountMenu = deferred(async () => (await import('./account-menu')).AccountMenu);

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
      <DeferredMenu
        menu={accountMenu}
        target={
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
        }
        onChangePassword={() => {
          setPasswordWanted(true);
          passwordDialog.open();
        }}
        onSignOut={() => void signOut()}
        signingOut={signingOut}
      />
      {passwordWanted ? (
        <Suspense fallback={null}>
          <ChangePasswordDialog opened={passwordOpened} onClose={passwordDialog.close} />
        </Suspense>
      ) : null}
    </>
  );
}
