import { Tooltip, type TooltipProps } from '@mantine/core';

/** Mantine's Tooltip in a chunk of its own, with floating-ui: deferred-tooltip.tsx loads it on a first hover. */
export function LoadedTooltip(props: TooltipProps) {
  return <Tooltip {...props} />;
}
