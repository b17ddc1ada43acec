/** `congvan check` end to end: the built binary's stdout, stderr and exit code. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/check/index.js';
import { run } from '../../src/cli/check.js';
import { congvan } from '../cli/run.js';

const clean = 'test/check/fixtures/clean.txt';
const warnings = 'test/check/fixtures/warnings.txt';
const seed = 'fixtures/golden/seed-6764.txt';

describe('congvan check', () => {
  it('prints nothing and exits 0 for a document that follows every rule', () => {
    expect(congvan(['check', clean])).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('exits 0 when the findings are warnings only', () => {
    const result = congvan(['check', warnings]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        warnings,
        '9:1  warning no comma after the place "Đồng Nai": write "Đồng Nai, ngày …" date-place-comma congvan',
        '24:1 warning the "Lưu:" line ends with "."                                 archive-line     congvan',
        '',
        '⚠ 2 warnings',
        '',
      ].join('\n'),
    );
  });

  it('reports with vfile-reporter: each file under its name, line:column severity message rule-id source, a count; exits 1 on an error', () => {
    const result = congvan(['check', seed, clean]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      [
        seed,
        '1:1  warning no national motto "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in the header national-motto congvan',
        '3:5  error   the number "6764 /SYT-VP" contains spaces: write "6764/SYT-VP"       number-format  congvan',
        '39:1 warning the "Lưu:" line ends with "."                                        archive-line   congvan',
        '',
        '3 messages (✖ 1 error, ⚠ 2 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('never colours a pipe, even with FORCE_COLOR', () => {
    const result = congvan(['check', seed], { env: { FORCE_COLOR: '3' } });
    expect(result.stdout).toContain('3:5  error   the number');
    expect(result.stdout).not.toMatch(/\x1b\[/);
  });

  it('--format json gives every finding with its place', () => {
    const result = congvan(['check', '--format', 'json', seed]);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([
      { file: seed, line: 1, column: 1, severity: 'warning', ruleId: 'national-motto', message: 'no national motto "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in the header' },
      { file: seed, line: 3, column: 5, severity: 'error', ruleId: 'number-format', message: 'the number "6764 /SYT-VP" contains spaces: write "6764/SYT-VP"' },
      { file: seed, line: 39, column: 1, severity: 'warning', ruleId: 'archive-line', message: 'the "Lưu:" line ends with "."' },
    ]);
    expect(JSON.parse(congvan(['check', '--format', 'json', clean]).stdout)).toEqual([]);
  });

  it('--format github writes workflow annotations', () => {
    const result = congvan(['check', '--format', 'github', warnings]);
    expect(result.stdout).toBe(
      `::warning file=${warnings},line=9,col=1,title=date-place-comma::no comma after the place "Đồng Nai": write "Đồng Nai, ngày …"\n` +
        `::warning file=${warnings},line=24,col=1,title=archive-line::the "Lưu:" line ends with "."\n`,
    );
  });

  it('--rule turns rules off or raises their level', () => {
    expect(congvan(['check', '--rule', 'number-format=off', seed]).status).toBe(0);
    const raised = congvan(['check', '--rule', 'archive-line=error', '--rule', 'date-place-comma=off', warnings]);
    expect(raised.status).toBe(1);
    expect(raised.stdout).toBe(`${warnings}\n24:1 error the "Lưu:" line ends with "." archive-line congvan\n\n✖ 1 error\n`);
  });

  it('refuses an unknown rule or level with exit 2', () => {
    expect(congvan(['check', '--rule', 'no-such=off', seed])).toEqual({ status: 2, stdout: '', stderr: 'congvan: no rule "no-such" (congvan check --list-rules lists them)\n' });
    expect(congvan(['check', '--rule', 'number-format', seed]).status).toBe(2);
  });

  it('names an unreadable input in one line, checks the others, and exits 2', () => {
    const result = congvan(['check', 'missing.md', warnings, 'fixtures/cli/empty.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('congvan: missing.md: no such file\ncongvan: fixtures/cli/empty.txt: the input is empty\n');
    expect(result.stdout).toMatch(new RegExp(`^${warnings}\n9:1 .*\n24:1 .*\n\n⚠ 2 warnings\n$`, 'u'));
  });

  it('reads a document from stdin (-)', () => {
    const result = congvan(['check', '--format', 'json', '-'], { input: readFileSync(warnings) });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`)).toEqual(['- date-place-comma', '- archive-line']);
  });

  it('--list-rules prints every rule', () => {
    const result = congvan(['check', '--list-rules', '--rule', 'national-motto=off']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(rules.length);
    expect(result.stdout).toMatch(/^national-motto +off +The document opens/m);
  });

  it('checks a .docx like its markdown original', () => {
    const result = congvan(['check', '--format', 'json', 'fixtures/formats/seed-6764.docx']);
    expect(result.status).toBeLessThan(2);
    expect(JSON.parse(result.stdout).map((f: { ruleId: string }) => f.ruleId)).toContain('number-format');
  });
});

describe('congvan check on a terminal', () => {
  /** run() in process with a stdout that says it is a terminal. */
  async function onTerminal(env: Record<string, string | undefined>, color?: boolean) {
    let stdout = '';
    const io = {
      stdin: (async function* () {})(),
      stdout: { isTTY: true, write: (text: string) => (stdout += text) },
      stderr: { write: () => true },
      env,
    };
    const status = await run({ files: [seed], format: 'human', rules: [], from: 'auto', encoding: 'auto', color }, io);
    return { status, stdout };
  }

  it('colours the report', async () => {
    const { status, stdout } = await onTerminal({});
    expect(status).toBe(1);
    expect(stdout).toContain(`\x1b[4m\x1b[31m${seed}\x1b[39m\x1b[24m\n`);
    expect(stdout).toContain('\x1b[31merror\x1b[39m');
  });

  it('not with NO_COLOR or --no-color', async () => {
    const plain = congvan(['check', seed]).stdout;
    expect((await onTerminal({ NO_COLOR: '1' })).stdout).toBe(plain);
    expect((await onTerminal({}, false)).stdout).toBe(plain);
    expect(congvan(['check', '--no-color', seed]).stdout).toBe(plain);
  });
});
