import type { RouteObject } from 'react-router';
import { routes } from '../src/app/routes';

/**
 * The app's routes with every lazy page already loaded, so a test can query the page right after
 * rendering, as before the routes were split (test/routes.test.tsx renders the lazy routes as they are).
 */
async function loaded(route: RouteObject): Promise<RouteObject> {
  const { lazy, children, ...rest } = route;
  const resolved: Record<string, unknown> = { ...rest };
  if (lazy && typeof lazy === 'object') {
    for (const [key, load] of Object.entries(lazy)) {
      if (typeof load === 'function') resolved[key] = await (load as () => Promise<unknown>)();
    }
  } else if (lazy) {
    Object.assign(resolved, await lazy());
  }
  if (children) resolved['children'] = await Promise.all(children.map(loaded));
  return resolved as RouteObject;
}

export const eagerRoutes: RouteObject[] = await Promise.all(routes.map(loaded));
