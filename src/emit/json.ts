/** JSON: one record, indented for people or on one line for pipes; several records as one JSON array. */
import type { RecordFormat } from './format.js';

/** A value as JSON: indented for people, or on one line for pipes (JSON Lines). */
export function formatJson(value: unknown, options: { pretty: boolean }): string {
  return `${JSON.stringify(value, null, options.pretty ? 2 : undefined)}\n`;
}

/**
 * A JSON array written one element at a time. The text is byte for byte `JSON.stringify(records, null, 2)`
 * (or without the indent) plus a newline, so a streamed batch reads like one built in memory.
 */
export function jsonArray(options: { pretty: boolean }): RecordFormat {
  if (!options.pretty) {
    return { head: '[', separator: ',', tail: ']\n', empty: '[]\n', serialize: (record) => JSON.stringify(record) };
  }
  return {
    head: '[\n',
    separator: ',\n',
    tail: '\n]\n',
    empty: '[]\n',
    serialize: (record) => JSON.stringify(record, null, 2).replace(/^/gm, '  '),
  };
}
