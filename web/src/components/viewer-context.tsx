import type { Permission } from '@keyward/shared/permissions';
import { createContext, useContext, type ReactNode } from 'react';
import type { ViewerFieldsFragment } from '../graphql/generated';

const ViewerContext = createContext<ViewerFieldsFragment | null>(null);

export function ViewerProvider({ viewer, children }: { viewer: ViewerFieldsFragment; children: ReactNode }) {
  return <ViewerContext value={viewer}>{children}</ViewerContext>;
}

/** The signed-in person; only available below the auth guard. */
export function useViewer(): ViewerFieldsFragment {
  const viewer = useContext(ViewerContext);
  if (viewer === null) throw new Error('useViewer must be used below the signed-in area (ViewerProvider).');
  return viewer;
}

export function useHasPermission(permission: Permission): boolean {
  return useViewer().permissions.includes(permission);
}
