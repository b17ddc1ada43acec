/**
 * No eval, no Function, no network, no process: the library and the CLI read every format, validate, check and
 * compare without building code from strings, opening a connection, looking up a name or starting a process.
 * Each run is a child `node --disallow-code-generation-from-strings` (V8 refuses any eval or Function from a
 * string, wherever it comes from) with a preload that counts the attempts (count-forbidden.mjs): code through
 * the global `Function` and `eval` — a library may catch V8's refusal and carry on quietly, as zod did (it
 * probes `new Function("")` and compiles a fast path per object schema unless jitless) — sockets connecting,
 * fetch, DNS, UDP, and child_process. Uses the build in dist/ (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bin, root } from '../cli/run.js';

const preload = fileURLToPath(new URL('./count-forbidden.mjs', import.meta.url));

interface Counts {
  Function: number;
  eval: number;
  network: number;
  process: number;
  where: string[];
}
const NONE: Counts = { Function: 0, eval: 0, network: 0, process: 0, where: [] };

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', '--import', preload, ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = /^@@forbidden (.*)$/mu.exec(result.stderr)?.[1];
  expect(line, `no count on stderr: ${result.stderr.slice(-2000)}`).toBeDefined();
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.replace(/\n?@@forbidden .*\n$/u, ''), counts: JSON.parse(line!) as Counts };
}

const LIBRARY = `
import { readFileSync, readdirSync } from 'node:fs';
const { parseDispatch, parseDocument, recordSchema } = await import('./dist/index.js');
const { checkRecord } = await import('./dist/check/index.js');
const { diffRecords } = await import('./dist/diff/index.js');
const records = [];
for (const name of readdirSync('fixtures/golden').filter((n) => /\\.(md|txt)$/.test(n) && n !== 'README.md')) {
  const text = readFileSync('fixtures/golden/' + name);
  const record = parseDispatch(text, { file: name });
  recordSchema.parse(record);
  checkRecord(record, text.toString('utf8'));
  records.push(record);
}
for (const name of readdirSync('fixtures/formats')) {
  if (name === 'scan-no-text.pdf') continue;
  records.push(recordSchema.parse(await parseDocument(readFileSync('fixtures/formats/' + name), { file: name })));
}
for (let i = 1; i < records.length; i++) diffRecords(records[i - 1], records[i]);
console.log(records.length, new Set(records.map((r) => r.source.format)).size);
`;

describe('no code built from strings, no network, no process', () => {
  it('in the library: every golden document and every format parsed, validated, checked and compared', () => {
    const result = run(['--input-type=module', '-e', LIBRARY]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const [records, formats] = result.stdout.trim().split(' ').map(Number);
    expect(records).toBeGreaterThan(35);
    expect(formats).toBe(5);
    expect(result.counts).toEqual(NONE);
  }, 120_000);

  it('in the CLI: parse (every format), check, diff, schema and validate', () => {
    const parse = run([bin, 'parse', '--format', 'ndjson', '--jobs', '1', '--quiet', 'fixtures/golden', 'fixtures/formats']);
    expect(parse.counts).toEqual(NONE);
    const lines = parse.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(40);
    expect(lines.filter((l) => (JSON.parse(l) as { error?: unknown }).error !== undefined)).toHaveLength(1); // scan-no-text.pdf
    expect(run([bin, 'validate', '-'], parse.stdout)).toMatchObject({ status: 0, counts: NONE });
    expect(run([bin, 'validate', '-'], '{"schemaVersion":"1"}\n')).toMatchObject({ status: 1, counts: NONE });
    expect(run([bin, 'check', 'fixtures/golden/seed-6764.txt', 'fixtures/formats/seed-6764.docx'])).toMatchObject({ status: 1, counts: NONE });
    expect(run([bin, 'diff', 'fixtures/diff/task-inserted/old.txt', 'fixtures/diff/task-inserted/new.txt'])).toMatchObject({ status: 1, counts: NONE });
    expect(run([bin, 'schema'])).toMatchObject({ status: 0, counts: NONE });
  }, 180_000);

  it("leaves zod's global jitless option as it found it, for a host program's own schemas", async () => {
    const { config } = await import('zod');
    const before = config().jitless;
    await import('../../src/schema/record.js');
    expect(config().jitless).toBe(before);
  });

  it('counts what it should: new Function, Function(), indirect eval, a connection, fetch, a DNS look-up, a process', () => {
    const script = [
      'new Function("return 1")(); Function("return 2")(); (0, eval)("3"); (function () {}).constructor("return 4")();',
      'const net = await import("node:net"); const s = net.connect(9, "127.0.0.1"); s.on("error", () => {});',
      'await fetch("http://127.0.0.1:9/").catch(() => {});',
      'const dns = await import("node:dns"); await dns.promises.lookup("localhost").catch(() => {});',
      'const { spawnSync } = await import("node:child_process"); spawnSync(process.execPath, ["-e", "0"]);',
    ].join('\n');
    const result = spawnSync(process.execPath, ['--import', preload, '--input-type=module', '-e', script], { encoding: 'utf8' });
    const counts = JSON.parse(/^@@forbidden (.*)$/mu.exec(result.stderr)![1]!) as Counts;
    expect(counts).toMatchObject({ Function: 3, eval: 1, process: 1 });
    expect(counts.network).toBeGreaterThanOrEqual(3);
  });
});
