/** Exit codes of every command (README "Commands and exit codes"). */
export const exitCode = {
  /** Every input parsed, no message of severity error. */
  ok: 0,
  /** Parsed, but at least one message of severity error. */
  errors: 1,
  /** Usage error, or an input that could not be read or parsed. */
  failure: 2,
  /** Stopped by an interrupt (SIGINT): 128 + 2, as a shell reports it. */
  interrupted: 130,
} as const;
