import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const SCROLL_AREA = /[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/]ScrollArea[\\/]ScrollArea\.mjs$/;
const APP_SHELL_SECTION = /[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/]AppShell[\\/]AppShell(Header|Footer|Aside)[\\/]AppShell\1\.mjs$/;
const REMOVE_SCROLL_CLASS_NAMES = '\0keyward:remove-scroll-class-names:';

/**
 * Two Mantine components take one small thing from a large module, and a bundler splits by module, not by export:
 * - ScrollArea (inside every Table too) imports one hook from @floating-ui/react, which would put the whole
 *   positioning library (≈15 kB gzip, which only menus, selects and tooltips need) on every page with a table;
 * - AppShell's header, footer and aside import react-remove-scroll for two class names, which would put that
 *   scroll-lock library (≈5 kB gzip, which only modals and popovers need) on every signed-in page.
 * Each gets just that thing instead: the same hook on top of @mantine/hooks (use-merge-refs.ts), and the class
 * names from react-remove-scroll's own constants module, so they stay the ones its scroll lock looks for.
 */
export function narrowMantineImports(): Plugin {
  const useMergeRefs = fileURLToPath(new URL('./use-merge-refs.ts', import.meta.url));
  return {
    name: 'keyward:narrow-mantine-imports',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (importer === undefined) return null;
      if (source === '@floating-ui/react' && SCROLL_AREA.test(importer)) return useMergeRefs;
      if (source === 'react-remove-scroll' && APP_SHELL_SECTION.test(importer)) {
        const removeScroll = await this.resolve(source, importer, { skipSelf: true });
        const constants = removeScroll && (await this.resolve('react-remove-scroll-bar/constants', removeScroll.id, { skipSelf: true }));
        if (!constants) throw new Error('react-remove-scroll-bar/constants did not resolve: is react-remove-scroll still built on it?');
        return REMOVE_SCROLL_CLASS_NAMES + constants.id;
      }
      return null;
    },
    load(id) {
      if (!id.startsWith(REMOVE_SCROLL_CLASS_NAMES)) return null;
      const constants = JSON.stringify(id.slice(REMOVE_SCROLL_CLASS_NAMES.length));
      return [
        `import { zeroRightClassName, fullWidthClassName } from ${constants};`,
        'export const RemoveScroll = { classNames: { zeroRight: zeroRightClassName, fullWidth: fullWidthClassName } };',
      ].join('\n');
    },
  };
}
