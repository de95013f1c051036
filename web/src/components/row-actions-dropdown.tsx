import { Menu } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { cloneElement, type ReactNode } from 'react';
import { useDeferredMenuState, type DeferredMenuProps } from './deferred-menu';

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

/** A row's actions menu itself (row-actions.tsx draws its button and loads this when it is first reached). */
export function RowActionsDropdown({ target, actions, children, ...arrival }: { actions: readonly RowAction[]; children?: ReactNode } & DeferredMenuProps) {
  const { opened, setOpened, targetRef } = useDeferredMenuState(arrival);
  return (
    <Menu position="bottom-end" withinPortal opened={opened} onChange={setOpened}>
      <Menu.Target>{cloneElement(target, { ref: targetRef })}</Menu.Target>
      <Menu.Dropdown>
        {actions.map(({ key, label, icon: ItemIcon, color, disabled, title, onClick }) => (
          <Menu.Item key={key} color={color} leftSection={<ItemIcon size={14} />} disabled={disabled} title={title} onClick={onClick}>
            {label}
          </Menu.Item>
        ))}
        {children}
      </Menu.Dropdown>
    </Menu>
  );
}
