import type { KeyValuePair } from '@keyward/shared/integration-fields';
import { secretReference } from '@keyward/shared/secret-reference';
import {
  ActionIcon,
  Button,
  Group,
  Menu,
  NativeSelect,
  PasswordInput,
  ScrollArea,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconKey, IconPlus, IconTrash } from '@tabler/icons-react';

/** The shape both the shared catalog's FieldSpec and the API's CredentialField have. */
export interface CatalogField {
  key: string;
  label: string;
  kind: string;
  required: boolean;
  secret: boolean;
  placeholder?: string | null;
  help?: string | null;
  options?: readonly string[] | null;
}

/** What a form holds for one field: text for most kinds, a flag for booleans, pairs for key-value lists. */
export type CatalogFieldValue = string | boolean | KeyValuePair[];

interface CatalogFieldInputProps {
  field: CatalogField;
  value: CatalogFieldValue;
  onChange: (value: CatalogFieldValue) => void;
  error?: string | undefined;
  /** A secret value is stored: the field shows so, and a blank field keeps it. */
  stored?: boolean;
  /** Secret keys offered as `@@SECRET:KEY@@` suggestions; none when omitted. */
  secretKeys?: readonly string[];
  /** Prefixed to the accessible label, e.g. the environment name in a grid row. */
  labelPrefix?: string;
  disabled?: boolean;
  /** A grid cell: no visible label or help (the column header has them), a short stored placeholder. */
  compact?: boolean;
}

export const STORED_SECRET_PLACEHOLDER = '•••••••• stored — leave blank to keep';
const COMPACT_STORED_PLACEHOLDER = 'Stored — leave blank to keep';

/** The empty form value for a field of the given kind. */
export function emptyFieldValue(field: Pick<CatalogField, 'kind'>): CatalogFieldValue {
  if (field.kind === 'boolean') return false;
  if (field.kind === 'keyValue') return [];
  return '';
}

