import { Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useViewer } from '../components/viewer-context';
import { useViewerOrganizationsQuery } from './organization-switch.generated';

// The switcher (Mantine's Combobox and its positioning code) loads only for someone with more than one
// organization; until it is there, the top bar shows the organization's name, as it does while the list loads.
const OrganizationCombobox = lazy(async () => ({ default: (await import('./organization-combobox')).OrganizationCombobox }));

/** The current organization in the top bar; a switcher for anyone with more than one. */
export function OrganizationSwitcher() {
  const viewer = useViewer();
  const { data } = useViewerOrganizationsQuery();
  const organizations = data?.organizations ?? [];
  const name = (
    <Text size="sm" c="dimmed" fw={500} visibleFrom="md" truncate maw={220} title="Organization">
      {viewer.organization.name}
    </Text>
  );
  if (organizations.length <= 1) return name;
  return (
    <Suspense fallback={name}>
      <OrganizationCombobox organizations={organizations} />
    </Suspense>
  );
}
