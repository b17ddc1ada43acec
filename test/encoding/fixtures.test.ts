/**
 * fixtures/encodings/ (written by scripts/make-encoding-fixtures.js): still what the encoders
 * produce, decode back to the seed, detected as what they are.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeAuto, decodeLegacy, detectEncoding, encodeLegacy, type DetectedEncoding } from '../../src/encoding/index.js';

const SEED = readFileSync(new URL('../../fixtures/golden/seed-6764.txt', import.meta.url), 'utf8');
const read = (name: string): Buffer => readFileSync(new URL(`../../fixtures/encodings/${name}`, import.meta.url));

const FIXTURES: readonly { file: string; encoding: DetectedEncoding; bytes: () => Uint8Array }[] = [
  { file: 'seed-6764.tcvn3.txt', encoding: 'tcvn3', bytes: () => encodeLegacy(SEED, 'tcvn3') },
  { file: 'seed-6764.vni.txt', encoding: 'vni', bytes: () => encodeLegacy(SEED, 'vni') },
  { file: 'seed-6764.windows-1258.txt', encoding: 'windows-1258', bytes: () => encodeLegacy(SEED, 'windows-1258') },
  { file: 'seed-6764.utf-16le.txt', encoding: 'utf-16le', bytes: () => Buffer.from(`\ufeff${SEED}`, 'utf16le') },
  { file: 'seed-6764.utf-16be.txt', encoding: 'utf-16be', bytes: () => Buffer.from(`\ufeff${SEED}`, 'utf16le').swap16() },
  { file: 'seed-6764.nfd.txt', encoding: 'utf-8', bytes: () => Buffer.from(SEED.normalize('NFD'), 'utf8') },
];

describe('fixtures/encodings', () => {
  it.each(FIXTURES)('$file is up to date (node scripts/make-encoding-fixtures.js)', ({ file, bytes }) => {
    expect(Buffer.from(read(file)).equals(Buffer.from(bytes()))).toBe(true);
  });

  it.each(FIXTURES)('$file is detected as $encoding', ({ file, encoding }) => {
    const d = detectEncoding(read(file));
    expect(d.encoding).toBe(encoding);
    expect(d.confidence).toBeGreaterThanOrEqual(0.95);
  });

  it.each(FIXTURES)('$file decodes to the seed', ({ file, encoding }) => {
    const { text } = decodeAuto(read(file));
    if (encoding === 'tcvn3') {
      // no toned capitals in TCVN3
      expect(text).not.toBe(SEED);
      expect(text.toLowerCase()).toBe(SEED.toLowerCase());
      expect(text).toBe(decodeLegacy(read(file), 'tcvn3'));
    } else {
      expect(text).toBe(SEED);
    }
  });

  it('the legacy fixtures look like what one sees opening such files as Windows-1252', () => {
    expect(read('seed-6764.tcvn3.txt').toString('latin1')).toContain('*§ång Nai, ngµy 12 th¸ng 10 n¨m 2022*');
    expect(read('seed-6764.vni.txt').toString('latin1')).toContain('*Ñoàng Nai, ngaøy 12 thaùng 10 naêm 2022*');
  });
});
