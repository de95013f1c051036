import { useApolloClient } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { graphqlErrorMessage, hasErrorCode } from '../../components/graphql-errors';
import { useSignOutMutation } from './auth.generated';

/** Ends the session, leaves the signed-in area and forgets everything cached for this person. */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOutMutation, { loading }] = useSignOutMutation();

  async function signOut(): Promise<void> {
    try {
      await signOutMutation();
    } catch (error) {
      // A session that already ended is as good as signed out.
      if (!hasErrorCode(error, 'UNAUTHENTICATED')) {
        notifications.show({ color: 'red', title: 'Could not sign out', message: graphqlErrorMessage(error) });
        return;
      }
    }
    await navigate('/login', { replace: true });
    await client.clearStore();
  }

  return { signOut, signingOut: loading };
}
