/** What every batch output format provides: the text of one record, and the text around the records. */
import type { DispatchRecord, ErrorRecord } from '../schema/record.js';

/** A parsed record, or the error record of an input that could not be read or parsed. */
export type AnyRecord = DispatchRecord | ErrorRecord;

export interface RecordFormat {
  /** Written before the first record. */
  head: string;
  /** Written between two records. */
  separator: string;
  /** Written after the last record. */
  tail: string;
  /** Written instead of head and tail when there is no record at all. */
  empty: string;
  /** The text of one record. Pure, so that a worker thread can run it next to the parser. */
  serialize(record: AnyRecord): string;
}

export function isErrorRecord(record: AnyRecord): record is ErrorRecord {
  return 'error' in record;
}