function InsertSecretMenu({ secretKeys, label, onInsert }: { secretKeys: readonly string[]; label: string; onInsert: (reference: string) => void }) {
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <Tooltip label="Insert a secret reference" withArrow>
          <ActionIcon variant="default" size="lg" aria-label={`Insert secret reference into ${label}`}>
            <IconKey size={16} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Organization secrets</Menu.Label>
        {secretKeys.length === 0 ? (
          <Menu.Item disabled>No secrets yet</Menu.Item>
        ) : (
          <ScrollArea.Autosize mah={240}>
            {secretKeys.map((key) => (
              <Menu.Item key={key} ff="monospace" onClick={() => onInsert(secretReference(key))}>
                {secretReference(key)}
              </Menu.Item>
            ))}
          </ScrollArea.Autosize>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

function KeyValueInput({
  field,
  label,
  pairs,
  onChange,
  error,
  stored,
  secretKeys,
  disabled,
  compact,
}: {
  field: CatalogField;
  label: string;
  pairs: KeyValuePair[];
  onChange: (pairs: KeyValuePair[]) => void;
  error?: string | undefined;
  stored: boolean;
  secretKeys?: readonly string[] | undefined;
  disabled: boolean;
  compact: boolean;
}) {
  const update = (index: number, patch: Partial<KeyValuePair>) =>
    onChange(pairs.map((pair, i) => (i === index ? { ...pair, ...patch } : pair)));
  return (
    <Stack gap={6} role="group" aria-label={label}>
      {compact ? null : (
        <Text size="sm" fw={500}>
          {field.label}
          {field.required ? <Text span c="red"> *</Text> : null}
        </Text>
      )}
      {field.help && !compact ? (
        <Text size="xs" c="dimmed">
          {field.help}
        </Text>
      ) : null}
      {stored && pairs.length === 0 ? (
        <Text size="xs" c="dimmed">
          Values are stored. Leave empty to keep them; add pairs to replace them.
        </Text>
      ) : null}
      {pairs.map((pair, index) => (
        <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            aria-label={`${label} name ${index + 1}`}
            placeholder="Header name"
            value={pair.key}
            disabled={disabled}
            onChange={(event) => update(index, { key: event.currentTarget.value })}
            style={{ flex: 1 }}
          />
          {field.secret ? (
            <PasswordInput
              aria-label={`${label} value ${index + 1}`}
              placeholder="Value"
              autoComplete="new-password"
              value={pair.value}
              disabled={disabled}
              onChange={(event) => update(index, { value: event.currentTarget.value })}
              style={{ flex: 1 }}
            />
          ) : (
            <TextInput
              aria-label={`${label} value ${index + 1}`}
              placeholder="Value"
              value={pair.value}
              disabled={disabled}
              onChange={(event) => update(index, { value: event.currentTarget.value })}
              style={{ flex: 1 }}
            />
          )}
          {secretKeys ? (
            <InsertSecretMenu
              secretKeys={secretKeys}
              label={`${label} value ${index + 1}`}
              onInsert={(reference) => update(index, { value: pair.value + reference })}
            />
          ) : null}
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={`Remove ${label} pair ${index + 1}`}
            disabled={disabled}
            onClick={() => onChange(pairs.filter((_, i) => i !== index))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={disabled}
          onClick={() => onChange([...pairs, { key: '', value: '' }])}
        >
          Add {field.label.toLowerCase().replace(/s$/, '')}
        </Button>
      </Group>
      {error ? (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * One field of the shared catalog (an integration's auth setting or a connection credential),
 * rendered by its kind. Secret fields are password inputs; when a value is stored they say so.
 */
export function CatalogFieldInput({
  field,
  value,
  onChange,
  error,
  stored = false,
  secretKeys,
  labelPrefix,
  disabled = false,
  compact = false,
}: CatalogFieldInputProps) {
  const label = labelPrefix ? `${labelPrefix} ${field.label}` : field.label;
  const ariaLabel = labelPrefix || compact ? label : undefined;
  const visibleLabel = compact ? undefined : field.label;
  const description = compact ? undefined : (field.help ?? undefined);

  if (field.kind === 'boolean') {
    return (
      <Switch
        label={visibleLabel}
        aria-label={ariaLabel}
        description={description}
        checked={value === true}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
        mt={compact ? undefined : 'md'}
      />
    );
  }

  if (field.kind === 'keyValue') {
    return (
      <KeyValueInput
        field={field}
        label={label}
        pairs={Array.isArray(value) ? value : []}
        onChange={onChange}
        error={error}
        stored={stored}
        secretKeys={secretKeys}
        disabled={disabled}
        compact={compact}
      />
    );
  }

  const text = typeof value === 'string' ? value : '';

  if (field.kind === 'select') {
    const options = field.options ?? [];
    return (
      <NativeSelect
        label={visibleLabel}
        aria-label={ariaLabel}
        description={description}
        withAsterisk={field.required}
        data={[{ value: '', label: field.required ? 'Choose…' : '—' }, ...options.map((option) => ({ value: option, label: option }))]}
        value={text}
        error={error}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    );
  }

  const common = {
    label: visibleLabel,
    'aria-label': ariaLabel,
    description,
    withAsterisk: field.required && !stored,
    error,
    disabled,
    value: text,
    style: { flex: 1 },
  };
  const placeholder = stored ? (compact ? COMPACT_STORED_PLACEHOLDER : STORED_SECRET_PLACEHOLDER) : (field.placeholder ?? undefined);
  let input;
  if (field.secret || field.kind === 'password') {
    input = (
      <PasswordInput
        {...common}
        placeholder={placeholder}
        autoComplete="new-password"
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    );
  } else if (field.kind === 'textarea') {
    input = (
      <Textarea
        {...common}
        placeholder={placeholder}
        autosize
        minRows={2}
        maxRows={6}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    );
  } else {
    input = (
      <TextInput
        {...common}
        placeholder={placeholder}
        inputMode={field.kind === 'number' ? 'numeric' : undefined}
        type={field.kind === 'url' ? 'url' : 'text'}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    );
  }
  // A grid cell offers references where they matter most, on secret fields, to stay narrow.
  if (!secretKeys || (compact && !field.secret && field.kind !== 'password')) return input;
  return (
    <Group gap={6} wrap="nowrap" align="flex-end">
      {input}
      <InsertSecretMenu secretKeys={secretKeys} label={label} onInsert={(reference) => onChange(text + reference)} />
    </Group>
  );
}
