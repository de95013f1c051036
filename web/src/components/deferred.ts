import { useCallback, useState } from 'react';

/**
 * A module that loads on the first sign of interest in what it draws (the pointer on it, focus, a touch),
 * not with the page: a page's first render does not wait for its menus' and tooltips' positioning code.
 */
export interface Deferred<T> {
  /** The module's export once it has arrived. */
  current: T | null;
  load: () => Promise<T>;
  /** Starts the download early (the pointer is on the button): a failure shows when it is needed. */
  prefetch: () => void;
}

export function deferred<T>(importer: () => Promise<T>): Deferred<T> {
  let pending: Promise<T> | null = null;
  const module: Deferred<T> = {
    current: null,
    load() {
      pending ??= importer().then(
        (value) => (module.current = value),
        (reason: unknown) => {
          // A failed download is tried again on the next sign of interest.
          pending = null;
          throw reason;
        },
      );
      return pending;
    },
    prefetch() {
      module.load().catch(() => undefined);
    },
  };
  return module;
}

/**
 * The deferred export for this component: there from the start when another component already loaded it, else
 * null until `wake` has loaded it. `wake` runs `onArrival` just before the swap, while the stand-in is still in
 * the page. A download that fails is thrown to the route's error page, as a lazy page's would be.
 */
export function useDeferred<T>(module: Deferred<T>): { loaded: T | null; wake: (onArrival?: () => void) => void } {
  const [loaded, setLoaded] = useState<{ value: T } | null>(() => (module.current === null ? null : { value: module.current }));
  const [failure, setFailure] = useState<{ reason: unknown } | null>(null);
  const wake = useCallback(
    (onArrival?: () => void) => {
      module.load().then(
        (value) => {
          onArrival?.();
          setLoaded((current) => current ?? { value });
        },
        (reason: unknown) => setFailure({ reason }),
      );
    },
    [module],
  );
  if (failure) throw failure.reason;
  return { loaded: loaded?.value ?? null, wake };
}
