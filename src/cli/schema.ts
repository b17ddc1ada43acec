/** `congvan schema`: the JSON Schema (draft 2020-12) of every record, ok or error: schema/congvan.schema.json. */
import { formatJsonSchema } from '../schema/json-schema.js';
import { exitCode } from './exit-code.js';
import type { Io } from './io.js';

export function run(io: Pick<Io, 'stdout'>): number {
  io.stdout.write(formatJsonSchema());
  return exitCode.ok;
}
