/** Diagnostics as compiler-style lines: `file:line:column: severity message (rule-id)`. */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Message } from '../schema/record.js';

const plain = new Chalk({ level: 0 });

const severityColour: Record<Message['severity'], (colour: ChalkInstance) => ChalkInstance> = {
  error: (colour) => colour.red,
  warning: (colour) => colour.yellow,
  info: (colour) => colour.blue,
};

/** One line per message; the place keeps only what is known (`file:line`, or `file` alone). */
export function formatDiagnostic(file: string, message: Message, colour: ChalkInstance = plain): string {
  const place = [file, message.line, message.line === null ? null : message.column].filter((part) => part !== null).join(':');
  const severity = severityColour[message.severity](colour)(message.severity);
  return `${place}: ${severity} ${message.message} ${colour.dim(`(${message.ruleId})`)}`;
}

export function formatDiagnostics(file: string, messages: readonly Message[], colour: ChalkInstance = plain): string {
  return messages.map((message) => `${formatDiagnostic(file, message, colour)}\n`).join('');
}
