/** reportingPhrase finds REPORTING's first match without the look-behind that opened the pattern. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORTING, reportingPhrase } from '../../src/extract/index.js';
import { fixtureTexts } from '../read/fixture-texts.js';
import { texts } from './generate.js';

const definition = (text: string) => REPORTING.exec(text)?.[0] ?? null;

describe('reportingPhrase is REPORTING.exec(text)?.[0]', () => {
  it('on every fixture line', () => {
    for (const path of fixtureTexts()) for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) expect([line, reportingPhrase(line)]).toEqual([line, definition(line)]);
  });
  it('on generated text (letters, marks, surrogates and punctuation before and inside the phrases)', () => {
    const pieces = ['vừa ', 'ký', 'ban hành', ' văn bản', 'Ảnh minh h', 'ọa', 'oa', 'cho biết', 'đưa tin', 'a', 'Đ', '\u0301', '𝐀', '😀', ' ', '.', ',', '(', 'x'.repeat(45)];
    for (const text of texts(pieces, 30000, 8, 41)) expect([text, reportingPhrase(text)]).toEqual([text, definition(text)]);
  });
});
