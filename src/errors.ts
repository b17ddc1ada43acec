/** Typed errors of congvan: every failure that is the input's fault carries a stable code. */
export type ErrorCode =
  | 'empty-input'
  | 'binary-input'
  | 'unreadable-input'
  | 'no-text-layer'
  /** An input larger than --max-bytes (default 20 MB). */
  | 'input-too-large'
  /** A line of `parse --stdin-ndjson` that is not a request: not JSON, no id, neither text nor base64. */
  | 'invalid-request'
  | 'invalid-record'
  | 'usage'
  | 'internal-error';

export class CongvanError extends Error {
  readonly code: ErrorCode;
  /** The input the error is about, as given on the command line (`-` for stdin), when known. */
  readonly file: string | null;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; file?: string | null }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CongvanError';
    this.code = code;
    this.file = options?.file ?? null;
  }
}
