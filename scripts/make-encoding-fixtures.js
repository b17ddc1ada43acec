#!/usr/bin/env node
/**
 * Writes fixtures/encodings/: the seed dispatch (fixtures/golden/seed-6764.txt) in the legacy
 * Vietnamese encodings and the other Unicode forms, for tests of the encoding module and of
 * the readers that will use it.
 *
 *   npm run build && node scripts/make-encoding-fixtures.js
 *
 * Uses the built module (dist/encoding/index.js). The outputs are committed; test/encoding
 * checks they still equal what the encoders produce.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'fixtures', 'golden', 'seed-6764.txt');
const OUT = join(ROOT, 'fixtures', 'encodings');

const { encodeLegacy } = await import(join(ROOT, 'dist', 'encoding', 'index.js')).catch((err) => {
  console.error(`make-encoding-fixtures: cannot load dist/encoding (run npm run build first): ${err.message}`);
  process.exit(2);
});

const seed = readFileSync(SOURCE, 'utf8');

/** UTF-16 with a BOM; big-endian by swapping the little-endian bytes. */
function utf16(text, bigEndian) {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return bigEndian ? Buffer.from(le).swap16() : le;
}

const fixtures = [
  ['seed-6764.tcvn3.txt', encodeLegacy(seed, 'tcvn3')],
  ['seed-6764.vni.txt', encodeLegacy(seed, 'vni')],
  ['seed-6764.windows-1258.txt', encodeLegacy(seed, 'windows-1258')],
  ['seed-6764.utf-16le.txt', utf16(seed, false)],
  ['seed-6764.utf-16be.txt', utf16(seed, true)],
  ['seed-6764.nfd.txt', Buffer.from(seed.normalize('NFD'), 'utf8')],
];

mkdirSync(OUT, { recursive: true });
for (const [name, bytes] of fixtures) {
  const file = join(OUT, name);
  writeFileSync(file, bytes);
  console.log(`${relative(ROOT, file)}  ${bytes.length} bytes`);
}
