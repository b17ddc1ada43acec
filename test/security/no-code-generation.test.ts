/**
 * No eval, no Function: the library and the CLI read every format, validate, check and compare without building
 * code from strings. Each run is a child `node --disallow-code-generation-from-strings` (V8 refuses any eval or
 * Function from a string, wherever it comes from) with a preload that counts the attempts that go through the
 * global `Function` and `eval` (count-code-generation.mjs), since a library may catch the refusal and carry on
 * quietly (zod did: it probes `new Function("")` and compiles a fast path per object schema unless jitless).
 * Uses the build in dist/ (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bin, root } from '../cli/run.js';

const preload = fileURLToPath(new URL('./count-code-generation.mjs', import.meta.url));

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', '--import', preload, ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = /^@@code-generation (.*)$/mu.exec(result.stderr)?.[1];
  expect(line, `no count on stderr: ${result.stderr.slice(-2000)}`).toBeDefined();
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.replace(/\n?@@code-generation .*\n$/u, ''), counts: JSON.parse(line!) as { Function: number; eval: number; where: string[] } };
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

describe('no code built from strings', () => {
  it('in the library: every golden document and every format parsed, validated, checked and compared', () => {
    const result = run(['--input-type=module', '-e', LIBRARY]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const [records, formats] = result.stdout.trim().split(' ').map(Number);
    expect(records).toBeGreaterThan(35);
    expect(formats).toBe(5);
    expect(result.counts).toEqual({ Function: 0, eval: 0, where: [] });
  }, 120_000);

  it('in the CLI: parse (every format), check, diff, schema and validate', () => {
    const parse = run([bin, 'parse', '--format', 'ndjson', '--jobs', '1', '--quiet', 'fixtures/golden', 'fixtures/formats']);
    expect(parse.counts).toEqual({ Function: 0, eval: 0, where: [] });
    const lines = parse.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(40);
    expect(lines.filter((l) => (JSON.parse(l) as { error?: unknown }).error !== undefined)).toHaveLength(1); // scan-no-text.pdf
    expect(run([bin, 'validate', '-'], parse.stdout)).toMatchObject({ status: 0, counts: { Function: 0, eval: 0 } });
    expect(run([bin, 'validate', '-'], '{"schemaVersion":"1"}\n')).toMatchObject({ status: 1, counts: { Function: 0, eval: 0 } });
    expect(run([bin, 'check', 'fixtures/golden/seed-6764.txt', 'fixtures/formats/seed-6764.docx'])).toMatchObject({ status: 1, counts: { Function: 0, eval: 0 } });
    expect(run([bin, 'diff', 'fixtures/diff/task-inserted/old.txt', 'fixtures/diff/task-inserted/new.txt'])).toMatchObject({ status: 1, counts: { Function: 0, eval: 0 } });
    expect(run([bin, 'schema'])).toMatchObject({ status: 0, counts: { Function: 0, eval: 0 } });
  }, 180_000);

  it("leaves zod's global jitless option as it found it, for a host program's own schemas", async () => {
    const { config } = await import('zod');
    const before = config().jitless;
    await import('../../src/schema/record.js');
    expect(config().jitless).toBe(before);
  });

  it('counts what it should: the preload sees new Function, Function() and indirect eval', () => {
    const result = spawnSync(process.execPath, ['--import', preload, '-e', 'new Function("return 1")(); Function("return 2")(); (0, eval)("3"); (function () {}).constructor("return 4")();'], { encoding: 'utf8' });
    expect(JSON.parse(/^@@code-generation (.*)$/mu.exec(result.stderr)![1]!)).toMatchObject({ Function: 3, eval: 1 });
  });
});
