import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyOperand, commonFolder, compareCodeUnits, expandOperands, globBase, isSupported, type Operand } from '../../src/batch/inputs.js';

const cwd = mkdtempSync(path.join(tmpdir(), 'congvan-inputs-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
for (const file of ['in/b.md', 'in/a.txt', 'in/Z.markdown', 'in/sub/c.TXT', 'in/sub/d.rtf', 'in/.hidden/e.md', 'in/é.md', 'in/[1].md', 'other/f.md', 'other/g.doc']) {
  mkdirSync(path.join(cwd, path.dirname(file)), { recursive: true });
  writeFileSync(path.join(cwd, file), 'x');
}

async function expand(texts: string[], options: { ignore?: string[]; exclude?: string } = {}) {
  const operands: Operand[] = await Promise.all(texts.map((text) => classifyOperand(text, cwd)));
  return expandOperands(operands, { cwd, ignore: options.ignore ?? [], exclude: options.exclude ?? null });
}
const files = (expansion: { inputs: Array<{ file: string }> }) => expansion.inputs.map((input) => input.file);

describe('classifyOperand', () => {
  it.each([
    ['-', 'stdin'],
    ['in', 'folder'],
    ['in/', 'folder'],
    ['in/b.md', 'file'],
    ['in/[1].md', 'file'],
    ['in/missing.md', 'file'],
    ['in/*.md', 'glob'],
    ['in/**/{a,b}.*', 'glob'],
  ])('%s is a %s', async (text, kind) => {
    expect((await classifyOperand(text, cwd)).kind).toBe(kind);
  });
});

describe('expandOperands', () => {
  it('reads folders recursively (hidden files too), supported extensions only, sorted by code unit', async () => {
    const expansion = await expand(['in']);
    expect(files(expansion)).toEqual(['in/.hidden/e.md', 'in/Z.markdown', 'in/[1].md', 'in/a.txt', 'in/b.md', 'in/sub/c.TXT', 'in/é.md']);
    expect(expansion.unsupported).toEqual(['in/sub/d.rtf']);
    expect(expansion.base).toBe(path.join(cwd, 'in'));
    expect(expansion.inputs[0]?.path).toBe(path.join(cwd, 'in/.hidden/e.md'));
  });

  it('keeps absolute paths absolute', async () => {
    const expansion = await expand([path.join(cwd, 'other')]);
    expect(files(expansion)).toEqual([path.join(cwd, 'other/f.md')]);
    expect(expansion.unsupported).toEqual([path.join(cwd, 'other/g.doc')]);
  });

  it('reads named files whatever their extension, once, and the folder copy does not list them', async () => {
    const expansion = await expand(['other/g.doc', 'other', './other/f.md']);
    expect(files(expansion)).toEqual(['./other/f.md', 'other/g.doc']);
    expect(expansion.unsupported).toEqual([]);
  });

  it('expands globs, and reports those that match nothing', async () => {
    const expansion = await expand(['**/*.md', 'nothing/*.txt']);
    expect(files(expansion)).toEqual(['in/.hidden/e.md', 'in/[1].md', 'in/b.md', 'in/é.md', 'other/f.md']);
    expect(expansion.unmatched).toEqual(['nothing/*.txt']);
    expect(expansion.base).toBe(cwd);
  });

  it('leaves out files matching --ignore (relative to the current folder), but not named files', async () => {
    expect(files(await expand(['in', 'in/sub/c.TXT'], { ignore: ['in/sub/**', '**/.hidden/**', '**/*.markdown'] }))).toEqual([
      'in/[1].md',
      'in/a.txt',
      'in/b.md',
      'in/sub/c.TXT',
      'in/é.md',
    ]);
  });

  it('leaves out the output folder', async () => {
    expect(files(await expand(['in'], { exclude: 'in/sub' }))).not.toContain('in/sub/c.TXT');
  });

  it('reads a file reached through a symbolic link (or a link loop) once, under the path that sorts first', async () => {
    mkdirSync(path.join(cwd, 'linked/real'), { recursive: true });
    writeFileSync(path.join(cwd, 'linked/real/a.md'), 'x');
    symlinkSync(path.join(cwd, 'linked/real'), path.join(cwd, 'linked/alias'));
    symlinkSync(path.join(cwd, 'linked'), path.join(cwd, 'linked/loop'));
    try {
      expect(files(await expand(['linked']))).toEqual(['linked/alias/a.md']);
    } finally {
      rmSync(path.join(cwd, 'linked'), { recursive: true, force: true });
    }
  });

  it('puts stdin first and gives it no path', async () => {
    const expansion = await expand(['other/f.md', '-']);
    expect(expansion.inputs).toEqual([
      { file: '-', path: null },
      { file: 'other/f.md', path: path.join(cwd, 'other/f.md') },
    ]);
  });
});

describe('helpers', () => {
  it.each([
    ['a.md', true],
    ['a.MARKDOWN', true],
    ['a.txt', true],
    ['a.docx', true],
    ['a.PDF', true],
    ['a.htm', true],
    ['a.png', false],
    ['md', false],
    ['a.md.json', false],
  ])('isSupported(%s) is %s', (file, expected) => {
    expect(isSupported(file)).toBe(expected);
  });

  it.each([
    ['**/*.md', '/w'],
    ['in/**/*.md', '/w/in'],
    ['in/2023/*.txt', '/w/in/2023'],
    ['in/{a,b}/x.md', '/w/in'],
    ['/abs/x/*.md', '/abs/x'],
    ['/*.md', '/'],
  ])('globBase(%s) is %s', (pattern, base) => {
    expect(globBase(pattern, '/w')).toBe(base);
  });

  it.each([
    [[], null],
    [['/a/b/c'], '/a/b/c'],
    [['/a/b/c', '/a/b/d'], '/a/b'],
    [['/a/bc', '/a/b'], '/a'],
    [['/a', '/b'], '/'],
  ])('commonFolder(%j) is %s', (folders, expected) => {
    expect(commonFolder(folders)).toBe(expected);
  });

  it('sorts by UTF-16 code units, not by locale', () => {
    expect(['é', 'z', 'Z', 'a', '.', '-'].sort(compareCodeUnits)).toEqual(['-', '.', 'Z', 'a', 'z', 'é']);
  });
});
