/** Writes server/schema.graphql from the code (`pnpm schema`). */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildKeywardSchema, printKeywardSchema } from './schema';

export const SCHEMA_FILE = new URL('../../schema.graphql', import.meta.url);

writeFileSync(SCHEMA_FILE, printKeywardSchema(await buildKeywardSchema()));
console.log(`wrote ${SCHEMA_FILE.pathname}`);
