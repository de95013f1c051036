import { Badge, Combobox, Group, InputBase, Text, useCombobox } from '@mantine/core';
import { IconBuilding, IconSelector } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useViewer } from '../components/viewer-context';
import type { ViewerOrganizationsQuery } from '../graphql/generated';
import { withOrganization } from './organization-url-gate';

interface OrganizationComboboxProps {
  organizations: ViewerOrganizationsQuery['organizations'];
}

/** The top bar's organization switcher (organization-switcher.tsx loads it for anyone with more than one). */
export function OrganizationCombobox({ organizations }: OrganizationComboboxProps) {
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  // The URL names the organization; the gate below the header switches the session when it changes.
  function choose(slug: string) {
    combobox.closeDropdown();
    if (slug !== viewer.organization.slug) setParams(withOrganization(params, slug));
  }

  return (
    <Combobox store={combobox} onOptionSubmit={choose} width={260} position="bottom-start">
      <Combobox.Target>
        <InputBase
          component="button"
          type="button"
          pointer
          size="sm"
          w={220}
          visibleFrom="sm"
          aria-label={`Organization: ${viewer.organization.name}. Switch organization`}
          leftSection={<IconBuilding size={16} />}
          rightSection={<IconSelector size={16} />}
          rightSectionPointerEvents="none"
          onClick={() => combobox.toggleDropdown()}
        >
          <Text size="sm" truncate>
            {viewer.organization.name}
          </Text>
        </InputBase>
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options aria-label="Organizations">
          {organizations.map((organization) => {
            const suspended = organization.viewerMembershipStatus === 'SUSPENDED';
            return (
              <Combobox.Option value={organization.slug} key={organization.id} disabled={suspended} active={organization.id === viewer.organization.id}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" truncate>
                    {organization.name}
                  </Text>
                  {organization.id === viewer.organization.id ? (
                    <Badge size="xs" variant="light">
                      Current
                    </Badge>
                  ) : suspended ? (
                    <Badge size="xs" variant="light" color="gray">
                      Suspended
                    </Badge>
                  ) : null}
                </Group>
              </Combobox.Option>
            );
          })}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
