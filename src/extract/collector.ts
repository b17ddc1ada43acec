/** Collects what extractors find besides values: source spans and diagnostics. */
import { offsetAt, type Line } from '../segment/lines.js';

export type Severity = 'error' | 'warning' | 'info';

export interface DraftMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Offset in the normalised text, or null for a message about the whole input. */
  offset: number | null;
}

export class Collector {
  readonly spans = new Map<string, [number, number]>();
  readonly messages: DraftMessage[] = [];

  /** Records that the value at JSON Pointer `pointer` was read from line[from, to). */
  span(pointer: string, line: Line, from = 0, to = line.text.length): void {
    const start = offsetAt(line, Math.min(from, line.text.length));
    const end = to >= line.text.length ? offsetAt(line, line.text.length) : offsetAt(line, to);
    this.spans.set(pointer, [start, Math.max(start, end)]);
  }

  message(ruleId: string, severity: Severity, message: string, at: Line | number | null): void {
    const offset = at === null ? null : typeof at === 'number' ? at : offsetAt(at, 0);
    this.messages.push({ ruleId, severity, message, offset });
  }
}
