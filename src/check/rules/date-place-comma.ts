import type { Rule } from '../types.js';
import { at, span } from '../text.js';

export const rule: Rule = {
  id: 'date-place-comma',
  description: 'A comma follows the place in the date line ("Hà Nội, ngày …")',
  source: 'box 4',
  severity: 'warning',
  check(record, text) {
    const place = span(record, '/date/place');
    if (!place || !record.date?.place) return [];
    // From the place to "ngày": OCR splits words ("Qu ả ng Ngãi"), so the place's span may end inside it.
    const date = span(record, '/date/value');
    const to = date && date.start.offset > place.start.offset ? date.start.offset : place.end.offset + 20;
    const between = text.slice(place.start.offset, to).normalize('NFC');
    const day = between.search(/ng[aà]y/iu);
    if ((day < 0 ? between : between.slice(0, day)).includes(',')) return [];
    return [{ ...at(record, '/date/place'), message: `no comma after the place "${record.date.place}": write "${record.date.place}, ngày …"` }];
  },
};
