import { describe, expect, it } from 'vitest';
import { parseArchive } from '../../src/extract/distribution.js';

describe('parseArchive', () => {
  it.each<[string, string[], number | null]>([
    ['VT, VP', ['VT', 'VP'], null],
    ['VT, VP.', ['VT', 'VP'], null],
    ['VT; VP.', ['VT', 'VP'], null],
    ['VT', ['VT'], null],
    ['VT, CN, Cm.', ['VT', 'CN', 'Cm'], null],
    ['Văn thư, KGVX (3b)', ['Văn thư', 'KGVX'], 3],
    ['VT, QLN (2b)', ['VT', 'QLN'], 2],
    ['VT, CS (2b).', ['VT', 'CS'], 2],
    ['VT, VP(2)', ['VT', 'VP'], 2],
    ['VT, VP (02 bản)', ['VT', 'VP'], 2],
    // what follows the copy count is the drafter's initials (box 12), not a holder
    ['VT, KGVX (3b) NTH', ['VT', 'KGVX'], 3],
    // a parenthesis that is not a count is dropped from the holder
    ['VT, THVX (VB)', ['VT', 'THVX'], null],
  ])('%j', (text, holders, copies) => {
    expect(parseArchive(text)).toEqual({ holders, copies });
  });
});
