import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { mantineComponentStyles } from './build/mantine-component-styles.ts';
import { narrowMantineImports } from './build/narrow-mantine-imports.ts';

const apiServer = 'http://localhost:4000';

export default defineConfig({
  plugins: [react(), mantineComponentStyles({ globalStyles: 'src/app/global-styles.ts' }), narrowMantineImports()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // .vite/manifest.json: which chunks each route loads (server/bench/07-spa-bundle.bench.ts reads it).
    manifest: true,
    rolldownOptions: {
      output: {
        // Every route is a lazy chunk (src/app/routes.tsx); the libraries every route needs get their own
        // chunks, which stay cached across releases. The rest (Mantine components, charts, tables, forms)
        // is split by the routes that use it, so the sign-in page does not download the admin pages' parts.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 3 },
            { name: 'graphql', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)[\\/]/, priority: 2 },
            // Mantine's components and the icons are small modules, each shared by another set of chunks: split by
            // that set alone, a page downloads dozens of files of a few hundred bytes, each compressed on its own.
            // Those that at least 15 lazy chunks (pages, dialogs, menus) share go into one file instead: the sign-in
            // page then also gets a little of what only signed-in pages draw, and every route fewer, better
            // compressed bytes (bench 07: each route smaller than without this group; 15 to 17 measure the same).
            { name: 'ui', test: /node_modules[\\/](@mantine|@tabler)[\\/]/, minShareCount: 15, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    // The API and the SPA share one origin in production; the dev server forwards API paths to it.
    proxy: {
      '/graphql': apiServer,
      '/healthz': apiServer,
      '/auth': apiServer,
    },
  },
});
