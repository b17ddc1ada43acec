/** The check formatters: linter lines, JSON, GitHub workflow commands (escaped), colours only when asked. */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatGithub, formatHuman, formatJson } from '../../src/check/format.js';
import type { Finding } from '../../src/check/types.js';

const findings: Finding[] = [
  { ruleId: 'number-format', severity: 'error', message: 'the number "6764 /SYT-VP" contains spaces', line: 3, column: 5 },
  { ruleId: 'archive-line', severity: 'warning', message: '50% done:\nnext line', line: 39, column: 1 },
];
const results = [{ file: 'a,b:c.txt', findings }];

describe('check formatters', () => {
  it('human: aligned file:line:column, severity, message, rule id, and a count', () => {
    expect(formatHuman(results, new Chalk({ level: 0 }))).toBe(
      'a,b:c.txt:3:5   error    the number "6764 /SYT-VP" contains spaces  number-format\n' +
        'a,b:c.txt:39:1  warning  50% done:\nnext line  archive-line\n' +
        '\n2 problems (1 error, 1 warning)\n',
    );
    expect(formatHuman([{ file: 'x', findings: [] }], new Chalk({ level: 0 }))).toBe('');
    expect(formatHuman(results, new Chalk({ level: 1 }))).toMatch(/\x1b\[31merror/);
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
