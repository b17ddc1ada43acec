/**
 * Properties over mutations of the golden documents (fixtures/golden: real corpus documents and written
 * variants): lines deleted, duplicated, swapped, moved, joined and split; markdown injected (emphasis, headings,
 * list markers, tables, block quotes, code fences…); diacritics stripped (NFD and the marks removed, đ → d) or
 * decomposed; the text truncated or cut; control characters, NUL and lone surrogates inserted; line ends changed.
 * Whatever the damage, `parseDispatch` (text) and `parseDocument` (UTF-8 bytes, further damaged byte by byte) return
 * a record that passes the record schema, with positions inside the text, or refuse the input with the
 * documented CongvanError: `empty-input` for a text with nothing but white space, `binary-input` for bytes that
 * look binary (a NUL or over 10 % control characters in the first 8 KiB). Nothing else is ever thrown.
 *
 * `npm test` runs 500 cases (CONGVAN_PROPERTY_RUNS); `npm run bench:props` runs 10,000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CongvanError, parseDispatch, parseDocument, recordSchema, type DispatchRecord, type ParseOptions } from '../../src/index.js';
import { GOLDEN_INPUTS, byteMutation, goldenInput, mutate, mutateBytes, mutations, stripDiacritics } from './mutations.js';
import { TOTAL_RUNS, parameters, runs, timeout } from './runs.js';
import { looksBinary } from '../../src/read/decode.js';

const TEXT_RUNS = runs(0.6);
const BYTE_RUNS = runs(0.4);

const textOptions: fc.Arbitrary<ParseOptions> = fc.record({
  format: fc.constantFrom('auto', 'auto', 'markdown', 'text') as fc.Arbitrary<ParseOptions['format']>,
  positions: fc.boolean(),
});

/** A record that passes the schema, and whose positions are spans inside the text they point into. */
function expectValidRecord(record: DispatchRecord, textLength: number | null): void {
  const checked = recordSchema.safeParse(record);
  if (!checked.success) expect.fail(`the record fails the schema: ${JSON.stringify(checked.error.issues.slice(0, 3))}`);
  for (const [pointer, { start, end }] of Object.entries(record.positions)) {
    expect(pointer, pointer).toMatch(/^\//u);
    expect(start.offset, pointer).toBeLessThanOrEqual(end.offset);
    if (textLength !== null) expect(end.offset, pointer).toBeLessThanOrEqual(textLength);
  }
}

function refusedAs(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof CongvanError)) throw error;
    return error.code;
  }
}

