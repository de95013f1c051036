import { useState } from 'react';

/** The next page's edges after the ones already shown; pageInfo and totalCount come from the newer page. */
export function appendEdges<T extends { edges: readonly unknown[] }>(previous: T, next: T): T {
  return { ...next, edges: [...previous.edges, ...next.edges] };
}

/** "Load more" for a cursor-paginated list: fetches after `endCursor` and reports when it is busy. */
export function useLoadMore(loadAfter: (after: string) => Promise<unknown>, endCursor: string | null | undefined) {
  const [loadingMore, setLoadingMore] = useState(false);
  async function loadMore() {
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await loadAfter(endCursor);
    } finally {
      setLoadingMore(false);
    }
  }
  return { loadMore, loadingMore };
}
