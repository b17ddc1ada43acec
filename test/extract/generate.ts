/** Deterministic random texts for the tests that hold a faster form to the definition it replaces. */

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
