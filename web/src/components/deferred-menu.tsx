import { cloneElement, useEffect, useRef, useState, type ComponentType, type FocusEvent, type MouseEvent, type PointerEvent, type ReactElement, type Ref } from 'react';
import { useDeferred, type Deferred } from './deferred';

/** What DeferredMenu hands the menu once its code is there. */
export interface DeferredMenuProps {
  /** The menu's button, for `Menu.Target`. */
  target: ReactElement<TargetProps>;
  /** The button was clicked: the menu opens as it arrives. */
  openOnArrival: boolean;
  /** The button had focus when the menu's own replaced it: the new one takes it. */
  focusOnArrival: boolean;
}

interface TargetProps {
  ref?: Ref<HTMLButtonElement>;
  onPointerEnter?: (event: PointerEvent<HTMLButtonElement>) => void;
  onPointerDown?: (event: PointerEvent<HTMLButtonElement>) => void;
  onFocus?: (event: FocusEvent<HTMLButtonElement>) => void;
  onClick?: (event: MouseEvent<HTMLButtonElement>) => void;
}

type DeferredMenuComponent<P> = ComponentType<P & DeferredMenuProps>;

/**
 * A menu whose code (Mantine's Menu, Popover and floating-ui) is not part of the page: it starts loading when the
 * pointer, focus or a touch reaches the button, and the first click opens it as soon as it is there. Until then
 * the button is drawn as it will be.
 */
export function DeferredMenu<P extends object>({ menu, target, ...props }: { menu: Deferred<DeferredMenuComponent<P>>; target: ReactElement<TargetProps> } & P) {
  const { loaded: Menu, wake } = useDeferred(menu);
  const button = useRef<HTMLButtonElement>(null);
  const [arrival, setArrival] = useState({ open: false, focus: false });

  if (Menu) return <Menu {...(props as P)} target={target} openOnArrival={arrival.open} focusOnArrival={arrival.focus} />;

  const opening = () => setArrival({ open: true, focus: document.activeElement === button.current });
  // The menu replaces the button when it opens, so the button is never swapped under a pointer that is pressing it.
  return cloneElement(target, {
    ref: button,
    onPointerEnter: menu.prefetch,
    onPointerDown: menu.prefetch,
    onFocus: menu.prefetch,
    onClick: () => wake(opening),
  });
}

/**
 * For the deferred menu itself: its `opened` state and the target's ref, opening it (and giving its button
 * focus) on arrival as DeferredMenu asked. Opening after the first render lets the menu remember the focused
 * button, to return focus to it on close.
 */
export function useDeferredMenuState({ openOnArrival, focusOnArrival }: Pick<DeferredMenuProps, 'openOnArrival' | 'focusOnArrival'>) {
  const [opened, setOpened] = useState(false);
  const targetRef = useRef<HTMLButtonElement>(null);
  const [arrival] = useState({ open: openOnArrival, focus: focusOnArrival });
  useEffect(() => {
    if (arrival.focus) targetRef.current?.focus();
    if (arrival.open) setOpened(true);
  }, [arrival]);
  return { opened, setOpened, targetRef };
}
