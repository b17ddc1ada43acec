import type { Rule, RuleFinding } from '../types.js';
import { at, foldTitle, isPartyDocument } from '../text.js';
import { fold } from '../../extract/patterns.js';

/** A deputy's title: "PHÓ GIÁM ĐỐC", "PHÓ CHỦ TỊCH", "THỨ TRƯỞNG". */
const DEPUTY = /^(PHÓ\s|THỨ TRƯỞNG)/u;
/** The same, typed without diacritics. */
const DEPUTY_PLAIN = /^(pho\s|thu truong)/u;

export const rule: Rule = {
  id: 'signer-title-matches-authority',
  description: 'The signer\'s title fits the authority: a deputy signs "KT.", the head signs without it; TL./TUQ. are signed by someone other than the head',
  source: 'box 7a–c',
  severity: 'error',
  check(record, text) {
    const signer = record.signer;
    if (!signer || signer.title === null) return [];
    const title = foldTitle(signer.title);
    const where = at(record, ['/signer/title', '/signer/authority']);
    const findings: RuleFinding[] = [];
    const deputy = DEPUTY.test(title) || DEPUTY_PLAIN.test(fold(title));
    const authority = signer.authority;
    if (authority === 'KT' && !deputy) findings.push({ ...where, message: `"KT." is signed by a deputy, but the title is "${signer.title}"` });
    // In a party document any member of the standing committee signs "T/M" for it (Hướng dẫn 36-HD/VPTW).
    if ((authority === null || (authority === 'TM' && !isPartyDocument(record, text))) && deputy) {
      findings.push({ ...where, message: `a deputy ("${signer.title}") signs for the head: write "KT. ${signer.onBehalfOf ?? (title.replace(DEPUTY, '').trim() || '…')}" above the title` });
    }
    if ((authority === 'TL' || authority === 'TUQ') && signer.onBehalfOf !== null && foldTitle(signer.onBehalfOf) === title) {
      findings.push({ ...where, message: `"${authority}. ${signer.onBehalfOf}" is signed by someone other than the ${signer.onBehalfOf.toLocaleLowerCase('vi')} himself` });
    }
    return findings;
  },
};
