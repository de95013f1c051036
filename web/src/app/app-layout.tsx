import { AppShell, Progress } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useMatches, useNavigation } from 'react-router';
import { AppHeader } from './app-header';
import { matchedSidebar } from './layout-handle';
import { OrganizationUrlGate } from './organization-url-gate';

/** The signed-in shell: top navigation everywhere, the sidebar in the Administration area. */
export function AppLayout() {
  // The Administration area's route brings its sidebar (routes.tsx), so Home does not download it.
  const AreaSidebar = matchedSidebar(useMatches());
  const [sidebarOpened, sidebar] = useDisclosure(false);
  // A page's code loads on its first visit: the current page stays, with a bar under the header.
  const navigating = useNavigation().state === 'loading';

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={
        AreaSidebar ? { width: 250, breakpoint: 'sm', collapsed: { mobile: !sidebarOpened } } : undefined
      }
      padding={{ base: 'md', sm: 'xl' }}
    >
      <AppShell.Header>
        <AppHeader sidebar={AreaSidebar ? { opened: sidebarOpened, toggle: sidebar.toggle } : null} />
      </AppShell.Header>
      {AreaSidebar ? (
        <AppShell.Navbar p="md">
          <AreaSidebar onNavigate={sidebar.close} />
        </AppShell.Navbar>
      ) : null}
      <AppShell.Main bg="var(--mantine-color-gray-0)">
        {navigating ? (
          <Progress value={100} animated size="xs" radius={0} pos="fixed" top={60} left={0} right={0} style={{ zIndex: 150 }} aria-label="Loading the page" />
        ) : null}
        <OrganizationUrlGate>
          <Outlet />
        </OrganizationUrlGate>
      </AppShell.Main>
    </AppShell>
  );
}
