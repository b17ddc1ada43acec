/** withoutTrailingDots is the regex replacement it stands for, on fixture lines and generated text. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withoutTrailingDots } from '../../src/extract/subject.js';
import { fixtureTexts } from '../read/fixture-texts.js';
import { random } from './generate.js';

describe('withoutTrailingDots is text.replace(/(?<![\\s.])[\\s.]+$/u, "")', () => {
  const definition = (text: string) => text.replace(/(?<![\s.])[\s.]+$/u, '');
  it('on every fixture line, with tails of dots and white space', () => {
    const lines = fixtureTexts().flatMap((path) => readFileSync(path, 'utf8').split(/\r?\n/));
    for (const line of lines) {
      for (const text of [line, `${line}.`, `${line} . \u00a0.`, `${line}\t`]) {
        if (withoutTrailingDots(text) !== definition(text)) expect([text, withoutTrailingDots(text)]).toEqual([text, definition(text)]);
      }
    }
  });
  it('on generated text', () => {
    const pieces = ['.', '..', ' ', '\u00a0', '\u2003', '\t', '\n', 'a', 'Đ', ',', '…', '𝒜', ''];
    const rnd = random(9);
    for (let n = 0; n < 20000; n++) {
      const text = Array.from({ length: Math.floor(rnd() * 8) }, () => pieces[Math.floor(rnd() * pieces.length)]!).join('');
      expect([text, withoutTrailingDots(text)]).toEqual([text, definition(text)]);
    }
  });
});
