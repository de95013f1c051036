import { CombinedGraphQLErrors } from '@apollo/client/errors';
import * as z from 'zod/mini';
import type { SsoProviderChoice } from './sso-sign-in';

const ssoRequiredSchema = z.object({
  reason: z.literal('SSO_REQUIRED'),
  provider: z.object({ id: z.string(), displayName: z.string() }),
});

/** The provider named by a password sign-in refused because the account signs in with SSO, else null. */
export function ssoRequiredProvider(error: unknown): SsoProviderChoice | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const graphQLError of error.errors) {
    const parsed = ssoRequiredSchema.safeParse(graphQLError.extensions);
    if (parsed.success) return parsed.data.provider;
  }
  return null;
}
