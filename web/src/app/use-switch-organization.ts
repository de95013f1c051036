import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useSwitchOrganizationMutation } from './organization-switch.generated';

/**
 * Changes the session's current organization, then resets the Apollo store so every mounted page
 * loads its data again — nothing of the previous organization stays on screen.
 */
export function useSwitchOrganization(): (organizationId: string) => Promise<void> {
  const client = useApolloClient();
  const [switchOrganization] = useSwitchOrganizationMutation();
  return useCallback(
    async (organizationId: string) => {
      // Not written to the cache: the reset below reloads the viewer with everything else.
      await switchOrganization({ variables: { id: organizationId }, fetchPolicy: 'no-cache' });
      // A page whose reload fails shows its own error state; the switch itself has happened.
      await client.resetStore().catch(() => undefined);
    },
    [client, switchOrganization],
  );
}
