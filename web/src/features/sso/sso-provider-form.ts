import { EMAIL_DOMAIN_PATTERN } from '@keyward/shared/sso';
import type { Path } from 'react-hook-form';
import { z } from 'zod';
import type { SsoProviderFieldsFragment } from '../../graphql/generated';

const allowedDomainsSchema = z
  .array(z.string())
  .min(1, 'Add at least one email domain, such as example.com.')
  .superRefine((domains, context) => {
    const invalid = domains.filter((domain) => !EMAIL_DOMAIN_PATTERN.test(domain));
    if (invalid.length > 0) {
      context.addIssue({ code: 'custom', message: `Not an email domain: ${invalid.join(', ')}. Type the part after the @, such as example.com.` });
    }
  });

const baseSchema = z.object({
  displayName: z.string().trim().min(1, 'Display name is required.').max(100, 'Use at most 100 characters.'),
  issuer: z
    .string()
    .trim()
    .min(1, 'Issuer URL is required.')
    .pipe(z.url({ protocol: /^https?$/, error: 'Enter the issuer URL, such as https://login.example.com.' })),
  clientId: z.string().trim().min(1, 'Client ID is required.'),
  clientSecret: z.string(),
  allowedDomains: allowedDomainsSchema,
  requireSso: z.boolean(),
});

/** Adding needs the client secret; editing keeps the stored one when the field is left empty. */
export function ssoProviderSchema(mode: 'create' | 'edit') {
  if (mode === 'edit') return baseSchema;
  return baseSchema.extend({ clientSecret: z.string().min(1, 'Client secret is required.') });
}

export type SsoProviderValues = z.infer<typeof baseSchema>;

/** The server names input fields as the form does (sometimes with an `input.` prefix, which the helper strips). */
export const SSO_SERVER_FIELDS: Partial<Record<string, Path<SsoProviderValues>>> = {
  displayName: 'displayName',
  issuer: 'issuer',
  clientId: 'clientId',
  clientSecret: 'clientSecret',
  allowedDomains: 'allowedDomains',
  requireSso: 'requireSso',
};

export function ssoProviderDefaults(provider: SsoProviderFieldsFragment | null): SsoProviderValues {
  if (provider === null) return { displayName: '', issuer: '', clientId: '', clientSecret: '', allowedDomains: [], requireSso: false };
  return {
    displayName: provider.displayName,
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: '',
    allowedDomains: [...provider.allowedDomains],
    requireSso: provider.requireSso,
  };
}

/** Domains as admins type or paste them ("Acme.com, @acme.org"): one per tag, without an `@` or capitals. */
export function normalizeDomains(domains: readonly string[]): string[] {
  const normalized = domains
    .flatMap((entry) => entry.split(/[\s,;]+/))
    .map((domain) => domain.replace(/^@/, '').toLowerCase())
    .filter((domain) => domain !== '');
  return [...new Set(normalized)];
}
