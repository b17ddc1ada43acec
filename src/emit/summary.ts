/** The summary of a batch, for stderr: every input accounted for. */

export interface BatchSummary {
  /** Inputs processed (parsed or failed); skipped inputs are not counted here. */
  read: number;
  clean: number;
  withErrors: number;
  failed: number;
  /** Parsed documents by reader (`markdown`, `text`). */
  byFormat: Record<string, number>;
  /** Inputs left alone by --resume because their output is up to date. */
  skipped: number;
  /** Files found in folders or by globs that were not read, because of their extension. */
  unsupported: readonly string[];
  /** Glob patterns that matched no file. */
  unmatched: readonly string[];
  /** Folders that could not be listed, with the reason. */
  unreadable: ReadonlyArray<{ folder: string; message: string }>;
  /** Why the batch stopped early, if it did, and how many inputs it did not reach. */
  stopped: { reason: 'fail-fast' | 'interrupted' | 'output-closed'; remaining: number } | null;
}

export const SUPPORTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.docx', '.pdf', '.html', '.htm'] as const;

export function formatSummary(summary: BatchSummary): string {
  const lines: string[] = [];
  const formats = Object.entries(summary.byFormat)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([format, count]) => `${format} ${count}`);
  lines.push(
    `congvan: ${plural(summary.read, 'document')} read: ${summary.clean} parsed clean, ${summary.withErrors} parsed with errors, ${summary.failed} failed` +
      (formats.length > 0 ? `; by format: ${formats.join(', ')}` : ''),
  );
  if (summary.skipped > 0) lines.push(`congvan: ${plural(summary.skipped, 'input')} skipped by --resume (output up to date)`);
  if (summary.stopped?.reason === 'fail-fast') {
    lines.push(`congvan: stopped at the first failure (--fail-fast): ${plural(summary.stopped.remaining, 'input')} not processed`);
  } else if (summary.stopped?.reason === 'interrupted') {
    lines.push(`congvan: interrupted: ${plural(summary.stopped.remaining, 'input')} not processed`);
  } else if (summary.stopped?.reason === 'output-closed') {
    lines.push(`congvan: the output was closed: ${plural(summary.stopped.remaining, 'input')} not processed`);
  }
  for (const pattern of summary.unmatched) lines.push(`congvan: ${pattern}: no file matches`);
  for (const { folder, message } of summary.unreadable) lines.push(`congvan: ${folder}: cannot list the folder: ${message}`);
  if (summary.unsupported.length > 0) {
    lines.push(`congvan: ${plural(summary.unsupported.length, 'file')} not parsed (unsupported extension; congvan reads ${SUPPORTED_EXTENSIONS.join(' ')}):`);
    for (const file of summary.unsupported) lines.push(`  ${file}`);
  }
  return lines.map((line) => `${line}\n`).join('');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
