import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/extract/number.js';

type Parts = ReturnType<typeof parseNumber>;
const n = (value: string | null, seq: string | null, year: string | null, typeCode: string | null, issuerCode: string | null, unitCode: string | null): Parts => ({
  value,
  seq,
  year,
  typeCode,
  issuerCode,
  unitCode,
});

describe('parseNumber', () => {
  it.each<[string, Parts]>([
    // công văn: issuer + drafting unit, no type code
    ['6764/SYT-VP', n('6764/SYT-VP', '6764', null, null, 'SYT', 'VP')],
    ['05/BNV-VP', n('05/BNV-VP', '05', null, null, 'BNV', 'VP')],
    ['3722/VPCP-CN', n('3722/VPCP-CN', '3722', null, null, 'VPCP', 'CN')],
    // stray spaces as printed and after normalisation
    ['6764 /SYT-VP', n('6764/SYT-VP', '6764', null, null, 'SYT', 'VP')],
    ['4222 /TCT -PC', n('4222/TCT-PC', '4222', null, null, 'TCT', 'PC')],
    ['4222 / TCT - PC', n('4222/TCT-PC', '4222', null, null, 'TCT', 'PC')],
    // an en or em dash between the parts of the code
    ['12/2020/TT–BTC', n('12/2020/TT-BTC', '12', '2020', 'TT', 'BTC', null)],
    ['103/2014/TT — BTC', n('103/2014/TT-BTC', '103', '2014', 'TT', 'BTC', null)],
    // normative documents carry the year
    ['10/2022/TT-BKHĐT', n('10/2022/TT-BKHĐT', '10', '2022', 'TT', 'BKHĐT', null)],
    ['30/2020/NĐ-CP', n('30/2020/NĐ-CP', '30', '2020', 'NĐ', 'CP', null)],
    ['25/2010/TTLT-BLĐTBXH-BTC-BYT', n('25/2010/TTLT-BLĐTBXH-BTC-BYT', '25', '2010', 'TTLT', 'BLĐTBXH', 'BTC-BYT')],
    ['08/2024/TB-LPQT', n('08/2024/TB-LPQT', '08', '2024', 'TB', 'LPQT', null)],
    // type code + issuer
    ['15/QĐ-BNV', n('15/QĐ-BNV', '15', null, 'QĐ', 'BNV', null)],
    ['6154/QĐ-UBND', n('6154/QĐ-UBND', '6154', null, 'QĐ', 'UBND', null)],
    ['21/CT-TTg', n('21/CT-TTg', '21', null, 'CT', 'TTg', null)],
    ['92/TTr-UBND', n('92/TTr-UBND', '92', null, 'TTr', 'UBND', null)],
    ['113/NQ-CP', n('113/NQ-CP', '113', null, 'NQ', 'CP', null)],
    // old form without type code
    ['299/TTg', n('299/TTg', '299', null, null, 'TTg', null)],
    // party documents
    ['28-KL/TW', n('28-KL/TW', '28', null, 'KL', 'TW', null)],
    ['171-KL/TW', n('171-KL/TW', '171', null, 'KL', 'TW', null)],
    ['169-CP', n('169-CP', '169', null, null, 'CP', null)],
    // blank number (filled in by the registry): value null, code kept
    ['/TB-UBND', n(null, null, null, 'TB', 'UBND', null)],
    ['/QĐ-UBND', n(null, null, null, 'QĐ', 'UBND', null)],
    // OCR: a space inside the sequence is dropped; a sequence it made unreadable leaves the code
    ['120 1/TCHQ-TXNK', n('1201/TCHQ-TXNK', '1201', null, null, 'TCHQ', 'TXNK')],
    ['1 0 9 4 3 /BYT-MT', n('10943/BYT-MT', '10943', null, null, 'BYT', 'MT')],
    ['2254 NHNN-QLNH', n('2254/NHNN-QLNH', '2254', null, null, 'NHNN', 'QLNH')],
    ['4JZ2/SYT-VP', n(null, null, null, null, 'SYT', 'VP')],
    ['6. /TCT -DNNCN', n(null, null, null, null, 'TCT', 'DNNCN')],
  ])('%s', (raw, expected) => {
    expect(parseNumber(raw)).toEqual(expected);
  });

  it.each([
    ['', 'empty'],
    ['abc', 'no digits, no code'],
    ['4.596', 'a head count'],
    // A code must contain letters: a ratio is not a number and code.
    ['649/1.240', 'a ratio'],
  ])('%s is not a number (%s)', (raw) => {
    expect(parseNumber(raw)).toBeNull();
  });
});
