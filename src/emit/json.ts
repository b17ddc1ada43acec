/** A value as JSON: indented for people, or on one line for pipes (JSON Lines). */
export function formatJson(value: unknown, options: { pretty: boolean }): string {
  return `${JSON.stringify(value, null, options.pretty ? 2 : undefined)}\n`;
}
