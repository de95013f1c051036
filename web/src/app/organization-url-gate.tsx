import { Button, Center, EmptyState, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useMatch, useSearchParams } from 'react-router';
import { graphqlErrorMessage } from '../components/graphql-errors';
import { useViewer } from '../components/viewer-context';
import { useViewerOrganizationsQuery } from './organization-switch.generated';
import { useSwitchOrganization } from './use-switch-organization';

/** The query parameter that makes a page's URL name its organization, so a shared link opens the same data. */
export const ORGANIZATION_PARAM = 'org';

/**
 * Keeps `?org=<slug>` in step with the session's current organization: admin pages get the current slug added;
 * a URL naming another organization switches to it when the viewer may, and says so when they may not.
 * The switcher changes organizations by changing this parameter, so there is one way to switch.
 */
export function OrganizationUrlGate({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const current = viewer.organization.slug;
  // The area's index only redirects to its first page (admin-index-redirect.tsx), where the slug is added: so the
  // two navigations do not race (the later one would cancel the redirect and leave an empty page).
  const inArea = useMatch({ path: '/admin', end: false }) !== null;
  const atIndex = useMatch({ path: '/admin', end: true }) !== null;
  const inAdmin = inArea && !atIndex;
  const [params, setParams] = useSearchParams();
  const requested = params.get(ORGANIZATION_PARAM);
  const elsewhere = requested !== null && requested !== current;
  const { data, error } = useViewerOrganizationsQuery({ skip: !elsewhere });
  const target = data?.organizations.find((organization) => organization.slug === requested) ?? null;
  const switchOrganization = useSwitchOrganization();
  const [failure, setFailure] = useState<{ slug: string; message: string } | null>(null);
  const pending = useRef<string | null>(null);

  useEffect(() => {
    if (requested === null) {
      if (inAdmin) setParams((next) => withOrganization(next, current), { replace: true });
      return;
    }
    if (requested === current || target === null || pending.current === requested) return;
    const slug = requested;
    pending.current = slug;
    switchOrganization(target.id)
      .catch((reason: unknown) => setFailure({ slug, message: graphqlErrorMessage(reason) }))
      .finally(() => {
        pending.current = null;
      });
  }, [requested, current, inAdmin, target, setParams, switchOrganization]);

  if (!elsewhere) return children;

  const refusal = failure?.slug === requested ? failure.message : error ? graphqlErrorMessage(error) : data && target === null ? null : undefined;
  if (refusal === undefined) {
    return (
      <Center py={96}>
        <Stack align="center" gap="sm" role="status" aria-live="polite">
          <Loader size="md" />
          <Text c="dimmed" size="sm">
            Switching to {target?.name ?? requested}…
          </Text>
        </Stack>
      </Center>
    );
  }
  return (
    <Paper withBorder radius="md" py={64} px="xl">
      <EmptyState
        icon={<IconLock stroke={1.5} />}
        withIndicatorBackground
        title={`You don't have access to ${requested}`}
        description={refusal ?? `The link names an organization you are not an active member of. You are in ${viewer.organization.name}.`}
      >
        <Button variant="light" onClick={() => setParams((next) => withOrganization(next, current), { replace: true })}>
          Stay in {viewer.organization.name}
        </Button>
      </EmptyState>
    </Paper>
  );
}

/** The same search with `org` set to `slug`. */
export function withOrganization(params: URLSearchParams, slug: string): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set(ORGANIZATION_PARAM, slug);
  return next;
}
