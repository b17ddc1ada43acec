/**
 * congvan — read Vietnamese administrative documents (công văn…) into
 * schema-validated JSON records.
 *
 *   import { parseDispatch } from 'congvan';
 *   const record = parseDispatch(fs.readFileSync('6764.md'), { file: '6764.md' });
 */
export { parseDispatch, parseDocument, toErrorRecord } from './pipeline.js';
export type { ParseOptions, InputFormat, DocumentOptions, DocumentFormat } from './pipeline.js';
export { CongvanError } from './errors.js';
export type { ErrorCode } from './errors.js';
export {
  recordSchema,
  errorRecordSchema,
  SCHEMA_VERSION,
} from './schema/record.js';
export type {
  DispatchRecord,
  ErrorRecord,
  Message,
  Position,
  Point,
  Reference,
  Signer,
  Task,
  Assignee,
  Deadline,
  Directive,
} from './schema/record.js';
