import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import type { DispatchRecord } from '../schema/record.js';
export type Fields = Omit<DispatchRecord, 'schemaVersion' | 'source' | 'positions' | 'messages'>;
export function extractAll(_doc: SegmentedDoc, _c: Collector): Fields {
  return { docType: null, number: null, date: null, issuer: null, subject: null, recipients: [], references: [], tasks: [], signer: null, distribution: [], archive: null, urgency: null, confidentiality: null };
}
