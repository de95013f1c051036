import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { describe, expect, it, vi } from 'vitest';

/** A row's actions menu as a page gets it: its code not loaded yet (each test starts from fresh modules). */
async function renderMenu(onEdit = vi.fn()) {
  vi.resetModules();
  const { MantineProvider } = await import('@mantine/core');
  const { RowActionsMenu } = await import('../src/components/row-actions');
  const actions = [
    { key: 'edit', label: 'Edit', icon: IconPencil, onClick: onEdit },
    { key: 'delete', label: 'Delete', icon: IconTrash, color: 'red' as const, onClick: vi.fn() },
  ];
  render(
    <MantineProvider env="test">
      <RowActionsMenu label="Actions for grace@acme.test" actions={actions} />
    </MantineProvider>,
  );
  return { user: userEvent.setup(), onEdit };
}

describe('Row actions menu', () => {
  it('opens on the first click, while its code is still loading', async () => {
    const { user, onEdit } = await renderMenu();

    await user.click(screen.getByRole('button', { name: 'Actions for grace@acme.test' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit' }));

    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  it('opens from the keyboard and gives focus back to its button on Escape', async () => {
    const { user } = await renderMenu();

    await user.tab();
    expect(screen.getByRole('button', { name: 'Actions for grace@acme.test' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('menu')).toBeVisible();
    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Actions for grace@acme.test' })).toHaveFocus());
  });
});
