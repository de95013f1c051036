import { INTEGRATION_TYPES, type IntegrationTypeId } from '@keyward/shared/integration-catalog';
import { Button, Group, Menu, SegmentedControl, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy } from '@tabler/icons-react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import type { IntegrationDetailsFieldsFragment } from '../../graphql/generated';
import { IntegrationAuthFields } from './integration-auth-fields';
import { storedSecretSettings, typeHasConfiguration, typeHasEndpoint, type IntegrationFormValues, type OrgEnvironment } from './integration-form';

interface IntegrationConfigurationSectionProps {
  type: IntegrationTypeId;
  environments: readonly OrgEnvironment[];
  /** The integration being edited; null for a new one. */
  integration: IntegrationDetailsFieldsFragment | null;
}

/** The configuration mode and the endpoint and authentication, once for all environments or in a tab per environment. */
export function IntegrationConfigurationSection({ type, environments, integration }: IntegrationConfigurationSectionProps) {
  const { control, getValues, setValue } = useFormContext<IntegrationFormValues>();
  const configMode = useWatch({ control, name: 'configMode' });
  if (!typeHasConfiguration(type)) {
    return (
      <Text size="sm" c="dimmed">
        {INTEGRATION_TYPES[type].label} integrations have no shared configuration: each connection provides its own
        credentials (host, keys, tokens…) per environment.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Title order={5}>Configuration Mode</Title>
      <Controller
        control={control}
        name="configMode"
        render={({ field }) => (
          <SegmentedControl
            aria-label="Configuration mode"
            value={field.value}
            onChange={(value) => {
              if (value === 'PER_ENVIRONMENT' && field.value === 'SAME_FOR_ALL' && !integration) {
                // Start every environment from what was set for all.
                const shared = getValues('shared');
                environments.forEach((environment, index) =>
                  setValue(`perEnvironment.${index}`, { ...structuredClone(shared), environment: environment.slug }),
                );
              }
              field.onChange(value);
            }}
            data={[
              { value: 'SAME_FOR_ALL', label: 'Same for all' },
              { value: 'PER_ENVIRONMENT', label: 'Per environment' },
            ]}
            w="fit-content"
          />
        )}
      />
      <Title order={5} mt="sm">
        {typeHasEndpoint(type) ? 'Endpoint and Authentication' : 'Authentication'}
      </Title>
      {configMode === 'SAME_FOR_ALL' ? (
        <IntegrationAuthFields base="shared" type={type} stored={storedSecretSettings(integration, null)} />
      ) : (
        <Tabs defaultValue={environments[0]?.slug ?? ''} keepMounted={false}>
          <Tabs.List>
            {environments.map((environment) => (
              <Tabs.Tab key={environment.slug} value={environment.slug}>
                {environment.name}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {environments.map((environment, index) => (
            <Tabs.Panel key={environment.slug} value={environment.slug} pt="md">
              <Stack gap="sm">
                <CopyFromMenu environments={environments} index={index} />
                <IntegrationAuthFields base={`perEnvironment.${index}`} type={type} stored={storedSecretSettings(integration, environment.slug)} />
              </Stack>
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}

/** Copies another environment's configuration into this tab's. */
function CopyFromMenu({ environments, index }: { environments: readonly OrgEnvironment[]; index: number }) {
  const { getValues, setValue } = useFormContext<IntegrationFormValues>();
  const target = environments[index];
  if (!target) return null;
  return (
    <Group justify="flex-end">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="subtle" size="xs" leftSection={<IconCopy size={14} />}>
            Copy from…
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Copy settings into {target.name}</Menu.Label>
          {environments.map((source, sourceIndex) =>
            sourceIndex === index ? null : (
              <Menu.Item
                key={source.slug}
                onClick={() => {
                  const copied = getValues().perEnvironment[sourceIndex];
                  if (!copied) return;
                  setValue(`perEnvironment.${index}`, { ...structuredClone(copied), environment: target.slug }, { shouldDirty: true });
                  notifications.show({
                    color: 'blue',
                    title: `Copied from ${source.name}`,
                    message: 'Stored secret settings are not copied: enter them again or leave blank to keep this environment’s own.',
                  });
                }}
              >
                {source.name}
              </Menu.Item>
            ),
          )}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
