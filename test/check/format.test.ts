/** The check formatters: vfile-reporter's report, JSON, GitHub workflow commands (escaped), colours only when asked. */
import { describe, expect, it } from 'vitest';
import { fatalOf, formatGithub, formatHuman, formatJson } from '../../src/check/format.js';
import type { Finding } from '../../src/check/types.js';

const findings: Finding[] = [
  { ruleId: 'number-format', severity: 'error', message: 'the number "6764 /SYT-VP" contains spaces', line: 3, column: 5 },
  { ruleId: 'archive-line', severity: 'warning', message: '50% done:\nnext line', line: 39, column: 1 },
];
const results = [{ file: 'a,b:c.txt', findings }];

describe('check formatters', () => {
  it('human: vfile-reporter\'s report, each file under its name, line:column, severity, message, rule id, source, and a count', async () => {
    expect(await formatHuman(results, { color: false })).toBe(
      'a,b:c.txt\n' +
        '3:5  error   the number "6764 /SYT-VP" contains spaces number-format congvan\n' +
        '39:1 warning 50% done:                                 archive-line  congvan\n' +
        'next line\n' +
        '\n' +
        '2 messages (✖ 1 error, ⚠ 1 warning)\n',
    );
  });
  it('human: nothing for files without findings; they are left out of a report that has some', async () => {
    expect(await formatHuman([{ file: 'x', findings: [] }], { color: false })).toBe('');
    expect(await formatHuman([], { color: false })).toBe('');
    expect(await formatHuman([{ file: 'clean.txt', findings: [] }, { file: 'b.txt', findings: [findings[1]!] }], { color: false })).toBe(
      'b.txt\n39:1 warning 50% done: archive-line congvan\nnext line\n\n⚠ 1 warning\n',
    );
  });
  it('human: stdin (-) is <stdin>; files in the order of their names', async () => {
    expect(await formatHuman([{ file: 'z.txt', findings: [findings[0]!] }, { file: '-', findings: [findings[0]!] }], { color: false })).toBe(
      [
        '<stdin>',
        '3:5 error the number "6764 /SYT-VP" contains spaces number-format congvan',
        '',
        'z.txt',
        '3:5 error the number "6764 /SYT-VP" contains spaces number-format congvan',
        '',
        '✖ 2 errors',
        '',
      ].join('\n'),
    );
  });
  it('human: colours only when asked', async () => {
    const coloured = await formatHuman(results, { color: true });
    expect(coloured).toContain('\x1b[4m\x1b[31ma,b:c.txt\x1b[39m\x1b[24m\n');
    expect(coloured).toContain('\x1b[31merror\x1b[39m');
    expect(coloured).toContain('\x1b[33mwarning\x1b[39m');
    expect(await formatHuman(results, { color: false })).not.toMatch(/\x1b\[/);
  });
  it('severity → vfile fatal: error true, warning false, info undefined', () => {
    expect([fatalOf('error'), fatalOf('warning'), fatalOf('info')]).toEqual([true, false, undefined]);
  });
  it('github: properties and data escaped as the runner expects', () => {
    expect(formatGithub(results)).toBe(
      '::error file=a%2Cb%3Ac.txt,line=3,col=5,title=number-format::the number "6764 /SYT-VP" contains spaces\n' +
        '::warning file=a%2Cb%3Ac.txt,line=39,col=1,title=archive-line::50%25 done:%0Anext line\n',
    );
  });
  it('json: a flat list', () => {
    expect(JSON.parse(formatJson(results))).toEqual(findings.map((f) => ({ file: 'a,b:c.txt', line: f.line, column: f.column, severity: f.severity, ruleId: f.ruleId, message: f.message })));
  });
});
