/**
 * The 0x80–0x9F block of Windows-1252. TCVN3 and VNI text was typed on Windows systems whose
 * ANSI code page was 1252: the legacy fonts draw Vietnamese letters in 0xA0–0xFF (TCVN3) or
 * 0xC0–0xFF (VNI), while 0x80–0x9F keep the 1252 punctuation (curly quotes, dashes, ellipsis…)
 * that Word's autocorrect inserts. Bytes left undefined by 1252 (0x81 0x8D 0x8F 0x90 0x9D)
 * stay the C1 control code points U+0081….
 */
const C1_TO_UNICODE: readonly (number | null)[] = [
  0x20ac, null, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, // 80–87
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, null, 0x017d, null, //   88–8F
  null, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, //   90–97
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, null, 0x017e, 0x0178, // 98–9F
];

/** The code point a byte 0x80–0x9F stands for in Windows-1252 (itself where 1252 has none). */
export function cp1252C1(byte: number): number {
  return C1_TO_UNICODE[byte - 0x80] ?? byte;
}

/** Reverse: Unicode code point → byte 0x80–0x9F, for the characters 1252 puts there. */
export const UNICODE_TO_CP1252_C1: ReadonlyMap<number, number> = new Map(
  C1_TO_UNICODE.flatMap((cp, i) => (cp === null ? [] : [[cp, 0x80 + i] as const])),
);

/**
 * Text that was decoded as Windows-1252 or Latin-1 → the byte units it came from. Code points
 * up to U+00FF are their own byte; 1252's punctuation (U+2018…) goes back to 0x80–0x9F; any
 * other code point is kept as it is (a value above 0xFF, which the legacy decoders pass through).
 */
export function textToUnits(text: string): number[] {
  const units: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    units.push(cp <= 0xff ? cp : (UNICODE_TO_CP1252_C1.get(cp) ?? cp));
  }
  return units;
}
