import type { TooltipProps } from '@mantine/core';
import { cloneElement, useEffect, useRef, useState, type PointerEvent, type ReactElement } from 'react';
import { deferred, useDeferred } from './deferred';

const tooltipModule = deferred(async () => (await import('./loaded-tooltip')).LoadedTooltip);

interface HoverProps {
  onPointerEnter?: (event: PointerEvent<HTMLElement>) => void;
  onPointerLeave?: (event: PointerEvent<HTMLElement>) => void;
}

interface DeferredTooltipProps extends Pick<TooltipProps, 'label' | 'withArrow'> {
  /** How long the mouse rests on the target before the tooltip shows, as Mantine's `openDelay`. */
  openDelay: number;
  children: ReactElement<HoverProps>;
}

/**
 * A hover tooltip (Mantine's Tooltip) for text that is not focusable, whose code loads the first time the mouse
 * rests on the target for `openDelay`, when Mantine's would open: it then opens as soon as it is there.
 */
export function DeferredTooltip({ children, openDelay, ...tooltipProps }: DeferredTooltipProps) {
  const { loaded: Tooltip, wake } = useDeferred(tooltipModule);
  const [openOnArrival, setOpenOnArrival] = useState(false);
  const hovered = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  if (Tooltip) {
    return (
      <Tooltip {...tooltipProps} openDelay={openDelay} defaultOpened={openOnArrival}>
        {children}
      </Tooltip>
    );
  }
  return cloneElement(children, {
    onPointerEnter: (event) => {
      if (event.pointerType === 'touch') return;
      hovered.current = true;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => wake(() => setOpenOnArrival(hovered.current)), openDelay);
    },
    onPointerLeave: () => {
      hovered.current = false;
      if (timer.current !== null) clearTimeout(timer.current);
    },
  });
}
