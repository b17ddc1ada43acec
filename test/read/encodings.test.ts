/**
 * Issue 6, encodings: the same dispatch in TCVN3, VNI, Windows-1258, UTF-16 and NFD — as bytes, and TCVN3 / VNI
 * text saved as Unicode ("mojibake") — gives the record of the UTF-8 text on every field but `source`,
 * `positions` and `messages` (whose columns count the characters of each input).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeLegacy, tcvn3Capitals } from '../../src/encoding/index.js';
import { parseDispatch, type DispatchRecord } from '../../src/index.js';
import { decodeBytes } from '../../src/read/decode.js';
import { congvan } from '../cli/run.js';

const golden = (name: string) => readFileSync(new URL(`../../fixtures/golden/${name}`, import.meta.url), 'utf8');
const fields = ({ source: _s, positions: _p, messages: _m, ...rest }: DispatchRecord) => rest;
/** Legacy-font bytes opened as Latin-1 and saved as UTF-8, as an old file often reaches a clerk. */
const mojibake = (bytes: Uint8Array) => new TextEncoder().encode(Buffer.from(bytes).toString('latin1'));

const DOCUMENTS = ['seed-6764.txt', 'corpus-001-congvan.txt', 'corpus-002-thongbao.txt', 'corpus-014-chithi.txt', 'corpus-020-congvan.md', 'corpus-025-quyetdinh.md'];
const VARIANTS: Array<[string, string, (text: string) => Uint8Array]> = [
  ['TCVN3', 'tcvn3', (t) => encodeLegacy(t, 'tcvn3')],
  ['VNI', 'vni', (t) => encodeLegacy(t, 'vni')],
  ['Windows-1258', 'windows-1258', (t) => encodeLegacy(t, 'windows-1258')],
  ['UTF-16LE with BOM', 'utf-16le', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
  ['UTF-16BE with BOM', 'utf-16be', (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])],
  ['NFD', 'utf-8', (t) => new TextEncoder().encode(t.normalize('NFD'))],
  ['TCVN3 saved as Unicode', 'tcvn3', (t) => mojibake(encodeLegacy(t, 'tcvn3'))],
  ['VNI saved as Unicode', 'vni', (t) => mojibake(encodeLegacy(t, 'vni'))],
];

describe.each(DOCUMENTS)('%s in every encoding', (name) => {
  const text = golden(name);
  const reference = parseDispatch(text, { file: name });

  it.each(VARIANTS)('%s gives the same record', (_label, encoding, encode) => {
    const record = parseDispatch(encode(text), { file: name });
    expect(record.source.encoding).toBe(encoding);
    expect(fields(record)).toEqual(fields(reference));
  });
});

describe('decodeBytes', () => {
  it('says how it recognised a legacy encoding', () => {
    const decoded = decodeBytes(encodeLegacy(golden('seed-6764.txt'), 'vni'));
    expect(decoded.note).toMatch(/not UTF-8: read as VNI/u);
    expect(decodeBytes(mojibake(encodeLegacy(golden('seed-6764.txt'), 'tcvn3'))).note).toMatch(/TCVN3 \(ABC\) font saved as Unicode/u);
  });

  it('takes UTF-8 with Vietnamese letters as it is, and Latin-1 text that is not Vietnamese too', () => {
    expect(decodeBytes(new TextEncoder().encode('Sở Y tế tỉnh Đồng Nai')).encoding).toBe('utf-8');
    expect(decodeBytes(new TextEncoder().encode('Café crème brûlée à la française, déjà vu')).encoding).toBe('utf-8');
  });

  it('keeps bytes that are no known encoding as lenient UTF-8 with a warning', () => {
    const decoded = decodeBytes(Uint8Array.from([0x41, 0x42, 0xff, 0xfe, 0x43, 0x0a]));
    expect(decoded.warning).toMatch(/not valid UTF-8/u);
  });

  it('forces an encoding when told', () => {
    const bytes = encodeLegacy('Bảo Thắng', 'vni');
    expect(decodeBytes(bytes, 'vni').text).toBe('Bảo Thắng');
    expect(decodeBytes(bytes, 'utf-8').encoding).toBe('utf-8');
  });

  it('reads UTF-16 without a BOM instead of calling it binary', () => {
    expect(decodeBytes(Buffer.from('Số: 12/UBND-VP\nHà Nội, ngày 5 tháng 1 năm 2023\n', 'utf16le')).encoding).toBe('utf-16le');
  });
});

describe('tcvn3Capitals (TCVN3 has no capital toned letters)', () => {
  it.each([
    ['KT. GIáM ĐốC', 'KT. GIÁM ĐỐC'],
    ['CộNG HòA Xã HộI CHủ NGHĩA VIệT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['Cơ quan: VĂN PHòNG CHíNH PHủ', 'Cơ quan: VĂN PHÒNG CHÍNH PHỦ'],
    ['Sở Y Tế', 'SỞ Y TẾ'],
    ['MậT', 'MẬT'],
    ['- ủy ban nhân dân tỉnh Đồng Nai;', '- Ủy ban nhân dân tỉnh Đồng Nai;'],
    ['theo đề nghị của ủy ban nhân dân. ủy ban đã', 'theo đề nghị của Ủy ban nhân dân. Ủy ban đã'],
    // left as they are: a label with a number, a name, title case with an abbreviation, a hard-wrapped line
    ['Số: 1520/BYT-DP', 'Số: 1520/BYT-DP'],
    ['Lê', 'Lê'],
    ['UBND TP. Hồ Chí Minh', 'UBND TP. Hồ Chí Minh'],
    ['CÔNG BáO/Số 302/Ngày 02-06-2026', 'CÔNG BÁO/Số 302/Ngày 02-06-2026'],
    ['mục tiêu tăng trưởng và nâng\nứng yêu cầu', 'mục tiêu tăng trưởng và nâng\nứng yêu cầu'],
  ])('%s → %s', (input, expected) => {
    expect(tcvn3Capitals(input)).toBe(expected);
  });
});

describe('congvan parse on legacy files', () => {
  it('detects the encoding and records it', () => {
    const { status, stdout } = congvan(['parse', 'fixtures/encodings/seed-6764.tcvn3.txt', '--compact']);
    expect(status).toBe(0);
    const record = JSON.parse(stdout) as DispatchRecord;
    expect(record.source.encoding).toBe('tcvn3');
    expect(record.number?.value).toBe('6764/SYT-VP');
  });

  it('--encoding forces one; an unknown name is a usage error', () => {
    const forced = congvan(['parse', 'fixtures/encodings/seed-6764.vni.txt', '--encoding', 'windows-1258', '--compact']);
    expect((JSON.parse(forced.stdout) as DispatchRecord).source.encoding).toBe('windows-1258');
    const bad = congvan(['parse', 'fixtures/encodings/seed-6764.vni.txt', '--encoding', 'koi8-r']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/koi8-r/u);
  });
});