function bom(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

const blank = (text: string) => text.trim() === '';

describe(`mutations of the ${GOLDEN_INPUTS.length} golden documents (${TOTAL_RUNS} cases)`, () => {
  it('finds the golden documents in the repository', () => {
    expect(GOLDEN_INPUTS.length).toBeGreaterThanOrEqual(20);
    expect(GOLDEN_INPUTS.map((g) => g.name)).toContain('corpus-001-congvan.txt');
  });

  it(
    `parseDispatch returns a valid record for any mutated text (${TEXT_RUNS} cases)`,
    () => {
      fc.assert(
        fc.property(goldenInput, mutations, textOptions, fc.boolean(), (golden, ms, options, named) => {
          const text = mutate(golden.text, ms);
          let record: DispatchRecord | undefined;
          const code = refusedAs(() => {
            record = parseDispatch(text, { ...options, file: named ? golden.name : null });
          });
          if (blank(text.replace(/^\ufeff/u, ''))) {
            expect(code).toBe('empty-input');
            return;
          }
          expect(code, 'no CongvanError for a text that is not blank').toBeNull();
          const legacy = record!.messages.some((m) => m.ruleId === 'legacy-encoding');
          expectValidRecord(record!, legacy ? null : text.length);
        }),
        parameters(TEXT_RUNS),
      );
    },
    timeout(TEXT_RUNS, 15),
  );

  it(
    `parseDocument returns a valid record for the UTF-8 bytes of any mutated text, damaged byte by byte (${BYTE_RUNS} cases)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          goldenInput,
          mutations,
          fc.array(byteMutation, { maxLength: 4 }),
          fc.boolean(),
          fc.boolean(),
          async (golden, ms, bms, named, positions) => {
            const bytes = mutateBytes(mutate(golden.text, ms), bms);
            let record: DispatchRecord | undefined;
            let code: string | null = null;
            try {
              record = await parseDocument(bytes, { file: named ? golden.name : null, positions });
            } catch (error) {
              if (!(error instanceof CongvanError)) throw error;
              code = error.code;
            }
            const encoding = bom(bytes);
            const decoded = new TextDecoder(encoding ?? 'utf-8', { ignoreBOM: false }).decode(bytes);
            if (bytes.length === 0 || blank(decoded)) {
              expect(code).toBe('empty-input');
            } else if (code === 'binary-input') {
              expect(encoding === null && looksBinary(bytes), 'binary-input for bytes that do not look binary').toBe(true);
            } else {
              expect(code, 'no CongvanError for bytes with text').toBeNull();
              expectValidRecord(record!, null);
            }
          },
        ),
        parameters(BYTE_RUNS),
      );
    },
    timeout(BYTE_RUNS, 15),
  );
});

describe('the mutations themselves', () => {
  it('strip diacritics as NFD without the marks, and đ as d', () => {
    expect(stripDiacritics('Đồng Nai, ngày 12 tháng 10')).toBe('Đong Nai, ngay 12 thang 10');
    expect(mutate('Đồng Nai\nSở Y tế', [{ op: 'strip-diacritics', at: null }])).toBe('Dong Nai\nSo Y te');
    expect(mutate('Đồng Nai\nSở Y tế', [{ op: 'strip-d', at: 0 }])).toBe('Dồng Nai\nSở Y tế');
  });

  it('delete, duplicate, swap, move, join and split lines, by position modulo the line count', () => {
    const t = 'a\nb\nc';
    expect(mutate(t, [{ op: 'delete-line', at: 4, count: 1 }])).toBe('a\nc');
    expect(mutate(t, [{ op: 'duplicate-line', at: 0, times: 2 }])).toBe('a\na\na\nb\nc');
    expect(mutate(t, [{ op: 'swap-lines', at: 0, with: 2 }])).toBe('c\nb\na');
    expect(mutate(t, [{ op: 'move-line', at: 0, to: 2 }])).toBe('b\nc\na');
    expect(mutate(t, [{ op: 'join-lines', at: 1 }])).toBe('a\nb c');
    expect(mutate('abc', [{ op: 'split-line', at: 0, column: 1 }])).toBe('a\nbc');
  });

  it('inject markdown, truncate, and insert control characters', () => {
    expect(mutate('Số: 1/UBND', [{ op: 'markdown', at: 0, kind: 'strong', depth: 1 }])).toBe('**Số: 1/UBND**');
    expect(mutate('x\ny', [{ op: 'markdown', at: 1, kind: 'fence', depth: 1 }])).toBe('x\n```\ny\n```');
    expect(mutate('a b c d', [{ op: 'markdown', at: 0, kind: 'table-row', depth: 1 }])).toBe('| a b | c d |');
    expect(mutate('x', [{ op: 'markdown', at: 0, kind: 'nested-quote', depth: 3 }])).toBe('>>> x');
    expect(mutate('😀x', [{ op: 'truncate', at: 1 }])).toBe('\ud83d');
    expect(mutate('ab', [{ op: 'insert-control', at: 1, chars: '\u0000\u001b' }])).toBe('a\u0000\u001bb');
    expect(Array.from(mutateBytes('ạ', [{ op: 'truncate-bytes', at: 2 }]))).toEqual([0xe1, 0xba]);
  });
});
