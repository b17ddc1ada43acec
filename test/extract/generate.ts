/**
 * For the tests that hold a faster form to the definition it replaces: deterministic random texts, the fixtures'
 * lines, and the definitions that more than one of them needs.
 */
import { readFileSync } from 'node:fs';
import { fixtureTexts } from '../read/fixture-texts.js';

/** Every line of the fixtures, and each run of three lines joined (task and directive texts span lines). */
export function fixtureLinesAndRuns(): string[] {
  const out: string[] = [];
  for (const path of fixtureTexts()) {
    const lines = readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    lines.forEach((line, i) => out.push(line, lines.slice(i, i + 3).join(' ')));
  }
  return out;
}

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` texts of 1 to `length` pieces each, drawn from `pieces`. */
export function texts(pieces: string[], count: number, length: number, seed = 1): string[] {
  const rnd = random(seed);
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(rnd() * length) }, () => pieces[Math.floor(rnd() * pieces.length)]!).join(''));
}

/** hasMarks (extract/ocr.ts) as it was first written, with range tests. */
export function hasMarksByRanges(text: string): boolean {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  let letters = 0;
  let marked = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    else if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c <= 0x1b0 || (c >= 0x1ea0 && c <= 0x1ef9))) {
      letters++;
      marked++;
    } else if (c >= 0x300 && c <= 0x323) marked++;
  }
  return letters > 0 && marked / letters > 0.05;
}
