/**
 * zod for the saves, set up first: no generated parsers. zod's JIT probes with `new Function`, which
 * the game's Content-Security-Policy forbids (no 'unsafe-eval'); the records are small, so the plain
 * parsers cost nothing that matters. The setting must run before any schema is built, hence this
 * module instead of importing 'zod' directly.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };

/**
 * A schema built on first use. Building zod schemas is most of what loading the records costs (a long
 * task on a phone's CPU right after the title appears), for records that may not exist yet.
 */
export function lazySchema<T>(build: () => z.ZodType<T>): () => z.ZodType<T> {
  let schema: z.ZodType<T> | null = null;
  return () => (schema ??= build());
}
