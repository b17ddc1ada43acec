/**
 * Encoding detection: the seed in each of the 6 encodings, each of its paragraphs alone,
 * ASCII, BOM-less UTF-16, random bytes.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessVietnamese, decodeAuto, detectEncoding, encodeLegacy, isVietnameseSyllable } from '../../src/encoding/index.js';

const SEED = readFileSync(new URL('../../fixtures/golden/seed-6764.txt', import.meta.url), 'utf8');
const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni'] as const;

function encode(text: string, encoding: (typeof ENCODINGS)[number], bom = true): Uint8Array {
  switch (encoding) {
    case 'utf-8': return Buffer.from(text, 'utf8');
    case 'utf-16le': return Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
    case 'utf-16be': return Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le').swap16();
    default: return encodeLegacy(text, encoding);
  }
}

describe('detectEncoding', () => {
  it.each(ENCODINGS)('the seed in %s', (enc) => {
    const d = detectEncoding(encode(SEED, enc));
    expect(d.encoding).toBe(enc);
    expect(d.confidence).toBeGreaterThanOrEqual(0.95);
  });

  it('the seed in UTF-8 NFD', () => {
    expect(detectEncoding(Buffer.from(SEED.normalize('NFD'), 'utf8')).encoding).toBe('utf-8');
  });

  it('the seed in UTF-8 with a BOM', () => {
    expect(detectEncoding(Buffer.from(`\ufeff${SEED}`, 'utf8'))).toEqual({ encoding: 'utf-8', confidence: 1 });
  });

  it.each(['utf-16le', 'utf-16be'] as const)('the seed in %s without a BOM', (enc) => {
    expect(detectEncoding(encode(SEED, enc, false)).encoding).toBe(enc);
  });

  const paragraphs = SEED.split(/\n\s*\n/u)
    .map((p) => p.trim())
    .filter((p) => /[^\x00-\x7f]/u.test(p));
  it.each(['windows-1258', 'tcvn3', 'vni'] as const)('each of the seed’s %d paragraphs alone, in %s', (enc) => {
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const p of paragraphs) {
      expect(detectEncoding(encodeLegacy(p, enc)).encoding, p).toBe(enc);
    }
  });

  it('short phrases', () => {
    const phrases = ['Kính gửi: Các đơn vị trực thuộc', 'Nơi nhận:', 'Đồng Nai, ngày 12 tháng 10 năm 2022', 'Số: 6764/SYT-VP'];
    for (const p of phrases) {
      for (const enc of ['windows-1258', 'tcvn3', 'vni'] as const) {
        expect(detectEncoding(encodeLegacy(p, enc)).encoding, `${p} (${enc})`).toBe(enc);
      }
    }
  });

  it('plain ASCII is UTF-8 with full confidence; so is empty input', () => {
    expect(detectEncoding(Buffer.from('Cong van so 123/UBND-VP\nKinh gui: So Y te\n'))).toEqual({ encoding: 'utf-8', confidence: 1 });
    expect(detectEncoding(new Uint8Array())).toEqual({ encoding: 'utf-8', confidence: 1 });
  });

  it('valid UTF-8 without Vietnamese stays UTF-8', () => {
    expect(detectEncoding(Buffer.from('café crème, naïve — “quoted” ✓')).encoding).toBe('utf-8');
  });

  it('random bytes do not throw and give a known encoding with confidence in [0, 1]', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const d = detectEncoding(bytes);
        expect(ENCODINGS).toContain(d.encoding);
        expect(d.confidence).toBeGreaterThanOrEqual(0);
        expect(d.confidence).toBeLessThanOrEqual(1);
        expect(typeof decodeAuto(bytes).text).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('random high bytes get a low confidence', () => {
    let seed = 42;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 24;
    };
    const bytes = Uint8Array.from({ length: 4000 }, () => 0x80 + (next() & 0x7f));
    expect(detectEncoding(bytes).confidence).toBeLessThan(0.5);
  });
});

describe('decodeAuto', () => {
  it.each(ENCODINGS)('decodes the seed in %s', (enc) => {
    const out = decodeAuto(encode(SEED, enc));
    expect(out.encoding).toBe(enc);
    if (enc === 'tcvn3') expect(out.text.toLowerCase()).toBe(SEED.toLowerCase());
    else expect(out.text).toBe(SEED);
  });
});

describe('scoring', () => {
  it('knows Vietnamese syllables', () => {
    for (const w of ['người', 'nghiêng', 'khuyến', 'quốc', 'giữa', 'thuở', 'hoạch', 'Trường', 'ĐỒNG', 'ý', 'gì', 'xoong']) {
      expect(isVietnameseSyllable(w), w).toBe(true);
    }
    for (const w of ['chớnh', 'cỉ', 'ngề', 'gế', 'viêc', 'cám̀', 'caùc', 'Vieät', 'thăn̉', 'nuơc']) {
      expect(isVietnameseSyllable(w), w).toBe(false);
    }
  });

  it('scores the right reading highest', () => {
    const right = assessVietnamese('Kính gửi: Các đơn vị trực thuộc Sở Y tế.');
    const wrong = assessVietnamese('KÝnh göi: C¸c ®¬n vÞ trùc thuéc Së Y tÕ.');
    expect(right.valid).toBe(right.judged);
    expect(right.score).toBeGreaterThan(wrong.score);
  });
});
