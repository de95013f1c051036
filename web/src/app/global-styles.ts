// The styles every page needs before any component: Mantine's reset and global rules. Each component's own
// styles come with the component (build/mantine-component-styles.ts), so a page downloads those of what it draws.
// Not default-css-variables.css: MantineProvider writes every theme variable itself (app-providers.tsx).
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/global.css';
