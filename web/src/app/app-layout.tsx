import './signed-in-styles';

import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useMatch } from 'react-router';
import { AdminSidebar } from './admin-sidebar';
import { AppHeader } from './app-header';
import { OrganizationUrlGate } from './organization-url-gate';

/** The signed-in shell: top navigation everywhere, the sidebar in the Administration area. */
export function AppLayout() {
  const inAdmin = useMatch({ path: '/admin', end: false }) !== null;
  const [sidebarOpened, sidebar] = useDisclosure(false);

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
        <OrganizationUrlGate>
          <Outlet />
        </OrganizationUrlGate>
      </AppShell.Main>
    </AppShell>
  );
}
