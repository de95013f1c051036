import { ActionIcon, Group, Menu, Table, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconDots, type Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface RowAction {
  /** Unique within the row. */
  key: string;
  label: string;
  icon: Icon;
  color?: 'red';
  disabled?: boolean;
  /** Why the action is disabled, on hover. */
  title?: string;
  onClick: () => void;
}

/** A table row's actions behind a "…" button; `children` go below the items (a note, say). */
export function RowActionsMenu({ label, actions, children }: { label: string; actions: readonly RowAction[]; children?: ReactNode }) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={label}>
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {actions.map(({ key, label: itemLabel, icon: ItemIcon, color, disabled, title, onClick }) => (
          <Menu.Item key={key} color={color} leftSection={<ItemIcon size={14} />} disabled={disabled} title={title} onClick={onClick}>
            {itemLabel}
          </Menu.Item>
        ))}
        {children}
      </Menu.Dropdown>
    </Menu>
  );
}

export interface RowActionButton {
  key: string;
  /** The tooltip. */
  label: string;
  /** The accessible name, naming the record: "Edit Analytics DB". */
  ariaLabel: string;
  icon: Icon;
  color?: 'red';
  onClick: () => void;
}

/** A row's or card's actions as icon buttons with tooltips; `leading` goes before them. */
export function RowActionButtons({ actions, leading, mt }: { actions: readonly RowActionButton[]; leading?: ReactNode; mt?: 'auto' }) {
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap" mt={mt}>
      {leading}
      {actions.map(({ key, label, ariaLabel, icon: ButtonIcon, color, onClick }) => (
        <Tooltip key={key} label={label} withArrow>
          <ActionIcon variant="subtle" color={color ?? 'gray'} aria-label={ariaLabel} onClick={onClick}>
            <ButtonIcon size={18} />
          </ActionIcon>
        </Tooltip>
      ))}
    </Group>
  );
}

/** The header cell above a table's row-actions column. */
export function RowActionsHeader() {
  return (
    <Table.Th w={48}>
      <VisuallyHidden>Actions</VisuallyHidden>
    </Table.Th>
  );
}
