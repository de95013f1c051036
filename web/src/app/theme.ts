import { Badge, createTheme, PasswordInput } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  components: {
    Badge: Badge.extend({
      // A badge is never narrower than its text: a squeezed table cell wraps around it instead of cutting "ACTI…".
      styles: { root: { minWidth: 'max-content', flexShrink: 0 } },
    }),
    PasswordInput: PasswordInput.extend({
      defaultProps: {
        // Mantine names this button "Toggle password visibility", which makes a "Password" label
        // ambiguous for assistive tech and browser tests; the pressed state already says what it does.
        visibilityToggleButtonProps: { 'aria-label': 'Show characters' },
      },
    }),
  },
});
