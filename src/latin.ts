/**
 * Regular expressions whose letter classes are the Latin script's, not all of Unicode's.
 *
 * Vietnamese is written in Latin letters. `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{M}` stand for hundreds of ranges
 * each, over every script; V8 builds them anew for every pattern that names them, and a parse of the first
 * document compiled about a hundred such patterns: most of the CLI's start-up time (issue #4). `latin()` builds
 * a RegExp from the same source with each of those four escapes replaced by its ranges inside the Latin blocks
 * (Basic Latin to Latin Extended-B, and Latin Extended Additional, where ạ…ỹ live) and, for marks, the blocks of
 * combining marks. The ranges are taken from Unicode's own properties at load time, so they are exact within
 * those blocks. A letter of another script (Greek, Cyrillic, CJK…) counts as a non-letter for these patterns.
 */

/** The Latin blocks: Basic Latin to Latin Extended-B, Latin Extended Additional. */
const LATIN_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x024f],
  [0x1e00, 0x1eff],
];
/** The blocks of combining marks (Vietnamese NFD uses U+0300–U+036F). */
const MARK_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

/** The body of a character class (no brackets) for the code points of `blocks` that `property` matches. */
function classBody(property: RegExp, blocks: ReadonlyArray<readonly [number, number]>): string {
  let out = '';
  for (const [from, to] of blocks) {
    let start = -1;
    for (let c = from; c <= to + 1; c++) {
      const inside = c <= to && property.test(String.fromCharCode(c));
      if (inside && start < 0) start = c;
      if (!inside && start >= 0) {
        out += start === c - 1 ? hex(start) : `${hex(start)}-${hex(c - 1)}`;
        start = -1;
      }
    }
  }
  return out;
}

/** Class bodies (to put inside `[…]`): letters, upper-case and lower-case letters of the Latin blocks, and marks. */
export const LETTER = classBody(/\p{L}/u, LATIN_BLOCKS);
export const UPPER = classBody(/\p{Lu}/u, LATIN_BLOCKS);
export const LOWER = classBody(/\p{Ll}/u, LATIN_BLOCKS);
export const MARK = classBody(/\p{M}/u, MARK_BLOCKS);

const BODIES: Record<string, string> = { L: LETTER, Lu: UPPER, Ll: LOWER, M: MARK };
/** What latinSource looks at: one of the four escapes, another escaped character, or a bracket. */
const TOKEN = /\\p\{(L|Lu|Ll|M)\}|\\[\s\S]|[[\]]/g;

/** The source with \p{L}, \p{Lu}, \p{Ll} and \p{M} replaced by their Latin ranges (in a class or as one). */
export function latinSource(source: string): string {
  if (!source.includes('\\p{')) return source;
  let inClass = false;
  return source.replace(TOKEN, (token: string, name: string | undefined) => {
    if (name !== undefined) return inClass ? BODIES[name]! : `[${BODIES[name]!}]`;
    if (token === '[') inClass = true;
    else if (token === ']') inClass = false;
    return token;
  });
}

/**
 * `new RegExp(source, flags)` with the letter classes of the Latin script (see above). Build patterns once, at
 * module level: each call expands the source and compiles a new object.
 */
export function latin(source: string, flags = ''): RegExp {
  return new RegExp(latinSource(source), flags);
}
