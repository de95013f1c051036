import { ActionIcon, Table, VisuallyHidden } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { deferred } from './deferred';
import { DeferredMenu } from './deferred-menu';
import type { RowAction } from './row-actions-dropdown';

// A table draws a menu button per row; the menu's code loads when the pointer or focus first reaches one.
const dropdown = deferred(async () => (await import('./row-actions-dropdown')).RowActionsDropdown);

/** A table row's actions behind a "…" button; `children` go below the items (a note, say). */
export function RowActionsMenu({ label, actions, children }: { label: string; actions: readonly RowAction[]; children?: ReactNode }) {
  return (
    <DeferredMenu
      menu={dropdown}
      target={
        <ActionIcon variant="subtle" color="gray" aria-label={label}>
          <IconDots size={16} />
        </ActionIcon>
      }
      actions={actions}
    >
      {children}
    </DeferredMenu>
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
