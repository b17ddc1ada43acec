/**
 * What the main thread and the workers of a batch share: the settings, a task, its outcome, and the
 * serializer of the destination. Nothing here loads the parser: a module that only needs these types and
 * serializers (the writers, the summary) does not pull it in.
 */
import type { DocumentFormat } from '../pipeline.js';
import type { EncodingChoice } from '../read/encodings.js';
import type { Message } from '../schema/record.js';
import { formatJson, jsonArray } from '../emit/json.js';
import { ndjson } from '../emit/ndjson.js';
import { csv } from '../emit/csv.js';
import type { AnyRecord, RecordFormat } from '../emit/format.js';

/** Where the records go: a stream in one of the formats, or one JSON file per input (`-o DIR`). */
export type Destination = 'json' | 'ndjson' | 'csv' | 'files';

/** The settings shared by every task of a batch (sent once to each worker). */
export interface BatchSettings {
  from: DocumentFormat | 'auto';
  encoding: EncodingChoice;
  positions: boolean;
  destination: Destination;
  /** Indented JSON for `json` and `files`. */
  pretty: boolean;
  /** `--max-bytes`: larger inputs give an input-too-large error record (default 20 MB). */
  maxBytes?: number;
}

export interface Task {
  /** Position in the batch, from 0. */
  index: number;
  /** The path as shown, `-` for stdin. */
  file: string;
  /** Absolute path, or null when `bytes` holds the input (stdin). */
  path: string | null;
  bytes?: Uint8Array;
  /** The output file (`-o DIR`), or null. */
  target: string | null;
  /** Skip the input when `target` is up to date (--resume). */
  resume: boolean;
}

export type OutcomeStatus = 'clean' | 'errors' | 'failed' | 'skipped';

export interface Outcome {
  index: number;
  file: string;
  target: string | null;
  status: OutcomeStatus;
  /** The reader that built the document, for parsed inputs. */
  format: string | null;
  /** The serialized record; empty when skipped. */
  text: string;
  /** The record's diagnostics, for stderr. */
  messages: Message[];
  /** Why the input failed. */
  error: { code: string; message: string } | null;
}

/** The function that turns a record into its text for the batch's destination. */
export function serializerFor(settings: BatchSettings): (record: AnyRecord) => string {
  if (settings.destination === 'files') return (record) => formatJson(record, { pretty: settings.pretty });
  return streamFormat(settings).serialize;
}

export function streamFormat(settings: BatchSettings): RecordFormat {
  switch (settings.destination) {
    case 'ndjson':
      return ndjson;
    case 'csv':
      return csv;
    default:
      return jsonArray({ pretty: settings.pretty });
  }
}
