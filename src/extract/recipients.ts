/** Recipients (Kính gửi, box 9a): one line, or a "- …;" list. */
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { RECIPIENTS_LABEL, RECIPIENTS_LABEL_OCR } from './patterns.js';
import { cleanItem } from './text.js';

export function extractRecipients(doc: SegmentedDoc, c: Collector): string[] {
  const out: string[] = [];
  doc.recipients.forEach((line, i) => {
    let text = line.text;
    let from = 0;
    if (i === 0) {
      const m = RECIPIENTS_LABEL.exec(text) ?? RECIPIENTS_LABEL_OCR.exec(text);
      if (m) from = m[0].length;
      text = text.slice(from);
    }
    const pieces = text.split(/(?<=[;])\s*[-–+]\s+|^\s*[-–+]\s+/u).filter((p) => p.trim());
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
