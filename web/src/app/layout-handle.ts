import type { ComponentType } from 'react';
import type { UIMatch } from 'react-router';

/** What a route hands the signed-in layout (its `handle`): the Administration area's sidebar. */
export interface LayoutHandle {
  sidebar: ComponentType<{ onNavigate: () => void }>;
}

function isLayoutHandle(handle: unknown): handle is LayoutHandle {
  return typeof handle === 'object' && handle !== null && 'sidebar' in handle && typeof handle.sidebar === 'function';
}

/** The sidebar of the deepest matched route that has one, if any. */
export function matchedSidebar(matches: readonly UIMatch[]): LayoutHandle['sidebar'] | null {
  for (let index = matches.length - 1; index >= 0; index -= 1) {
    const handle = matches[index]?.handle;
    if (isLayoutHandle(handle)) return handle.sidebar;
  }
  return null;
}
