/** Document type: from the title line (a consolidated text's code first), else the type code of the number, else "Công văn" when a V/v line is present. */
import type { DispatchRecord } from '../schema/record.js';
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { isCongVanSubject, type NumberField } from './number.js';
import { squeezeWhite } from './text.js';
import { DOC_TYPES, TYPE_NAME_BY_CODE, TYPE_TITLE, fold } from './patterns.js';

export type DocTypeField = NonNullable<DispatchRecord['docType']>;

const BY_FOLDED = new Map(DOC_TYPES.map(([name, code]) => [fold(name), { name, code }]));

export function extractDocType(doc: SegmentedDoc, c: Collector, number: NumberField | null): DocTypeField | null {
  // A consolidated text (văn bản hợp nhất, "836/VBHN-BLĐTBXH") carries the title of the document it consolidates.
  if (number?.typeCode === 'VBHN') {
    if (doc.number) c.span('/docType/name', doc.number);
    return { name: 'Văn bản hợp nhất', code: 'VBHN' };
  }
  if (doc.title) {
    const m = TYPE_TITLE.exec(doc.title.text)!;
    const known = BY_FOLDED.get(squeezeWhite(fold(m[1]!)));
    if (known) {
      c.span('/docType/name', doc.title, 0, m[1]!.length);
      return { name: known.name, code: number?.typeCode && TYPE_NAME_BY_CODE.get(number.typeCode) === known.name ? number.typeCode : known.code };
    }
  }
  const vv = doc.subject[0];
  // "V/v" (not "Về việc", which decisions use too) marks a công văn.
  if (vv && isCongVanSubject(doc)) {
    c.span('/docType/name', vv, 0, 3);
    return { name: 'Công văn', code: null };
  }
  if (number?.typeCode) {
    const name = TYPE_NAME_BY_CODE.get(number.typeCode);
    if (name) {
      if (doc.number) c.span('/docType/name', doc.number);
      return { name, code: number.typeCode };
    }
  }
  if (number?.issuerCode && number.unitCode && !number.typeCode) {
    if (doc.number) c.span('/docType/name', doc.number);
    return { name: 'Công văn', code: null };
  }
  return null;
}
