/** NDJSON (JSON Lines): one record per line, in input order (../shared/spec/output.md). */
import type { RecordFormat } from './format.js';

export const ndjson: RecordFormat = {
  head: '',
  separator: '',
  tail: '',
  empty: '',
  serialize: (record) => `${JSON.stringify(record)}\n`,
};
