import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122222205_Initial } from './Migration20261122222205_Initial';

/** Every committed migration, in order. `pnpm --filter @keyward/server migration:create` adds to it. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122222205_Initial', class: Migration20261122222205_Initial },
];
