import { SSO_CALLBACK_PATH } from '@keyward/shared/sso';
import { ActionIcon, CopyButton, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

/**
 * The redirect URI to register at the provider. The server says it for saved providers; before the
 * first one exists, this app's own origin is Keyward's public URL.
 */
export function redirectUriFor(providers: readonly { redirectUri: string }[]): string {
  return providers[0]?.redirectUri ?? `${window.location.origin}${SSO_CALLBACK_PATH}`;
}

export function CopyRedirectUriButton({ value }: { value: string }) {
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? 'Copied' : 'Copy redirect URI'} withArrow>
          <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} aria-label="Copy redirect URI" onClick={copy}>
            {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

/** Read-only field with the redirect URI and its copy button. */
export function RedirectUriField({ value, description }: { value: string; description: string }) {
  return (
    <TextInput
      label="Redirect URI"
      description={description}
      value={value}
      readOnly
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      rightSection={<CopyRedirectUriButton value={value} />}
    />
  );
}
