import type { Rule } from '../types.js';
import { at, textOf } from '../text.js';

export const rule: Rule = {
  id: 'date-zero-pad',
  description: 'In the date line, days below 10 and the months 1 and 2 are written with a leading zero',
  source: 'box 4',
  severity: 'warning',
  check(record, text) {
    const written = textOf(record, '/date/value', text);
    const m = written && /ng[aà]y\s*(\d{1,2})\s*th[aá]ng\s*(\d{1,2})/iu.exec(written);
    if (!m) return [];
    const where = at(record, '/date/value');
    const findings = [];
    const day = m[1]!;
    const month = m[2]!;
    if (day.length === 1 && day !== '0') findings.push({ ...where, message: `the day ${day} is below 10: write "ngày 0${day}"` });
    if (month.length === 1 && (month === '1' || month === '2')) findings.push({ ...where, message: `the month ${month} is written with a leading zero: "tháng 0${month}"` });
    return findings;
  },
};
