import { resolve } from 'node:path';
import { normalizePath, type Plugin } from 'vite';

// A Mantine component's class names live in `<Name>.module.mjs`, and its styles in the stylesheet of the same name.
const CORE_MODULE = /[\\/]@mantine[\\/]core[\\/]esm[\\/].*[\\/]([A-Za-z]+)\.module\.mjs$/;
const NOTIFICATIONS_MODULE = /[\\/]@mantine[\\/]notifications[\\/]esm[\\/]Notifications\.module\.mjs$/;

function stylesheetOf(id: string): string | null {
  const core = CORE_MODULE.exec(id);
  if (core) return `@mantine/core/styles/${core[1]}.css`;
  if (NOTIFICATIONS_MODULE.test(id)) return '@mantine/notifications/styles.css';
  return null;
}

/**
 * Each Mantine component brings its own stylesheet, as its class names: in the build, the module that holds a
 * component's class names imports the component's CSS, so a page's chunk carries the styles of exactly the
 * components it draws (and of those they draw), in dependency order as in @mantine/core/styles.css, and a
 * component loaded later (a menu, a dialog) brings its styles along. The dev server pre-bundles Mantine, which
 * such a transform does not reach: there the whole stylesheet is loaded with the app's global styles
 * (`globalStyles`, relative to the Vite root).
 */
export function mantineComponentStyles({ globalStyles }: { globalStyles: string }): Plugin {
  let serving = false;
  let globalStylesId = '';
  let added = 0;
  return {
    name: 'keyward:mantine-component-styles',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
      globalStylesId = normalizePath(resolve(config.root, globalStyles));
    },
    transform(code, id) {
      if (serving) {
        if (normalizePath(id) !== globalStylesId) return null;
        return { code: `${code}\nimport '@mantine/core/styles.css';\nimport '@mantine/notifications/styles.css';\n`, map: null };
      }
      const stylesheet = stylesheetOf(id);
      if (stylesheet === null) return null;
      added += 1;
      // Appended, not prepended: imports are hoisted either way, and the module's source map stays valid.
      return { code: `${code}\nimport '${stylesheet}';\n`, map: null };
    },
    buildEnd(error) {
      // A Mantine release that names these modules otherwise would leave every component unstyled: fail instead.
      if (!serving && !error && added === 0) this.error('no Mantine component stylesheet was added: has @mantine/core renamed its <Name>.module.mjs files?');
    },
  };
}
