import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/emit/diagnostics.js';
import { parseDispatch } from '../../src/pipeline.js';
import { recordSchema } from '../../src/schema/record.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const good = 'fixtures/cli/good.md';
const noNumber = 'fixtures/cli/no-number.txt';
const goodBytes = readFileSync(new URL(`../../${good}`, import.meta.url));

/** Runs the built binary from the repository root, with stdout and stderr piped (not terminals). */
function congvan(args: string[], options: { input?: Uint8Array; env?: Record<string, string> } = {}) {
  const env = { ...process.env, ...options.env };
  if (!options.env || !('FORCE_COLOR' in options.env)) delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const result = spawnSync(process.execPath, ['bin/congvan.js', ...args], {
    cwd: root,
    env,
    input: options.input ?? new Uint8Array(),
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const STACK_LINE = /^\s+at /m;

describe('congvan --version / --help', () => {
  it('prints the version from package.json', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(congvan(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints the help on stdout', () => {
    const { status, stdout, stderr } = congvan(['--help']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toBe('Usage: congvan [options] [command]');
    expect(stdout).toMatch(/^ {2}parse \[options\] <file\.\.\.> +read dispatches/m);
    expect(stdout).toMatch(/^ {2}-V, --version +print the version$/m);
  });

  it('prints the help of parse with its flags', () => {
    const { status, stdout, stderr } = congvan(['parse', '--help']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toBe('Usage: congvan parse [options] <file...>');
    for (const flag of ['--pretty', '--compact', '--no-positions', '--from <format>', '--debug', '--format <format>', '-o, --output <dir>', '--ignore <pattern>', '-j, --jobs <n>', '--fail-fast', '--resume', '-q, --quiet']) {
      expect(stdout).toContain(`  ${flag} `);
    }
  });

  it('prints the help on stderr and exits 2 without a command', () => {
    const { status, stdout, stderr } = congvan([]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe('Usage: congvan [options] [command]');
  });
});

describe('congvan parse FILE', () => {
  it('prints the record of a good file as JSON, diagnostics on stderr, exit 0', () => {
    const { status, stdout, stderr } = congvan(['parse', good]);
    const expected = parseDispatch(goodBytes, { file: good });
    const record = recordSchema.parse(JSON.parse(stdout));
    expect(record).toEqual(expected);
    expect(record.source).toEqual({
      file: good,
      format: 'markdown',
      encoding: 'utf-8',
      sha256: createHash('sha256').update(goodBytes).digest('hex'),
    });
    expect(stderr).toBe(formatDiagnostics(good, expected.messages));
    expect(status).toBe(0);
  });

  it('reads stdin for -, with source.file null and - in diagnostics', () => {
    const { status, stdout, stderr } = congvan(['parse', '-'], { input: goodBytes });
    const expected = parseDispatch(goodBytes, { file: null });
    expect(JSON.parse(stdout)).toEqual(expected);
    expect(expected.source.file).toBeNull();
    expect(stderr).toBe(formatDiagnostics('-', expected.messages));
    expect(status).toBe(expected.messages.some((m) => m.severity === 'error') ? 1 : 0);
  });

  it('prints one line when stdout is not a terminal, and with --compact', () => {
    const expected = `${JSON.stringify(parseDispatch(goodBytes, { file: good }))}\n`;
    expect(congvan(['parse', good]).stdout).toBe(expected);
    expect(congvan(['parse', '--compact', good]).stdout).toBe(expected);
    expect(expected.split('\n')).toHaveLength(2);
  });

  it('indents with --pretty', () => {
    const { status, stdout } = congvan(['parse', '--pretty', good]);
    expect(status).toBe(0);
    expect(stdout).toBe(`${JSON.stringify(parseDispatch(goodBytes, { file: good }), null, 2)}\n`);
    expect(stdout.split('\n').slice(0, 2)).toEqual(['{', '  "schemaVersion": "1",']);
  });

  it('refuses --pretty with --compact', () => {
    const { status, stdout, stderr } = congvan(['parse', '--pretty', '--compact', good]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe("congvan: option '--pretty' cannot be used with option '--compact'\n");
  });

  it('omits positions with --no-positions', () => {
    const { status, stdout } = congvan(['parse', '--no-positions', good]);
    expect(status).toBe(0);
    const record = JSON.parse(stdout) as { positions: unknown };
    expect(record.positions).toEqual({});
    expect(record).toEqual(parseDispatch(goodBytes, { file: good, positions: false }));
  });

  it('uses the reader named by --from', () => {
    const { status, stdout } = congvan(['parse', '--from', 'text', good]);
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as { source: { format: string } }).source.format).toBe('text');
  });

  it('refuses an unknown reader', () => {
    const { status, stdout, stderr } = congvan(['parse', '--from', 'rtf', good]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe("congvan: option '--from <format>' argument 'rtf' is invalid. Allowed choices are auto, markdown, md, text, txt, docx, pdf, html.\n");
  });

  it('exits 1 and reports an error when the dispatch has no number', () => {
    const { status, stdout, stderr } = congvan(['parse', noNumber]);
    const record = recordSchema.parse(JSON.parse(stdout));
    expect(record.number).toBeNull();
    expect(stderr).toMatch(/^fixtures\/cli\/no-number\.txt(:\d+:\d+)?: error .+ \(missing-number\)$/m);
    expect(stderr).toMatch(/no-number.txt:\d+:\d+: error|no-number.txt: error/);
    expect(status).toBe(1);
  });

  it('never colours stderr when it is not a terminal, even with FORCE_COLOR', () => {
    const { stderr } = congvan(['parse', noNumber], { env: { FORCE_COLOR: '3' } });
    const expected = parseDispatch(readFileSync(new URL(`../../${noNumber}`, import.meta.url)), { file: noNumber });
    expect(stderr).toBe(formatDiagnostics(noNumber, expected.messages));
    expect(stderr).not.toContain('\u001b[');
  });
});

describe('congvan parse: inputs that cannot be read', () => {
  it.each([
    ['a missing file', ['fixtures/cli/does-not-exist.md'], /^congvan: fixtures\/cli\/does-not-exist\.md: no such file\n$/],
    ['an empty file', ['fixtures/cli/empty.txt'], /^congvan: fixtures\/cli\/empty\.txt: [^\n]*empty[^\n]*\n$/],
    ['a binary file', ['fixtures/cli/binary.png'], /^congvan: fixtures\/cli\/binary\.png: [^\n]*binary[^\n]*\n$/],
  ])('%s: exit 2, nothing on stdout, one line on stderr', (_, args, line) => {
    const { status, stdout, stderr } = congvan(['parse', ...args]);
    expect(stdout).toBe('');
    expect(stderr).toMatch(line);
    expect(stderr).not.toMatch(STACK_LINE);
    expect(status).toBe(2);
  });

  it('empty stdin: exit 2, naming - as the input', () => {
    const { status, stdout, stderr } = congvan(['parse', '-'], { input: new Uint8Array() });
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^congvan: -: [^\n]*empty[^\n]*\n$/);
    expect(status).toBe(2);
  });

  it('prints the stack trace with --debug', () => {
    const { status, stdout, stderr } = congvan(['parse', '--debug', 'fixtures/cli/does-not-exist.md']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe('congvan: fixtures/cli/does-not-exist.md: no such file');
    expect(stderr).toContain("code: 'unreadable-input'");
    expect(stderr).toMatch(STACK_LINE);
  });
});

describe('congvan: usage errors', () => {
  it('an unknown option: exit 2, nothing on stdout', () => {
    const { status, stdout, stderr } = congvan(['parse', '--frobnicate', good]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe("congvan: unknown option '--frobnicate'\n");
  });

  it('an unknown command: exit 2', () => {
    const { status, stdout, stderr } = congvan(['frobnicate']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe("congvan: unknown command 'frobnicate'\n");
  });

  it('a missing input: exit 2', () => {
    const { status, stdout, stderr } = congvan(['parse']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe("congvan: missing required argument 'file'\n");
  });
});
