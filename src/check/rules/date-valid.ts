import type { Rule } from '../types.js';
import { at, textOf } from '../text.js';

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

export const rule: Rule = {
  id: 'date-valid',
  description: 'The date of the document exists in the calendar (no "31 tháng 02")',
  source: 'box 4',
  severity: 'error',
  check(record, text) {
    const written = textOf(record, '/date/value', text);
    const m = written && /ng[aà]y\s*(\d{1,2})\s*th[aá]ng\s*(\d{1,2})\s*n[aă]m\s*(\d{4})/iu.exec(written);
    if (!m) return [];
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isCalendarDate(year, month, day)) return [];
    return [{ ...at(record, '/date/value'), message: `"ngày ${m[1]} tháng ${m[2]} năm ${m[3]}" is not a date` }];
  },
};
