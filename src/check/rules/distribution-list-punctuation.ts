import type { Rule, RuleFinding } from '../types.js';
import { at, span } from '../text.js';

/** An annotation after the item's mark: "- Thường trực Thành ủy; (để b/c)". */
const MARK_BEFORE_NOTE = /([;.,:])\s*\([^()]*\)$/u;
/** After the item's last word: spaces, emphasis, a note "(để b/c)", then the mark. */
const MARK_AFTER = /^[ \t*_\\]*(?:\([^()\n]{0,60}\)[ \t*_\\]*)?([;.,:])?/u;

/** The region with each run of white space folded to one space, and where each folded character came from. */
function fold(region: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < region.length; i++) {
    const white = /\s/u.test(region[i]!);
    if (white && folded.endsWith(' ')) continue;
    folded += white ? ' ' : region[i];
    from.push(i);
  }
  return { folded, from };
}

/**
 * The mark that closes a "Nơi nhận" item as printed, looked for between the item's start and the start of the
 * next item (or of the "Lưu:" line): after the item's last words, which the record has without what a flattened
 * layout put beside them (the signature column: "- Như trên; — PHÓ TỔNG CỤC TRƯỞNG") and with its spaces folded
 * (an item may run over several lines). Null when the words cannot be found there.
 */
function itemMark(value: string, region: string): string | null {
  const note = MARK_BEFORE_NOTE.exec(value);
  if (note) return note[1]!;
  const words = value.split(' ');
  const tail = words.slice(-Math.min(3, words.length)).join(' ');
  const { folded, from } = fold(region);
  for (const probe of [tail, words.at(-1) ?? '']) {
    const found = probe === '' ? -1 : folded.lastIndexOf(probe);
    if (found < 0) continue;
    const end = from[found + probe.length - 1]! + 1;
    return MARK_AFTER.exec(region.slice(end))?.[1] ?? '';
  }
  return null;
}

export const rule: Rule = {
  id: 'distribution-list-punctuation',
  description: 'Each "Nơi nhận" item before the "Lưu:" line ("- Như trên;") ends with ";"',
  source: 'box 9b',
  severity: 'warning',
  check(record, text) {
    const archive = span(record, '/archive');
    // Items in the order printed; the archive line closes the list (archive-line reports it when missing).
    const items = record.distribution
      .map((value, i) => ({ value, pointer: `/distribution/${i}`, position: span(record, `/distribution/${i}`) }))
      .filter((item) => item.position !== null)
      .sort((a, b) => a.position!.start.offset - b.position!.start.offset);
    const findings: RuleFinding[] = [];
    for (const [k, item] of items.entries()) {
      const start = item.position!.start.offset;
      const next = items[k + 1]?.position!.start.offset ?? (archive && archive.start.offset > start ? archive.start.offset : null);
      // The last item when no "Lưu:" line follows it: archive-line reports the list's end.
      if (next === null) continue;
      const mark = itemMark(item.value, text.slice(start, next).normalize('NFC'));
      if (mark === null || mark === ';') continue;
      findings.push({ ...at(record, item.pointer), message: `the "Nơi nhận" item "${item.value}" ends with ";"${mark === '' ? '' : `, not "${mark}"`}` });
    }
    return findings;
  },
};
