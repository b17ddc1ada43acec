/** One extractor per field, run over the segmented document. */
import type { DispatchRecord } from '../schema/record.js';
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { extractDate } from './date.js';
import { extractDirectives } from './directives.js';
import { extractDistribution } from './distribution.js';
import { extractDocType } from './doctype.js';
import { extractIssuer } from './issuer.js';
import { extractMarks } from './marks.js';
import { extractNumber, reconcileIssuerCode } from './number.js';
import { CODE_BY_NAME } from './issuers.js';
import { extractRecipients } from './recipients.js';
import { extractReferences } from './references.js';
import { extractSigner } from './signer.js';
import { extractSubject } from './subject.js';
import { extractTasks, itemOf, readTasks } from './tasks.js';
import { latin } from '../latin.js';
import { fold } from './patterns.js';
import { sentenceCaseBody } from './names.js';

export type Fields = Omit<DispatchRecord, 'schemaVersion' | 'source' | 'positions' | 'messages'>;

export function extractAll(doc: SegmentedDoc, c: Collector): Fields {
  const headerless = !doc.number && !doc.placeDate && doc.header.length === 0;
  if (headerless) {
    c.message('no-dispatch-header', 'warning', 'no dispatch header (number, place and date, issuing body) found: this may not be an administrative document', null);
  }
  // A press report about a dispatch has none of the head of one, nor a title, trích yếu or Kính gửi.
  const report = headerless && !doc.title && doc.subject.length === 0 && doc.recipients.length === 0;
  if (report) c.message('not-a-dispatch', 'info', notADispatch(doc), null);
  let number = extractNumber(doc, c);
  const date = extractDate(doc, c);
  const docType = report ? null : extractDocType(doc, c, number);
  const issuer = headerless ? null : extractIssuer(doc, c, number?.issuerCode ?? null, date?.place ?? null);
  if (headerless) c.message('missing-issuer', 'error', 'no issuing body found', null);
  if (issuer && !issuer.inferred) number = reconcileIssuerCode(number, CODE_BY_NAME.get(issuer.name) ?? null, c, doc.number);
  const { distribution, archive } = extractDistribution(doc, c);
  // Tasks and directives both need the items of the body and the tasks: read them once.
  const bodyItems = doc.body.map(itemOf);
  const taskRead = readTasks(doc, bodyItems);
  // The extractors run in the order of the record's fields (their messages come in that order).
  const subject = extractSubject(doc, c, issuer?.name ?? null);
  const recipients = extractRecipients(doc, c);
  const references = extractReferences(doc, c, number?.value ?? null);
  const tasks = extractTasks(doc, c, taskRead);
  const directives = extractDirectives(doc, c, taskRead, bodyItems);
  const signer = extractSigner(doc, c);
  if (issuer !== null && !issuer.inferred && signer !== null) completeIssuerName(issuer, signer);
  return { docType, number, date, issuer, subject, recipients, references, tasks, directives, signer, distribution, archive, ...extractMarks(doc, c) };
}

/**
 * When the header names the issuing body cut short ("ỦY BAN THƯỜNG VỤ", a crawler lost its second line) and the
 * collective body signed for ("TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI") goes on from it word for word, the issuer's name
 * becomes the longer one.
 */
function completeIssuerName(issuer: NonNullable<Fields['issuer']>, signer: NonNullable<Fields['signer']>): void {
  let named: string | undefined;
  for (const line of signer.authorityChain) {
    // TM. or T/M: a T, then an M or a slash.
    if (line.charCodeAt(0) !== 84 || (line.charCodeAt(1) !== 77 && line.charCodeAt(1) !== 47)) continue;
    named ??= fold(issuer.name);
    const m = COLLECTIVE_PREFIX.exec(line);
    if (m === null) continue;
    const body = line.slice(m[0].length).trim();
    if (fold(body).startsWith(`${named} `)) issuer.name = sentenceCaseBody(body);
  }
}
const COLLECTIVE_PREFIX = /^T\/?M\.?\s*/u;

/** Phrases of a press report about a document: "vừa ký văn bản", "(Ảnh minh họa)", "cho biết". */
export const REPORTING = latin(String.raw`(?<![\p{L}\p{M}])(?:vừa (?:ký|ban hành)[^.;:,]{0,40}|Ảnh minh h[ọo]a|cho biết|đưa tin)`, 'u');
/** REPORTING without its look-behind: a pattern that opens with a look-behind tests it at every position. */
const REPORTING_PHRASE = latin(String.raw`vừa (?:ký|ban hành)[^.;:,]{0,40}|Ảnh minh h[ọo]a|cho biết|đưa tin`, 'gu');
const LETTER_OR_MARK = latin(String.raw`[\p{L}\p{M}]`, 'u');

/**
 * REPORTING.exec(text)?.[0] ?? null: the first match of REPORTING_PHRASE not preceded by a letter or mark. A match
 * opens with a BMP letter, so the position after its first character is never inside a surrogate pair, and the
 * classes hold BMP characters only, so the code unit before a match stands for the code point before it.
 */
export function reportingPhrase(text: string): string | null {
  for (let from = 0; ; ) {
    REPORTING_PHRASE.lastIndex = from;
    const m = REPORTING_PHRASE.exec(text);
    if (m === null) return null;
    if (m.index === 0 || !LETTER_OR_MARK.test(text.charAt(m.index - 1))) return m[0];
    from = m.index + 1;
  }
}

function notADispatch(doc: SegmentedDoc): string {
  const base = 'this text reads as a report about a document, not a dispatch: it has no number, no place-and-date line and no issuing-body header, so docType, number and date are left null';
  for (let i = 0; i < doc.lines.length; i++) {
    const m = reportingPhrase(doc.lines.text(i));
    if (m !== null) return `${base} (it says "${m.trim()}")`;
  }
  return base;
}
