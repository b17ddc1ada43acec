import type { Rule, RuleFinding } from '../types.js';
import { at, closingMark } from '../text.js';

export const rule: Rule = {
  id: 'recipients-list-punctuation',
  description: 'Several recipients after "Kính gửi:" end with ";", the last one with "."',
  source: 'box 9a',
  severity: 'warning',
  check(record, text) {
    const count = record.recipients.length;
    if (count < 2) return [];
    const findings: RuleFinding[] = [];
    for (let i = 0; i < count; i++) {
      const written = closingMark(record, `/recipients/${i}`, text);
      if (written === null) continue;
      const expected = i === count - 1 ? '.' : ';';
      if (written !== expected) {
        findings.push({ ...at(record, `/recipients/${i}`), message: `the recipient "${record.recipients[i]}" ends with "${expected}"` });
      }
    }
    return findings;
  },
};
