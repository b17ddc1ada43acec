import type { Rule, RuleFinding } from '../types.js';
import { at, isPartyDocument } from '../text.js';

const PREFIX = /^(TM|KT|TL|TUQ|Q)\.\s*\S/u;
/** The prefixes of a party document: "T/M", "T/L", "K/T", before the body or head title. */
const PARTY_PREFIX = /^(?:T\/M|T\/L|K\/T)\.?\s+\S/u;
/** What a prefix looks like when it is misspelt: "K/T", "T/M", "kt.", "KT " without the dot. */
const LOOKS_LIKE_PREFIX = /^\s*[*_]*\s*(T\s*[/.]?\s*M|K\s*[/.]?\s*T|T\s*[/.]?\s*L|TUQ|Q)\b\s*[.:/]?/iu;

export const rule: Rule = {
  id: 'signer-authority-known',
  description: 'A signing authority is one of TM., KT., TL., TUQ., Q., written so, in capitals with a dot',
  source: 'box 7a',
  severity: 'error',
  check(record, text) {
    const signer = record.signer;
    if (!signer) return [];
    const findings: RuleFinding[] = [];
    // A party document writes its prefixes with a slash (Hướng dẫn 36-HD/VPTW): "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ".
    const party = isPartyDocument(record, text);
    for (const line of signer.authorityChain) {
      const written = line.normalize('NFC').trim();
      if (!PREFIX.test(written) && !(party && PARTY_PREFIX.test(written))) findings.push({ ...at(record, ['/signer/authority', '/signer/title']), message: `"${written}": a signing authority is TM., KT., TL., TUQ. or Q.` });
    }
    // The parser takes "KT GIÁM ĐỐC" as "KT. GIÁM ĐỐC": the source shows whether the dot is there.
    const prefix = record.positions['/signer/authority'];
    if (prefix && signer.authority !== null && findings.length === 0 && !(party && text.slice(prefix.start.offset, prefix.end.offset).includes('/'))) {
      const after = text.slice(prefix.end.offset, prefix.end.offset + 1);
      if (after !== '.') findings.push({ line: prefix.start.line, column: prefix.start.column, message: `the signing authority is written with a dot: "${signer.authority}. ${signer.onBehalfOf ?? ''}"`.replace(/ "$/u, '"') });
    }
    if (signer.authorityChain.length === 0) {
      // A prefix the parser did not take: the line above the title.
      const title = record.positions['/signer/title'];
      if (title) {
        const lines = text.split(/\r?\n/u);
        const above = [lines[title.start.line - 2], lines[title.start.line - 1]].map((l) => (l ?? '').normalize('NFC'));
        for (const [i, l] of above.entries()) {
          const m = LOOKS_LIKE_PREFIX.exec(l);
          if (m && /[\p{Lu}]{2,}/u.test(l.slice(m[0].length)) && !/^(?:TM|KT|TL|TUQ|Q)\.\s/u.test(l.replace(/^[\s*_]+/u, ''))) {
            findings.push({ line: title.start.line - 1 + i, column: 1, message: `"${l.trim()}": a signing authority is written TM., KT., TL., TUQ. or Q.` });
          }
        }
      }
    }
    return findings;
  },
};
