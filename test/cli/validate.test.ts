import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../src/schema/validate.js';
import { congvan } from './run.js';
import { ndjsonLines, scratchFolders } from './corpus.js';

const scratch = scratchFolders();
const good = JSON.parse(readFileSync(new URL('../../fixtures/golden/corpus-001-congvan.txt.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('congvan validate', () => {
  it('finds every record congvan parse writes valid: golden, html, cli fixtures (with error records), as NDJSON and as a JSON array', () => {
    const parsed = congvan(['parse', '--format', 'ndjson', 'fixtures/golden', 'fixtures/formats/*.html', 'fixtures/cli', '-j', '2', '-q']);
    const lines = ndjsonLines(parsed.stdout);
    expect(lines.length).toBeGreaterThan(30);
    expect(lines.some((line) => line.includes('"error":'))).toBe(true);
    const folder = scratch();
    const ndjson = path.join(folder, 'all.ndjson');
    const array = path.join(folder, 'all.json');
    writeFileSync(ndjson, parsed.stdout);
    writeFileSync(array, `[\n${lines.join(',\n')}\n]\n`);
    const result = congvan(['validate', ndjson, array]);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`congvan: ${lines.length * 2} records in 2 files: ${lines.length * 2} valid, 0 invalid\n`);
    expect(result.status).toBe(0);
  });

  it('reads one record from stdin (-), as congvan parse prints it', () => {
    const parsed = congvan(['parse', 'fixtures/cli/good.md', '-q']);
    const result = congvan(['validate', '-'], { input: Buffer.from(parsed.stdout) });
    expect(result).toEqual({ status: 0, stdout: '', stderr: 'congvan: 1 record in 1 file: 1 valid, 0 invalid\n' });
  });

  it('gives every problem of hand-broken records as file:record:pointer: message, and exits 1', () => {
    const broken = (edit: (record: any) => void) => {
      const record = structuredClone(good) as any;
      edit(record);
      return JSON.stringify(record);
    };
    const lines = [
      JSON.stringify(good),
      broken((r) => {
        r.source.sha256 = 'abc';
        delete r.subject;
      }),
      '',
      broken((r) => {
        r.urgency = 'urgent';
        r.schemaVersion = '2';
        r.extra = true;
      }),
      broken((r) => {
        r.tasks = [{ label: 1, text: 'x', assignees: [{ name: 'A', role: 'boss' }], deadline: null, subtasks: [] }];
        r.positions['/a~b'] = { start: { line: 0, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
      }),
      JSON.stringify({ schemaVersion: '1', source: { file: 'x.md', format: null, encoding: null, sha256: null, id: 7 }, error: { code: 'unreadable-input' } }),
      '[1, 2]',
    ];
    const folder = scratch();
    const file = path.join(folder, 'broken.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = congvan(['validate', 'broken.ndjson'], { cwd: folder });
    expect(result.stdout).toBe(
      [
        'broken.ndjson:2:/source/sha256: "abc" does not match /^[0-9a-f]{64}$/',
        'broken.ndjson:2:/subject: required property missing (expected a string)',
        'broken.ndjson:4:/schemaVersion: expected "1", got "2"',
        'broken.ndjson:4:/urgency: expected one of "khẩn", "thượng khẩn", "hỏa tốc", got "urgent"',
        'broken.ndjson:4:/extra: unknown property (not in the schema)',
        'broken.ndjson:5:/tasks/0/label: expected a string, got 1',
        'broken.ndjson:5:/tasks/0/assignees/0/role: expected one of "lead", "coordinate", "assigned", got "boss"',
        'broken.ndjson:5:/positions/~1a~0b/start/line: expected at least 1, got 0',
        'broken.ndjson:6:/source/id: expected a string, got 7',
        'broken.ndjson:6:/error/message: required property missing (expected a string)',
        'broken.ndjson:7:/: expected a record (an object), got an array',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe('congvan: 6 records in 1 file: 1 valid, 5 invalid (11 problems)\n');
    expect(result.status).toBe(1);
  });

  it('numbers the records of a JSON array from 1', () => {
    const folder = scratch();
    writeFileSync(path.join(folder, 'a.json'), JSON.stringify([good, { ...good, archive: { holders: ['VT'], copies: 1.5 } }], null, 2));
    const result = congvan(['validate', 'a.json'], { cwd: folder });
    expect(result.stdout).toBe('a.json:2:/archive/copies: expected an integer, got 1.5\n');
    expect(result.status).toBe(1);
  });

  it('exits 2 with one line naming the file and the line when a file cannot be read or is not JSON, and still checks the others', () => {
    const folder = scratch();
    writeFileSync(path.join(folder, 'ok.json'), JSON.stringify(good));
    writeFileSync(path.join(folder, 'pretty.json'), '{\n  "schemaVersion": "1",\n  "source": }\n');
    writeFileSync(path.join(folder, 'lines.ndjson'), `${JSON.stringify(good)}\n${JSON.stringify(good)}\n{"schemaVersion": \n`);
    writeFileSync(path.join(folder, 'empty.json'), '\n');
    const result = congvan(['validate', 'ok.json', 'pretty.json', 'lines.ndjson', 'missing.json', 'empty.json', '.'], { cwd: folder });
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        "congvan: pretty.json:3: not JSON: unexpected token '}'",
        'congvan: lines.ndjson:3: not JSON: unexpected end of JSON input',
        'congvan: missing.json: no such file',
        'congvan: empty.json: empty: no records',
        'congvan: .: is a directory, not a file',
        'congvan: 1 record in 6 files: 1 valid, 0 invalid, 5 files unreadable',
        '',
      ].join('\n'),
    );
    expect(result.status).toBe(2);
  });
});

describe('checkRecord', () => {
  it('accepts the golden records and refuses what the JSON Schema refuses (unknown properties at any depth)', () => {
    expect(checkRecord(good)).toEqual([]);
    expect(checkRecord({ ...good, source: { ...(good.source as object), extra: 1 } })).toEqual([{ pointer: '/source/extra', message: 'unknown property (not in the schema)' }]);
    expect(checkRecord(null)).toEqual([{ pointer: '', message: 'expected a record (an object), got null' }]);
  });
});
