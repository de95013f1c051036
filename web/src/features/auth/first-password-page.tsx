import { Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useViewer } from '../../components/viewer-context';
import { AuthCard } from './auth-card';
import { ChangePasswordForm } from './change-password-form';
import { useSignOut } from './use-sign-out';

/**
 * Shown instead of any page while the viewer still has the initial password an admin set:
 * nothing else opens until they choose their own.
 */
export function FirstPasswordPage() {
  const viewer = useViewer();
  const { signOut, signingOut } = useSignOut();
  return (
    <AuthCard
      title="Choose a new password"
      subtitle={`${viewer.email} was created with an initial password. Replace it with one only you know before you continue.`}
    >
      <ChangePasswordForm
        currentPasswordLabel="Initial password"
        refetchQueries={['Viewer']}
        onChanged={() => {
          notifications.show({ color: 'teal', title: 'Password changed', message: 'Use your new password the next time you sign in.' });
        }}
      />
      <Text size="sm" c="dimmed" ta="center" mt="md">
        Not you?{' '}
        <Button variant="subtle" size="compact-sm" loading={signingOut} onClick={() => void signOut()}>
          Sign out
        </Button>
      </Text>
    </AuthCard>
  );
}
