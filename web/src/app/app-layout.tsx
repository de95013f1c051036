import { AppShell, Progress } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useMatch, useNavigation } from 'react-router';
import { AdminSidebar } from './admin-sidebar';
import { AppHeader } from './app-header';
import { OrganizationUrlGate } from './organization-url-gate';

/** The signed-in shell: top navigation everywhere, the sidebar in the Administration area. */
export function AppLayout() {
  const inAdmin = useMatch({ path: '/admin', end: false }) !== null;
  const [sidebarOpened, sidebar] = useDisclosure(false);
  // A page's code loads on its first visit: the current page stays, with a bar under the header.
  const navigating = useNavigation().state === 'loading';

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={
        inAdmin ? { width: 250, breakpoint: 'sm', collapsed: { mobile: !sidebarOpened } } : undefined
      }
      padding={{ base: 'md', sm: 'xl' }}
    >
      <AppShell.Header>
        <AppHeader sidebar={inAdmin ? { opened: sidebarOpened, toggle: sidebar.toggle } : null} />
      </AppShell.Header>
      {inAdmin ? (
        <AppShell.Navbar p="md">
          <AdminSidebar onNavigate={sidebar.close} />
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
