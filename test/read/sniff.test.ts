import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/read/sniff.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sniffFormat: content first, extension second', () => {
  it.each<[string, string | Uint8Array, string | null, string | null]>([
    ['a zip naming word/', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...bytes('....word/document.xml')]), 'x.bin', 'docx'],
    ['a zip without word/ named .docx (damaged)', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'x.docx', 'docx'],
    ['a zip without word/ and another name', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'x.zip', null],
    ['%PDF- under any name', bytes('%PDF-1.7\n...'), 'x.txt', 'pdf'],
    ['.pdf that is not one (damaged)', bytes('hello'), 'x.pdf', 'pdf'],
    ['HTML markup', bytes('  <!DOCTYPE html><html><body>Số: 1</body></html>'), 'page', 'html'],
    ['an .htm file', bytes('Số: 1'), 'x.htm', 'html'],
    ['HTML as a string', '<html lang="vi"><body>x</body></html>', null, 'html'],
    ['markdown with a <br> in a table', bytes('| A<br>B | C |\n|---|---|\n'), 'x.md', null],
    ['plain text', bytes('Số: 12/UBND-VP'), 'x.txt', null],
  ])('%s', (_label, input, file, expected) => {
    expect(sniffFormat(input, file)).toBe(expected);
  });
});
