/** One extractor per field, run over the segmented document. */
import type { DispatchRecord } from '../schema/record.js';
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { extractDate } from './date.js';
import { extractDistribution } from './distribution.js';
import { extractDocType } from './doctype.js';
import { extractIssuer } from './issuer.js';
import { extractMarks } from './marks.js';
import { extractNumber } from './number.js';
import { extractRecipients } from './recipients.js';
import { extractReferences } from './references.js';
import { extractSigner } from './signer.js';
import { extractSubject } from './subject.js';
import { extractTasks } from './tasks.js';

export type Fields = Omit<DispatchRecord, 'schemaVersion' | 'source' | 'positions' | 'messages'>;

export function extractAll(doc: SegmentedDoc, c: Collector): Fields {
  const headerless = !doc.number && !doc.placeDate && doc.header.length === 0;
  if (headerless) {
    c.message('no-dispatch-header', 'warning', 'no dispatch header (number, place and date, issuing body) found: this may not be an administrative document', null);
  }
  const number = extractNumber(doc, c);
  const date = extractDate(doc, c);
  const docType = extractDocType(doc, c, number);
  const issuer = headerless ? null : extractIssuer(doc, c, number?.issuerCode ?? null, date?.place ?? null);
  if (headerless) c.message('missing-issuer', 'error', 'no issuing body found', null);
  const { distribution, archive } = extractDistribution(doc, c);
  return {
    docType,
    number,
    date,
    issuer,
    subject: extractSubject(doc, c),
    recipients: extractRecipients(doc, c),
    references: extractReferences(doc, c, number?.value ?? null),
    tasks: extractTasks(doc, c),
    signer: extractSigner(doc, c),
    distribution,
    archive,
    ...extractMarks(doc, c),
  };
}
