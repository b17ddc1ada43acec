/**
 * A small lexer for TypeScript source that finds regular expression literals and `new RegExp(` sites, so that
 * the backtracking test covers every pattern of src/ without a list kept by hand. It skips comments, strings
 * and template literals (with their `${…}` parts), and tells a regular expression from a division by the
 * token before the slash.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface LiteralSite {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/** Tokens after which a `/` starts a regular expression, not a division. */
const BEFORE_REGEX = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^']);
const KEYWORDS_BEFORE_REGEX = new Set(['return', 'typeof', 'case', 'of', 'in', 'void', 'delete', 'throw', 'new', 'yield', 'await', 'else', 'do', 'instanceof']);

export function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ts$/u.test(entry.name) && !/\.d\.ts$/u.test(entry.name)) out.push(full);
    }
  };
  walk(root);
  return out.sort();
}

/** The regular expression literals of one file's source text. */
export function regexLiterals(text: string, file = ''): LiteralSite[] {
  const out: LiteralSite[] = [];
  let i = 0;
  let line = 1;
  /** The last significant token: a punctuator character, or a word (identifier, keyword, number). */
  let last = '';
  /** Open `${` of template literals: the brace depth at which each one closes. */
  const templates: number[] = [];
  let depth = 0;
  const n = text.length;
  const advance = (to: number) => {
    for (let k = i; k < to; k++) if (text[k] === '\n') line++;
    i = to;
  };

  const readTemplate = () => {
    // i is just after a ` or a } that closes a ${…}
    while (i < n) {
      const ch = text[i]!;
      if (ch === '\\') advance(i + 2);
      else if (ch === '`') {
        advance(i + 1);
        last = 'template';
        return;
      } else if (ch === '$' && text[i + 1] === '{') {
        advance(i + 2);
        templates.push(depth);
        depth++;
        last = '{';
        return;
      } else advance(i + 1);
    }
  };

  while (i < n) {
    const ch = text[i]!;
    if (ch === '\n' || ch === ' ' || ch === '\t' || ch === '\r') {
      advance(i + 1);
    } else if (ch === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      advance(end < 0 ? n : end);
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      advance(end < 0 ? n : end + 2);
    } else if (ch === '"' || ch === "'") {
      let k = i + 1;
      while (k < n && text[k] !== ch) k += text[k] === '\\' ? 2 : 1;
      advance(k + 1);
      last = 'string';
    } else if (ch === '`') {
      advance(i + 1);
      readTemplate();
    } else if (ch === '/') {
      const regexAllowed = last === '' || BEFORE_REGEX.has(last) || KEYWORDS_BEFORE_REGEX.has(last);
      if (!regexAllowed) {
        advance(i + 1);
        last = '/';
        continue;
      }
      let k = i + 1;
      let inClass = false;
      while (k < n) {
        const c = text[k]!;
        if (c === '\\') k += 2;
        else if (c === '\n') throw new Error(`${file}:${line}: unterminated regular expression literal (the scanner took a division for one?)`);
        else if (c === '[') (inClass = true), k++;
        else if (c === ']') (inClass = false), k++;
        else if (c === '/' && !inClass) break;
        else k++;
      }
      const source = text.slice(i + 1, k);
      let f = k + 1;
      while (f < n && /[a-z]/u.test(text[f]!)) f++;
      out.push({ file, line, source, flags: text.slice(k + 1, f) });
      advance(f);
      last = 'regex';
    } else if (/[\p{L}\p{N}_$]/u.test(ch)) {
      let k = i;
      while (k < n && /[\p{L}\p{N}_$.]/u.test(text[k]!)) k++;
      last = text.slice(i, k);
      advance(k);
    } else {
      if (ch === '{') depth++;
      else if (ch === '}') {
        depth--;
        if (templates.length && templates[templates.length - 1] === depth) {
          templates.pop();
          advance(i + 1);
          readTemplate();
          continue;
        }
      }
      // `=>` ends with `>`, after which a regular expression may come; `)` and `]` end an operand.
      last = ch;
      advance(i + 1);
    }
  }
  return out;
}

/** Lines that build a pattern at run time: `new RegExp(` or `RegExp(`. */
export function constructorSites(text: string, file = ''): Array<{ file: string; line: number; text: string }> {
  const out: Array<{ file: string; line: number; text: string }> = [];
  text.split('\n').forEach((content, k) => {
    const code = content.replace(/^\s*(?:\/\/|\*).*$/u, '');
    if (/(?:^|[^\p{L}\p{N}_$.])RegExp\(/u.test(code)) out.push({ file, line: k + 1, text: content });
  });
  return out;
}

export function scanSources(root: string): { literals: LiteralSite[]; constructors: Array<{ file: string; line: number; text: string }> } {
  const literals: LiteralSite[] = [];
  const constructors: Array<{ file: string; line: number; text: string }> = [];
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const relative = path.relative(path.dirname(root), file);
    literals.push(...regexLiterals(text, relative));
    constructors.push(...constructorSites(text, relative));
  }
  return { literals, constructors };
}
