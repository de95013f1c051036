import { useMergedRef } from '@mantine/hooks';
import type { Ref } from 'react';

/**
 * @floating-ui/react's `useMergeRefs`, the only thing Mantine's ScrollArea takes from that library, on top of
 * @mantine/hooks' equivalent: narrow-mantine-imports.ts hands this to ScrollArea, so that a table (whose scroll
 * container is a ScrollArea) does not bring the whole positioning library to the page.
 */
export function useMergeRefs<T>(refs: ReadonlyArray<Ref<T> | undefined>) {
  return useMergedRef<T>(...refs);
}
