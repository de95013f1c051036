import { Notifications } from '@mantine/notifications';

/** The toasts' container, loaded on its own after the first page (app-providers.tsx). */
export function ToastsContainer() {
  // Bottom left and narrow: toasts stay clear of a centered dialog's close button and of its right-aligned buttons.
  return <Notifications position="bottom-left" containerWidth={360} />;
}
