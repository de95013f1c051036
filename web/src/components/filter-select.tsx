import { InputBase, type InputBaseProps } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import type { ChangeEventHandler } from 'react';

interface FilterSelectProps extends Omit<InputBaseProps, 'component' | 'rightSection' | 'onChange'> {
  'aria-label': string;
  value: string;
  onChange: ChangeEventHandler<HTMLSelectElement>;
  data: readonly { value: string; label: string }[];
}

/**
 * A list page's filter: the browser's own select, drawn as a Mantine input. What NativeSelect
 * draws, without the combobox code and stylesheet NativeSelect brings for its chevron, so a list
 * page's first visit stays small.
 */
export function FilterSelect({ data, value, onChange, ...props }: FilterSelectProps) {
  return (
    <InputBase component="select" value={value} onChange={onChange} rightSection={<IconChevronDown size={16} stroke={1.5} />} rightSectionPointerEvents="none" {...props}>
      {data.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </InputBase>
  );
}
