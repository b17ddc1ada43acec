/**
 * looksLikeMarkdown (pipeline.ts) decides the reader of a .txt input. Its prefilters must not change its verdict:
 * it is held to the plain definition (the five patterns over the first 20,000 characters) on every text of
 * fixtures/ and on random texts of markdown-ish lines.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown } from '../../src/pipeline.js';
import { parameters, runs } from '../properties/runs.js';
import { fixtureTexts } from './fixture-texts.js';

function reference(text: string): boolean {
  const head = text.slice(0, 20000);
  return (
    /^\|.*\|[ \t]*$/m.test(head) ||
    /^#{1,6}[ \t]+\S/m.test(head) ||
    /^\*{1,3}[^*\n]+\*{1,3}[ \t]*$/m.test(head) ||
    /^---\n[\s\S]*?\n---\n/.test(head) ||
    /\*\*[^*\n]+\*\*/.test(head)
  );
}

describe('looksLikeMarkdown', () => {
  it.each(fixtureTexts())('gives the verdict of its patterns for %s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(looksLikeMarkdown(text)).toBe(reference(text));
  });

  it('tells markdown by its syntax', () => {
    expect(looksLikeMarkdown('BỘ Y TẾ\n\n| a | b |\n|---|---|')).toBe(true);
    expect(looksLikeMarkdown('# V/v họp')).toBe(true);
    expect(looksLikeMarkdown('**KT. GIÁM ĐỐC**')).toBe(true);
    expect(looksLikeMarkdown('---\ntitle: a\n---\nBỘ Y TẾ')).toBe(true);
    expect(looksLikeMarkdown('BỘ Y TẾ\nSố: 12 | 2024\n- Như trên;\n1980. năm')).toBe(false);
    // Syntax past the first 20,000 characters does not count.
    expect(looksLikeMarkdown(`${'a'.repeat(20000)}\n# h`)).toBe(false);
  });

  it('gives the verdict of its patterns on random texts', () => {
    const line = fc.oneof(
      fc.constantFrom('| a | b |', '|x', '# h', '#h', '###### h', '####### h', '**a**', '*a*', '***', '---', 'title: a', 'BỘ Y TẾ', '', ' | a |', 'a ** b ** c'),
      fc.string({ unit: fc.constantFrom('|', '#', '*', '-', ' ', '\t', 'a', 'ế'), maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const text = lines.join('\n');
        expect(looksLikeMarkdown(text)).toBe(reference(text));
      }),
      parameters(runs(0.4)),
    );
  });
});
