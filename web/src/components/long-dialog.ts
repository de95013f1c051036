import type { CSSProperties, FormEvent } from 'react';

/**
 * Long dialogs: the footer with the primary button stays at the bottom of the scrolling modal,
 * so it is reachable without scrolling to the end. Put it on the footer's Group.
 */
export const STICKY_DIALOG_FOOTER: CSSProperties = {
  position: 'sticky',
  bottom: 0,
  zIndex: 2,
  background: 'var(--mantine-color-body)',
  borderTop: '1px solid var(--mantine-color-default-border)',
  paddingBlock: 'var(--mantine-spacing-sm)',
  marginBottom: 'calc(var(--mantine-spacing-md) * -1)',
};

const INVALID = '[aria-invalid="true"], .mantine-InputWrapper-error';

/** Scrolls the form's first invalid field (or error message) into view and focuses it when it is a field. */
export function revealFirstError(form: HTMLFormElement): void {
  // After React has rendered the error states.
  requestAnimationFrame(() => {
    const first = form.isConnected ? form.querySelector<HTMLElement>(INVALID) : null;
    if (first === null) return;
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (first.matches('[aria-invalid="true"]')) first.focus({ preventScroll: true });
  });
}

/**
 * Wraps a react-hook-form submit handler (`handleSubmit(...)`) for `<form onSubmit>`: once the
 * submit settles, client or server validation errors above the fold are brought into view.
 */
export function revealingErrors(submit: (event: FormEvent<HTMLFormElement>) => Promise<void>): (event: FormEvent<HTMLFormElement>) => void {
  return (event) => {
    const form = event.currentTarget;
    void submit(event).then(() => revealFirstError(form));
  };
}
