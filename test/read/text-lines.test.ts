/**
 * The plain-text reader cuts lines straight from the text (readTextList); they must be the lines that the tree
 * reader gives through treeToLines (readText, then the seam every reader shares): every text, offset, block and
 * field, and the same front-matter verdict. Checked over every .txt and .md file of fixtures/, a table of edge
 * cases, and random texts of Vietnamese lines, blank runs, spaces, tabs and front matter. What the list answers
 * without making a line (its text, first and last character) is what the line made from it holds.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readText, readTextList } from '../../src/read/text.js';
import { treeToLines } from '../../src/segment/lines.js';
import { parameters, runs } from '../properties/runs.js';
import { fixtureTexts } from './fixture-texts.js';

function expectSameLines(text: string): void {
  const tree = readText(text);
  const direct = readTextList(text);
  const list = direct.lines;
  // Asked before the lines are made: read from the typed arrays.
  const unmade = Array.from({ length: list.length }, (_, i) => [list.text(i), list.firstCode(i), list.lastCode(i)]);
  const made = list.slice();
  expect(made).toStrictEqual(treeToLines(tree, text));
  expect(unmade).toStrictEqual(made.map((l) => [l.text, l.text.charCodeAt(0), l.text.charCodeAt(l.text.length - 1)]));
  // A line is made once: asked again, it is the same object.
  for (let i = 0; i < list.length; i++) expect(list.at(i)).toBe(made[i]);
  expect(list.at(-1)).toBeUndefined();
  expect(list.at(list.length)).toBeUndefined();
  expect(direct.frontMatter).toBe(tree.children[0]?.type === 'yaml');
}

describe('readTextList', () => {
  it.each(fixtureTexts())('gives the lines of the tree reader for %s', (file) => {
    expectSameLines(readFileSync(file, 'utf8'));
  });

  it.each([
    ['empty', ''],
    ['one line, no newline', 'Số: 12/UBND'],
    ['blank lines only', '\n \n\t\n'],
    ['leading and trailing blanks', '\n\n  BỘ Y TẾ  \n\n\nSố: 1\n\n'],
    ['tabs and spaces inside and around', '\t a \t b \t\nc'],
    ['front matter', '---\ntitle: x\n---\nBỘ Y TẾ\n\nSố: 1'],
    ['front matter with nothing after', '---\na: 1\n---'],
    ['unclosed front matter', '---\na: 1\nBỘ Y TẾ'],
    ['a rule that is not front matter', 'BỘ Y TẾ\n---\nx\n---\n'],
    ['CR left in a line', 'a\r\nb\r\n\r\nc'],
    ['lone spaces between blocks', 'a\n   \nb\n\t\nc'],
  ])('%s', (_name, text) => {
    expectSameLines(text);
  });

  it('gives the lines of the tree reader on random texts', () => {
    const line = fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom('BỘ Y TẾ', 'Số: 6764/SYT-VP', 'Kính gửi: Các đơn vị', '- Như trên;', '1. Giao Sở Tài chính', 'KT. GIÁM ĐỐC') },
      { weight: 3, arbitrary: fc.constantFrom('', '', ' ', '\t', '  \t ') },
      { weight: 1, arbitrary: fc.constantFrom('---', 'a: 1', '\r') },
      { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('a', 'ư', ' ', '\t', '-', '\r', ':'), maxLength: 12 }) },
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.boolean(), (lines, trailing) => {
        expectSameLines(lines.join('\n') + (trailing ? '\n' : ''));
      }),
      parameters(runs(0.2)),
    );
  });
});
