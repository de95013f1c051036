import { ActionIcon, Group, Tooltip } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

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
