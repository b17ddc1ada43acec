/** Typed errors of congvan: every failure that is the input's fault carries a stable code. */
export type ErrorCode =
  | 'empty-input'
  | 'binary-input'
  | 'unreadable-input'
  | 'invalid-record'
  | 'usage';

export class CongvanError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CongvanError';
    this.code = code;
  }
}
