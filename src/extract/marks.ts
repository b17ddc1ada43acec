/** Urgency (box 10b) and confidentiality (box 10a): stand-alone marks in the head, never words in running text. */
import type { DispatchRecord } from '../schema/record.js';
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { CONFIDENTIALITY, URGENCY, fold } from './patterns.js';

export function extractMarks(doc: SegmentedDoc, c: Collector): Pick<DispatchRecord, 'urgency' | 'confidentiality'> {
  let urgency: DispatchRecord['urgency'] = null;
  let confidentiality: DispatchRecord['confidentiality'] = null;
  for (const line of doc.marks) {
    const u = URGENCY.exec(line.text);
    if (u && !urgency) {
      // toLowerCase: Vietnamese has no locale-specific case mapping (see cap in names.ts), without the locale look-up.
      const word = u[1]!.toLowerCase();
      urgency = fold(word).startsWith('hoa') ? 'hỏa tốc' : word === 'thượng khẩn' ? 'thượng khẩn' : 'khẩn';
      c.span('/urgency', line);
    }
    const k = CONFIDENTIALITY.exec(line.text);
    if (k && !confidentiality) {
      confidentiality = k[1]!.toLowerCase() as DispatchRecord['confidentiality'];
      c.span('/confidentiality', line);
    }
  }
  return { urgency, confidentiality };
}
