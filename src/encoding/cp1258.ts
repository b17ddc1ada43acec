/**
 * Windows-1258 (Vietnamese ANSI code page), through iconv-lite.
 *
 * The code page holds the toneless letters (â ê ô ă ơ ư đ, both cases), a few precomposed
 * toned ones shared with Latin-1 (à á è é í ó ù ú, some capitals) and the five tone marks as
 * combining characters (0xCC huyền, 0xEC sắc, 0xD2 hỏi, 0xDE ngã, 0xF2 nặng). iconv-lite
 * decodes byte for byte, so its output carries combining marks: decoding composes to NFC.
 * Encoding writes a letter precomposed when the code page has it, otherwise its toneless
 * letter followed by the tone mark ("ầ" → â + 0xCC), as Windows itself does.
 */
import { createRequire } from 'node:module';

type Iconv = typeof import('iconv-lite');
let loaded: Iconv | null = null;
/**
 * iconv-lite, loaded on first use: it is large (its tables of every code page), and most inputs are UTF-8.
 * Loaded with `require`, because decoding is synchronous.
 */
function iconv(): Iconv {
  loaded ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return loaded;
}

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

let repertoire: ReadonlySet<string> | undefined;
/** The characters the code page can write as one byte. */
function inCodePage(): ReadonlySet<string> {
  if (repertoire === undefined) {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    repertoire = new Set([...iconv().decode(Buffer.from(all), 'windows-1258')].filter((c) => c !== '\ufffd'));
  }
  return repertoire;
}

export function decodeCp1258(bytes: Uint8Array): string {
  return iconv().decode(bytes, 'windows-1258').normalize('NFC');
}

/** The text spelt with the code page's characters: toned letters it lacks split in two. */
function toCodePageForm(text: string): string {
  const cp = inCodePage();
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (cp.has(ch)) {
      out += ch;
      continue;
    }
    let base = '';
    let marks = '';
    for (const c of ch.normalize('NFD')) {
      if (TONE_MARKS.has(c)) marks += c;
      else base += c;
    }
    base = base.normalize('NFC');
    // A letter the code page cannot write at all is left for iconv-lite to turn into '?'.
    out += marks !== '' && cp.has(base) ? base + marks : ch;
  }
  return out;
}

/** Text → Windows-1258 bytes; a character the code page cannot write becomes '?'. */
export function encodeCp1258(text: string): Uint8Array {
  const buf = iconv().encode(toCodePageForm(text), 'windows-1258');
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
