import { describe, expect, it } from 'vitest';
import { formatSummary, type BatchSummary } from '../../src/emit/summary.js';

const summary = (fields: Partial<BatchSummary> = {}): BatchSummary => ({
  read: 0,
  clean: 0,
  withErrors: 0,
  failed: 0,
  byFormat: {},
  skipped: 0,
  unsupported: [],
  unmatched: [],
  unreadable: [],
  stopped: null,
  ...fields,
});

describe('formatSummary', () => {
  it('counts the documents and their readers', () => {
    expect(formatSummary(summary({ read: 12, clean: 8, withErrors: 1, failed: 3, byFormat: { text: 4, markdown: 5 } }))).toBe(
      'congvan: 12 documents read: 8 parsed clean, 1 parsed with errors, 3 failed; by format: markdown 5, text 4\n',
    );
    expect(formatSummary(summary({ read: 1, clean: 1, byFormat: { text: 1 } }))).toBe(
      'congvan: 1 document read: 1 parsed clean, 0 parsed with errors, 0 failed; by format: text 1\n',
    );
  });

  it('accounts for inputs skipped, not reached, unmatched, and every file not read', () => {
    const text = formatSummary(
      summary({
        skipped: 2,
        stopped: { reason: 'interrupted', remaining: 7 },
        unmatched: ['x/*.md'],
        unreadable: [{ folder: 'in/private', message: 'permission denied' }],
        unsupported: ['a/b.pdf', 'a/c.docx'],
      }),
    );
    expect(text.split('\n')).toEqual([
      'congvan: 0 documents read: 0 parsed clean, 0 parsed with errors, 0 failed',
      'congvan: 2 inputs skipped by --resume (output up to date)',
      'congvan: interrupted: 7 inputs not processed',
      'congvan: x/*.md: no file matches',
      'congvan: in/private: cannot list the folder: permission denied',
      'congvan: 2 files not parsed (unsupported extension; congvan reads .md .markdown .txt .docx .pdf .html .htm):',
      '  a/b.pdf',
      '  a/c.docx',
      '',
    ]);
    expect(formatSummary(summary({ stopped: { reason: 'fail-fast', remaining: 1 } }))).toContain(
      'congvan: stopped at the first failure (--fail-fast): 1 input not processed\n',
    );
    expect(formatSummary(summary({ stopped: { reason: 'output-closed', remaining: 3 } }))).toContain('congvan: the output was closed: 3 inputs not processed\n');
  });
});
