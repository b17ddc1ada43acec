/**
 * Issuer and parent issuer (box 2). From the header when there is one; otherwise
 * inferred from the issuer code, the body, the signature block and the place,
 * each inference saying which basis it used.
 */
import type { DispatchRecord } from '../schema/record.js';
import { joinTexts, offsetAt, sliceLine, type Line } from '../segment/lines.js';
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { CITIES, ISSUER_CODES } from './issuers.js';
import { sentenceCaseBody } from './names.js';
import { dropTrailingSpecks, repairUpperWords } from './ocr.js';
import { loose } from './patterns.js';
import { latin } from '../latin.js';

export type IssuerField = NonNullable<DispatchRecord['issuer']>;

const PLACE_UNIT_START = latin(`^(?:${['tỉnh', 'thành phố', 'quận', 'huyện', 'thị xã', 'xã', 'phường', 'thị trấn'].map(loose).join('|')}|TP\\.?)\\s`, 'u');
const OPEN_GENERIC = latin(`^(?:${['ủy ban nhân dân', 'uỷ ban nhân dân', 'hội đồng nhân dân'].map(loose).join('|')}|UBND|HĐND)$`, 'u');

/** Header lines → bodies, top (parent) to bottom (issuer), joining split names. */
export function headerBodies(lines: Line[]): Line[][] {
  const bodies: Line[][] = [];
  for (const line of lines.flatMap(splitRunTogetherBodies)) {
    const prev = bodies[bodies.length - 1];
    // A gazette page repeats the issuer above the header.
    if (prev && prev.length === 1 && prev[0]!.text === line.text) continue;
    if (prev && (PLACE_UNIT_START.test(line.text) || OPEN_GENERIC.test(prev[prev.length - 1]!.text))) prev.push(line);
    else bodies.push([line]);
  }
  return bodies;
}

/** Heads that open a subordinate body inside a run-together header line ("BỘ TÀI CHÍNH TỔNG CỤC THUẾ"). */
const SUB_BODY = /\s(?=(?:TỔNG CỤC|CHI CỤC|CỤC|SỞ|VĂN PHÒNG|THANH TRA|TRUNG TÂM|BỆNH VIỆN|ỦY BAN NHÂN DÂN|UBND|BAN)\s)/gu;

function splitRunTogetherBodies(line: Line): Line[] {
  const cuts: number[] = [];
  for (const m of line.text.matchAll(SUB_BODY)) {
    const before = line.text.slice(0, m.index).trim().split(/\s+/u);
    if (before.length < 2 || /^(?:ỦY|UỶ|TỔNG|VĂN)$/u.test(before[before.length - 1]!)) continue;
    cuts.push(m.index + 1);
  }
  if (!cuts.length) return [line];
  const out: Line[] = [];
  let from = 0;
  for (const at of cuts) {
    out.push(sliceLine(line, from, at));
    from = at;
  }
  out.push(sliceLine(line, from));
  return out;
}

const BODY_MENTION =
  latin(String.raw`(?:^|[.;:]\s+|\s)((?:Sở|Bộ|Tổng cục|Cục|Văn phòng|Ủy ban nhân dân|UBND|Thanh tra|Ban|Kho bạc Nhà nước|Bảo hiểm xã hội)\s+[\p{L}\p{M} ,-]{1,60}?)\s+(?:đề nghị|yêu cầu|có ý kiến|thông báo|trả lời|hướng dẫn|nhận được|kính đề nghị|xin|báo cáo)`, 'u');

export function extractIssuer(doc: SegmentedDoc, c: Collector, issuerCode: string | null, place: string | null): IssuerField | null {
  const bodies = headerBodies(doc.header);
  if (bodies.length) {
    const own = bodies[bodies.length - 1]!;
    const parent = bodies.length > 1 ? bodies[bodies.length - 2]! : null;
    const repair = (lines: Line[]) => {
      const text = joinTexts(lines);
      if (!doc.accented) return text;
      const r = repairUpperWords(dropTrailingSpecks(text));
      if (r.changes.length) c.message('ocr-repaired', 'info', `header words restored: ${r.changes.join(', ')}`, lines[0]!);
      return r.text;
    };
    const name = sentenceCaseBody(repair(own));
    c.span('/issuer/name', own[0]!);
    if (own.length > 1) {
      const first = own[0]!;
      const last = own[own.length - 1]!;
      c.spans.set('/issuer/name', [offsetAt(first, 0), offsetAt(last, last.text.length)]);
    }
    let parentName: string | null = null;
    if (parent) {
      parentName = sentenceCaseBody(repair(parent));
      c.span('/issuer/parent', parent[0]!);
    }
    return { name, parent: parentName, inferred: false };
  }

  // No header: infer.
  const fromCode = issuerCode ? ISSUER_CODES.get(issuerCode) : undefined;
  if (fromCode) {
    let name = fromCode;
    if ((issuerCode === 'UBND' || issuerCode === 'HĐND') && place) name = `${issuerCode} ${CITIES.has(place) ? 'thành phố' : 'tỉnh'} ${place.replace(/^TP\.?\s*/u, '')}`;
    c.message('issuer-inferred', 'info', `issuer inferred from the code "${issuerCode}" of the number: ${name}`, doc.number);
    if (doc.number) c.span('/issuer/name', doc.number);
    return { name, parent: null, inferred: true };
  }
  for (const line of doc.body.slice(0, 30)) {
    const m = BODY_MENTION.exec(line.text);
    if (m) {
      const name = m[1]!.trim();
      c.message('issuer-inferred', 'info', `issuer inferred from the body ("${name} …")`, line);
      const at = line.text.indexOf(name);
      c.span('/issuer/name', line, at, at + name.length);
      return { name, parent: null, inferred: true };
    }
  }
  const tm = doc.signature.find((l) => /^TM\.?\s+/u.test(l.text));
  if (tm) {
    let name = sentenceCaseBody(tm.text.replace(/^TM\.?\s+/u, ''));
    if (/^Ủy ban nhân dân$/u.test(name) && place) name = `${name} ${CITIES.has(place) ? 'thành phố' : 'tỉnh'} ${place.replace(/^TP\.?\s*/u, '')}`;
    c.message('issuer-inferred', 'info', `issuer inferred from the signature block ("${tm.text}")`, tm);
    c.span('/issuer/name', tm);
    return { name, parent: null, inferred: true };
  }
  c.message('missing-issuer', 'error', 'no issuing body found in the header, the number, the body or the signature', null);
  return null;
}
