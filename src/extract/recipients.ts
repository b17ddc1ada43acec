/** Recipients (Kính gửi, box 9a; a công điện's "… điện:", a giấy mời's "… kính mời:"): one line, or a "- …;" list. */
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { addressLabel, RECIPIENTS_LABEL, RECIPIENTS_LABEL_OCR, stampThenItem } from './patterns.js';
import { cleanItem } from './text.js';
import { isUpperAt } from '../segment/lines.js';

/** Where a list of recipients is cut: at a "- " after a ";" or at the start of a line. */
const ITEM_CUT = /(?<=[;])\s*[-–+]\s+|^\s*[-–+]\s+/u;

/** ITEM_CUT's necessary condition: a "-", "–" or "+" in the text. */
export function mayHaveItemDash(text: string): boolean {
  return text.includes('-') || text.includes('–') || text.includes('+');
}

/** A text of two names or more parted by ";", each opening with a capital, as its names; else the text alone. */
function semicolonList(text: string): string[] {
  if (!text.includes(';')) return [text];
  const parts = text.split(/;(?=\s)/u);
  return parts.length > 1 && parts.every((part) => part.trim() === '' || isUpperAt(part.trim(), 0)) ? parts : [text];
}

export function extractRecipients(doc: SegmentedDoc, c: Collector): string[] {
  const out: string[] = [];
  doc.recipients.forEach((line, i) => {
    let text = line.text;
    let from = 0;
    if (i === 0) {
      const m = RECIPIENTS_LABEL.exec(text) ?? RECIPIENTS_LABEL_OCR.exec(text) ?? addressLabel(text);
      if (m) from = m[0].length;
      text = text.slice(from);
    } else if (!mayHaveItemDash(text.charAt(0))) {
      // A stamp's text before the item (OCR): the item starts at its dash.
      const at = stampThenItem(text);
      if (at >= 0) text = text.slice((from = at));
    }
    // The pattern cuts only at a "-", "–" or "+": a text without one is its only piece. A piece that is a list
    // run on with ";" ("Sở Y tế; Sở Tài chính; Kho bạc Nhà nước tỉnh.") is cut there, when each part opens with a
    // capital.
    const pieces = (mayHaveItemDash(text) ? text.split(ITEM_CUT) : [text]).flatMap(semicolonList).filter((p) => p.trim());
    for (const piece of pieces) {
      const item = cleanItem(piece);
      if (!item) continue;
      const at = line.text.indexOf(piece.trim(), from);
      c.span(`/recipients/${out.length}`, line, Math.max(0, at), Math.max(0, at) + piece.trim().length);
      out.push(item);
    }
  });
  return out;
}
