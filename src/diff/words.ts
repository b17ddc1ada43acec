/** Word-level diff (longest common subsequence of words), for the text of a changed task. */

export interface WordPart {
  /** "=" in both, "-" only in the old text, "+" only in the new. */
  op: '=' | '-' | '+';
  text: string;
}

/** Above this many words on both sides (product), the texts are reported as one removal and one addition. */
const LIMIT = 4_000_000;

export function wordDiff(before: string, after: string): WordPart[] {
  const a = before.split(/\s+/u).filter(Boolean);
  const b = after.split(/\s+/u).filter(Boolean);
  if (a.length * b.length > LIMIT) return merge([...a.map((text) => ({ op: '-' as const, text })), ...b.map((text) => ({ op: '+' as const, text }))]);
  // lcs[i][j]: length of the LCS of a[i..] and b[j..]
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const parts: WordPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      parts.push({ op: '=', text: a[i]! });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)) {
      parts.push({ op: '+', text: b[j++]! });
    } else {
      parts.push({ op: '-', text: a[i++]! });
    }
  }
  return merge(parts);
}

/** Adjacent words of the same op joined with spaces; within a change, removals before additions. */
function merge(parts: readonly WordPart[]): WordPart[] {
  const merged: WordPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && last.op === part.op) last.text += ` ${part.text}`;
    else if (last && last.op === '+' && part.op === '-' && merged.at(-2)?.op === '-') merged.at(-2)!.text += ` ${part.text}`;
    else if (last && last.op === '+' && part.op === '-') merged.splice(merged.length - 1, 0, { ...part });
    else merged.push({ ...part });
  }
  return merged;
}

/** Similarity of two texts from 0 to 1: twice the common words over all words (Sørensen–Dice on word multisets). */
export function similarity(before: string, after: string): number {
  const a = before.split(/\s+/u).filter(Boolean);
  const b = after.split(/\s+/u).filter(Boolean);
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of b) {
    const n = counts.get(word) ?? 0;
    if (n > 0) {
      common++;
      counts.set(word, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}
