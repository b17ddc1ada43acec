/**
 * The markdown reader builds the plain paragraphs (on their own, and the text of list items) itself and gives
 * remark the rest (src/read/markdown.ts): its tree must be the one remark-parse gives for the whole text, every
 * node, value and position. Checked against a processor built here the way the reader builds its own, over
 * every .md file of fixtures/, a table of cases written to trip the split, and random documents of plain
 * Vietnamese lines, list items and markdown-ish lines (CONGVAN_PROPERTY_RUNS cases, 500 by default).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { describe, expect, it } from 'vitest';
import { readMarkdown, readMarkdownDetailed } from '../../src/read/markdown.js';
import { findPlainRuns } from '../../src/read/markdown-split.js';
import { parameters, runs, timeout } from '../properties/runs.js';

function remarkGfmTable(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
const pure = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmTable);
const remark = (text: string) => pure.parse(text) as Root;

/** Deep equality, and the same JSON (so the same key order too). */
function expectSameTree(text: string): void {
  const expected = remark(text);
  const actual = readMarkdown(text);
  expect(actual).toStrictEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const MARKDOWN_FILES = (readdirSync(FIXTURES, { recursive: true }) as string[]).filter((name) => name.endsWith('.md')).sort();

describe('the .md files of fixtures/', () => {
  it('finds them', () => {
    expect(MARKDOWN_FILES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(MARKDOWN_FILES)('%s reads as remark reads it', (name) => {
    const text = readFileSync(new URL(name, FIXTURES), 'utf8');
    expectSameTree(text);
    // The pipeline gives the reader LF line ends.
    expectSameTree(text.replace(/\r\n?/g, '\n'));
  });

  it('reads the golden documents partly on the plain path, never falling back to remark alone', () => {
    let chars = 0;
    let plain = 0;
    for (const name of MARKDOWN_FILES.filter((n) => n.includes('golden') && !n.endsWith('README.md'))) {
      const text = readFileSync(new URL(name, FIXTURES), 'utf8');
      const read = readMarkdownDetailed(text);
      expect(read.fellBack, name).toBe(false);
      expect(read.plainChars, name).toBeGreaterThan(0);
      chars += text.length;
      plain += read.plainChars;
    }
    expect(plain / chars).toBeGreaterThan(0.5);
  });
});

const PLAIN = 'Thực hiện chỉ đạo của Bộ Tài chính tại công văn số 11614/BTC-PC ngày 24/10/2023 về việc tăng cường kỷ cương.';
const PLAIN2 = 'Tổng cục Thuế yêu cầu các Vụ, Cục, đơn vị thuộc Tổng cục Thuế thực hiện (một số nội dung) như sau:';

const CASES: Array<[string, string]> = [
  ['empty string', ''],
  ['only blank lines', '\n\n  \n\t\n'],
  ['one plain line', PLAIN],
  ['one plain line and a newline', `${PLAIN}\n`],
  ['plain paragraphs', `${PLAIN}\n${PLAIN2}\n\n${PLAIN2}\n`],
  ['many blank lines at the end', `${PLAIN}\n\n\n\n`],
  ['blank lines with spaces at the end', `${PLAIN}\n  \n\t\n   `],
  ['leading blank lines', `\n\n   \n${PLAIN}\n\n${PLAIN2}`],
  ['one-character paragraphs', 'a\n\nb\n\nc'],
  ['a one-character paragraph at the end, no newline', `# Tiêu đề\n\nx`],
  ['fenced code with plain-looking paragraphs and blank lines inside', `${PLAIN}\n\n\`\`\`\n${PLAIN}\n\n${PLAIN2}\n\n\`\`\`\n\n${PLAIN2}\n`],
  ['tilde fence, closed by a longer fence', `~~~\n\n${PLAIN}\n\n~~~~~\n\n${PLAIN2}`],
  ['a shorter fence does not close', `\`\`\`\`\n\n${PLAIN}\n\n\`\`\`\n\n${PLAIN2}\n\n\`\`\`\`\n\n${PLAIN}`],
  ['unclosed fence', `${PLAIN}\n\n\`\`\`js\n\n${PLAIN}\n\n${PLAIN2}\n`],
  ['fence opened after a paragraph line', `${PLAIN}\n\`\`\`\n\n${PLAIN2}\n\n\`\`\`\n${PLAIN}`],
  ['backtick info string with a backtick is no fence', `\`\`\` a\`b\n\n${PLAIN}\n`],
  ['fence inside a list item, then a root fence', `- a\n  \`\`\`\n\n\`\`\`\n\n${PLAIN}\n\n\`\`\`\n\n${PLAIN2}`],
  ['fence in a block quote', `> \`\`\`\n> code\n\n${PLAIN}\n\n\`\`\`\n\n${PLAIN2}`],
  ['indented fence', `   \`\`\`\n\n${PLAIN}\n\n   \`\`\`\n\n${PLAIN2}`],
  ['html comment over blank lines', `${PLAIN}\n\n<!-- ghi chú\n\n${PLAIN}\n\n-->\n\n${PLAIN2}`],
  ['html comment closed on its line', `<!-- ghi chú -->\n\n${PLAIN}`],
  ['unclosed html comment', `<!--\n\n${PLAIN}\n\n${PLAIN2}`],
  ['<pre> block over blank lines', `<pre>\n\n${PLAIN}\n\n</pre>\n\n${PLAIN2}`],
  ['<script>, <style>, <textarea>', `<script>\n\n${PLAIN}\n</script>\n\n<STYLE>\n\n${PLAIN}\n\n</style>\n\n<textarea>\n\n${PLAIN2}\n</textarea>\n\n${PLAIN}`],
  ['processing instruction, declaration, CDATA', `<?php\n\n${PLAIN}\n?>\n\n<!DOCTYPE x\n\n${PLAIN}\n>\n\n<![CDATA[\n\n${PLAIN2}\n]]>\n\n${PLAIN}`],
  ['html block of kind 6 ends at a blank line', `<div>\n${PLAIN}\n\n${PLAIN2}\n</div>`],
  ['list followed by a plain paragraph', `- một\n- hai\n\n${PLAIN}\n`],
  ['loose list followed by a plain paragraph', `- một\n\n- hai\n\n${PLAIN}\n\n${PLAIN2}`],
  ['list item with an indented continuation after a blank line', `- ${PLAIN}\n\n  ${PLAIN2}\n\n${PLAIN}`],
  ['ordered list, then a plain paragraph, then an indented line', `1. một\n2. hai\n\n${PLAIN}\n\n  ${PLAIN2}\n`],
  ['plain paragraph between two lists', `- a\n\n${PLAIN}\n\n- b`],
  ['block quote, then plain', `> ${PLAIN}\n\n${PLAIN2}\n\n> ${PLAIN}`],
  ['lazy block quote line', `> ${PLAIN}\n${PLAIN2}\n\n${PLAIN}`],
  ['indented code, then plain', `    mã\n\n    mã\n\n${PLAIN}`],
  ['setext headings', `${PLAIN}\n===\n\n${PLAIN2}\n---\n\n${PLAIN}\n\nTiêu đề\n=\n`],
  ['a line with only --- after a paragraph', `${PLAIN}\n---\n${PLAIN2}\n\n${PLAIN}`],
  ['--- after a blank line', `${PLAIN}\n\n---\n\n${PLAIN2}`],
  ['ATX headings', `# ${PLAIN}\n\n${PLAIN2}\n\n## Hai ##\n${PLAIN}`],
  ['a table', `| Nơi nhận | Ký |\n| --- | --- |\n| a | b |\n\n${PLAIN}\n\n| x |\n|---|\n${PLAIN2}\n\n${PLAIN}`],
  ['a table without outer pipes', `a | b\n-|-\n1 | 2\n\n${PLAIN}`],
  ['tables of plain cells, built without remark: alignments, empty cells, more and fewer cells, no body', `| BỘ TÀI CHÍNH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|:-:|\n| Số: 1414/TCT-CS |  |\n||\n|a||b|\n\n${PLAIN}\n\n| a | b |\n| :--- | ---: |\n\n| x |\n|-|\n| y | z | w |`],
  ['tables remark must read: cells with syntax, a short delimiter row, trailing space, indentation, after a paragraph line', `| **a** | b |\n|---|---|\n\n| a | b |\n|---|\n\n| a |\n|---| \n\n | a |\n |---|\n\n${PLAIN}\n| a |\n|---|\n\n| a |\n|---|\n${PLAIN2}`],
  ['!, >, ~, # and = inside plain lines', `Điều 5 = 10% > 3! ~ 4 # x\n(% :#) a!b ~~c~~ d==\n\n- mục > một # hai\n\n${PLAIN}!\n![ảnh](a.png) và a![b](c)\n\nx\n===\n\na\n> b\n\n${PLAIN2}`],
  ['stray pipes of OCR text in plain paragraphs and list items', `2 | Antigua and Barbuda 27/07/2018\nA - Ngày ký Hiệp | Ngày hiệu\n\n${PLAIN} | a\n\n- mục | một\n- hai |\n\n${PLAIN2}`],
  ['pipes in a header row over each form of delimiter row', `a | b\n| --- | --- |\n\na | b\n--|--\n\na | b\n:-:|:-:\n\na | b\n   ---|---\n\n- a | b\n  --|--\n\n${PLAIN}`],
  ['pipes in a paragraph before and after a table', `x | y\n\n| a | b |\n|---|---|\nz | w\n\nx | y\n${PLAIN}`],
  ['yaml front matter', `---\ntitle: "CV 5029"\n\ncategory: Tax\n---\n\n${PLAIN}\n\n${PLAIN2}\n`],
  ['toml front matter', `+++\ntitle = "CV"\n\nx = 1\n+++\n\n${PLAIN}\n`],
  ['unclosed front matter', `---\ntitle: a\n\n${PLAIN}\n\n${PLAIN2}`],
  ['front matter that is a thematic break', `---\n\n${PLAIN}\n\n---\n\n${PLAIN2}`],
  ['empty front matter, and front matter alone', `---\n---\n${PLAIN}`],
  ['front matter alone, no line end after its fence', `---\na: 1\n---`],
  ['front matter with spaces and tabs after its fences, tabs and blank lines inside', `--- \t\n\ta: 1\n\n  b: "x"\n\n---\t \n${PLAIN}\n\n${PLAIN2}`],
  ['four dashes open no front matter, nor close one', `----\na: 1\n---\n\n${PLAIN}\n\n---\na: 1\n----\n${PLAIN}\n---\n\n${PLAIN2}`],
  ['a fence with text after it closes no front matter', `---\na: 1\n--- x\n${PLAIN}\n---\n${PLAIN2}`],
  ['front matter, then at once a paragraph, a rule, a list, indented code', `---\na: 1\n---\n${PLAIN}\n---\n\n---\nb: 2\n---\n---\n\n---\n---\n- một\n- hai\n\n+++\n+++\n    mã\n\n${PLAIN2}`],
  ['front matter not on the first line', `\n---\na: 1\n---\n\n${PLAIN}`],
  ['front matter, then plain text only', `---\ntitle: "CV"\n---\n\nKý bởi: Tổng cục Thuế\nThời gian ký: 10.11.2023 15:36\n\n${PLAIN}\n\n- một\n- hai\n`],
  ['headings and starred lines of plain text, alone in their blocks or not', `*Source: https://thuvienphapluat.vn/cong-van/a-b-1.aspx*\n\n# V/v hỗ trợ\n\n${PLAIN}\n\n*Đồng Nai, ngày 12 tháng 10 năm 2022*\n\n***Nơi nhận:***\n\n- Như trên;\n\n**Lê Quang Trung**\n\n###### sáu\n\n#   ba dấu cách\n\n# a\n${PLAIN}\n\n*a*\n---\n\n**b**\n${PLAIN2}\n\n*(ký)*\n\n**a.**\n\n*\u00a0a*\n\n*a\u00a0*\n\n* a*\n\n*a *\n\n**a*\n\n*a**\n\n****a****\n\n# C#\n\n## #\n\n#\n\n# \n\n- *a*\n\n> # a`],
  ['items of one list across blank lines, read as one run', `Nơi nhận:\n\n1. ${PLAIN}\n\n2. ${PLAIN2}\n3. hai\n\n\n4. ba\n\n${PLAIN}\n\n- a\n- b\n- c\n\n+ d\n\n+ e`],
  ['a group whose last item goes on: lazy line, indented paragraph, nested list, code', `- a\n- b\n${PLAIN}\n\n  ${PLAIN2}\n\n- c\n- d\n  - lồng\n\n1. x\n2. y\n\n       mã\n\n${PLAIN}`],
  ['items of one list at two text columns, and numbers with two delimiters', `9. chín\n10. mười\n11. mười một\n\n1. a\n2) b\n3) c\n\n- a\n+ b\n- c`],
  ['a group in a block quote, after a paragraph, and an item with syntax among plain ones', `> - a\n> - b\n\n${PLAIN}\n- a\n- b\n\n- a\n\n- **b**\n\n- c\n- d\n\n* e\n* f`],
  ['paragraphs with hard line breaks, wrapped in asterisks or not', `Số: 6764 /SYT-VP  \nV/v khắc phục tình trạng cán bộ,  \ncông chức, viên chức nghỉ việc,  \nthôi việc\n\n**KT.GIÁM ĐỐC  \nPHÓ GIÁM ĐỐC**\n\n*Hà Nội,\nngày 1*\n\n***a   \nb  \nc***\n\na  \nb \nc\n\na  \n- b\n\n**a  \nb**  \n\n**a\n1. b**\n\n*a  \n  b*\n\n**a  \n**\n\na  \n===\n\n*a\n\n${PLAIN}  \n${PLAIN2}`],
  ['a list of one-to-nine-digit numbers and a group before a table', `1. a\n\n2. b\n| x | y |\n|---|---|\n\n123456789. a\n123456789. b`],
  ['a reference definition used across blank lines', `[nd]: https://example.com\n\n${PLAIN}\n\nXem [nd] và [văn bản][nd].\n\n${PLAIN2}`],
  ['a definition after its use', `Xem [nd].\n\n${PLAIN}\n\n[nd]: /a "tiêu đề"\n\n${PLAIN2}`],
  ['hard breaks with two trailing spaces', `${PLAIN}  \n${PLAIN2}\n\n${PLAIN}\n\n${PLAIN2}  \n`],
  ['one trailing space', `${PLAIN} \n${PLAIN2}\n\n${PLAIN}`],
  ['backslash hard break', `${PLAIN}\\\n${PLAIN2}\n\n${PLAIN}`],
  ['trailing spaces at the end of the text', `${PLAIN}\n\n${PLAIN2}   `],
  ['leading spaces on a continuation line', `${PLAIN}\n   ${PLAIN2}\n\n${PLAIN}`],
  ['a tab inside a line', `Số:\t12/UBND\n\n${PLAIN}`],
  ['Vietnamese text, decomposed', `${PLAIN.normalize('NFD')}\n\n${PLAIN2.normalize('NFD')}`],
  ['list items with plain text, lazy lines, several lists', `- ${PLAIN}\n${PLAIN2}\n- ${PLAIN2}\n\n1. ${PLAIN}\n2. ${PLAIN2}\n${PLAIN}\n\n3) ba\n\n+ ${PLAIN}\n\n${PLAIN2}\n\n- a\n+ b\n1. c\n1) d`],
  ['loose list items, an item after a paragraph', `- ${PLAIN}\n\n- ${PLAIN2}\n\n\n- x\n\n${PLAIN}\n- ${PLAIN2}\n\n${PLAIN}\n1. ${PLAIN2}\n\n${PLAIN}\n2. không phải mục`],
  ['list items and indented continuations', `- ${PLAIN}\n  ${PLAIN2}\n- ${PLAIN}\n\n  ${PLAIN2}\n\n- a\n\n    mã\n\n1. ${PLAIN}\n   ${PLAIN2}\n\n10. x\n\n    y`],
  ['items that are not plain', `-  hai dấu cách\n\n- - -\n\n- 1. lồng\n\n1.  a\n\n- # h\n\n-\n\n- \n\n1234567890. dài\n\n+ \`a\`\n\n- ${PLAIN}  \n${PLAIN2}`],
  ['an item, then a lazy line that would be a setext underline or a rule', `- ${PLAIN}\n---\n\n- ${PLAIN}\n===\n\n1. a\n***\n\n- a\n-b`],
  ['items in a block quote and nested lists', `> - ${PLAIN}\n- ${PLAIN2}\n\n- a\n  - b\n- c\n\n1. a\n   1. b\n\n   c`],
  ['a fenced code block in an item over blank lines', `- \`\`\`\n\n  - ${PLAIN}\n\n- ${PLAIN2}\n  \`\`\`\n\n- ${PLAIN}`],
  ['an item list ending the text', `${PLAIN}\n\n- ${PLAIN2}\n- x`],
  ['lines starting with numbers', `1980. Năm thành lập\n\n${PLAIN}\n\n2) thứ hai\n\n12 tháng 11 năm 2023\n\n${PLAIN2}\n1980. tiếp\n\n12.5 triệu đồng\n\n1234567890. số dài\n\n2.1. Tiến hành xem xét\n\n1.1. một\n1.2. hai\n\n3.\n\n${PLAIN}\n4.\n\n5.x\n\n6)y`],
  ['an ordered list of 1 interrupting a paragraph', `${PLAIN}\n1. một\n\n${PLAIN2}`],
  ['plus and minus at a line start', `+ một\n\n${PLAIN}\n\n-không\n\n+không\n\n${PLAIN2}\n-tiếp`],
  ['emphasis, strong, code, escapes, entities', `*${PLAIN}*\n\n**Điều 1.** ${PLAIN2}\n\n\`mã\` \\* &amp; &#273;\n\n${PLAIN}`],
  ['links, images, autolinks, inline html', `[a](b) ![c](d) <https://e.vn> <b>đ</b>\n\n${PLAIN}`],
  ['underscores and tildes in a line', `a_b_c ~~d~~\n\n${PLAIN}`],
  ['lines opening with - + = : that open no block: page marks, phone numbers, OCR noise', `${PLAIN}\n--- PAGE BREAK ---\n${PLAIN2}\n\n--- PAGE BREAK ---\n\n-abc\n+84 912 345 678\n= Văn phòng Chủ tịch nước;\n:x\n\n- một\n--- PAGE BREAK ---\n-- hai\n\n1. a\n+b\n=c`],
  ['lines opening with - + = : that open a block stay with remark', `${PLAIN}\n-- --\n\n${PLAIN}\n=== =\n\n${PLAIN2}\n- -\n\na | b\n--|--\n\n${PLAIN}\n-\tb\n+\n=\n:-|-:\n\n${PLAIN}\n---a\n===b\n`],
  ['"*" items: alone, after a paragraph, beside "-" items; a thematic break and emphasis are not items', `* ${PLAIN}\n* ${PLAIN2}\n\n${PLAIN}\n* một\n- hai\n+ ba\n\n* * *\n\n*a*\n\n* *đậm*\n\n*  hai\n\n* x\n${PLAIN}\n\n- a\n\n* b`],
  ['"<" that opens nothing, and "<" that may open an autolink or HTML', `(ees 2®) <<\n\na < b và c <\n\n${PLAIN} <Đ\n\na <b> c\n\n<https://a.vn>\n\na <https://a.vn> b\n\na <1@x.vn> b\n\na <=b\n\na </p> b\n\na <!-- x --> b\n\na <? b ?>\n\n- a <<\n\n# a < b\n\n*a < b*\n\na <\t>`],
  ['"&" that is text, and character references', `Bộ LĐTB&XH; Sở KH&ĐT, Bộ VH,TT&DL\n\na & b, a &; b, a &#; b, a &#x; b\n\n&amp; &copy; &Dcaron; &#273; &#x111; &#X111;\n\na&amp b &12345678; c &#12345678; d &#x1234567; e\n\n&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;\n\n| Nơi nhận: - Bộ LĐTB&XH; | TM. ỦY BAN |\n|---|---|\n| a &amp; b | c |\n\n- KH&CN\n\n# a & b`],
  ['"_" runs that cannot open emphasis, and runs that may', `3_ | Argentina 03/11/2011\n5__| Australia\n15_| China\n21 | Cyprus —_\n25 | Dominican Republic |_ 28/06/2016\n\na_b_c\n\n_a_\n\n__đậm__\n\na _b\n\n(_a_)\n\na_ b _c\n\nx_\u00a0y\n\nx_.y\n\n._a\n\né_|\n\n| 3_ | a |\n|---|---|\n\n- 5__| b`],
  ['a colon at a line start', `${PLAIN}\n:---\n\n:x\n\n${PLAIN2}`],
  ['a NUL character', `${PLAIN}\u0000\n\n${PLAIN2}`],
  ['a carriage return', `${PLAIN}\r\n\r\n${PLAIN2}\r${PLAIN}`],
  ['a byte order mark', `\ufeff${PLAIN}\n\n${PLAIN2}`],
  ['lone surrogates and other code points', `a\ud800b\n\n\u00a0${PLAIN}\u00a0\n\n\u2028\u200b\ufffd\n\n${PLAIN2}\u000b\f`],
  ['a form feed line', `${PLAIN}\n\f\n${PLAIN2}`],
  ['a deep block quote, then plain paragraphs', `${'> '.repeat(1000)}${PLAIN}\n\n${PLAIN2}\n\n- ${PLAIN}`],
  ['many runs between headings', `# a\n\n${PLAIN}\n\n`.repeat(300)],
  ['one line of x', 'x'],
  ['a paragraph of x between others', `${PLAIN}\n\nx\n\n${PLAIN2}\n\nx`],
];

describe('cases that could trip the split', () => {
  it.each(CASES)('%s', (_label, text) => {
    expectSameTree(text);
  });
});

describe('a placeholder that remark does not read as a paragraph of its own', () => {
  it.each<[string, string]>([
    // The scan takes the indented fence for a root fence and the root fence for its closing one.
    ['a fence in a list item, then a root fence', `- a\n  \`\`\`\n\n\`\`\`\n\n${PLAIN}\n\n\`\`\`\n\n${PLAIN2}`],
    ['a fence line inside an HTML block of kind 6', `<div>\n\`\`\`\n\n${PLAIN}\n\n\`\`\`\n\n${PLAIN}\n\n\`\`\`\n\n${PLAIN2}`],
  ])('%s: remark reads the whole text', (_label, text) => {
    const read = readMarkdownDetailed(text);
    expect(read.fellBack).toBe(true);
    expect(read.tree).toStrictEqual(remark(text));
  });
});

describe('findPlainRuns', () => {
  it('keeps out a paragraph inside an open fence or HTML block, and front matter', () => {
    const text = `---\na: 1\n---\n\n${PLAIN}\n\n\`\`\`\n\n${PLAIN}\n\n\`\`\`\n\n${PLAIN2}\n\n<!--\n\n${PLAIN}\n\n-->\n\n${PLAIN}`;
    const blocks = findPlainRuns(text).flatMap((run) => run.blocks.map((b) => text.slice(b.start, b.end)));
    expect(blocks).toEqual([PLAIN, PLAIN2, PLAIN]);
  });

  it('joins plain paragraphs with only blank lines between them into one run; an item is a run of its own', () => {
    const text = `> a\n\n${PLAIN}\n\n  \n${PLAIN2}\n\n- b\n\n${PLAIN}`;
    expect(findPlainRuns(text).map((run) => [run.item, run.blocks.length])).toEqual([[false, 2], [true, 1], [false, 1]]);
  });

  it('takes a one-line heading or starred line of plain text as a block of its run, and leaves the others', () => {
    const text = `*Source: https://thuvienphapluat.vn/a-b.aspx*\n\n# V/v báo cáo\n\n${PLAIN}\n\n***Nơi nhận:***\n\n**Lê Quang Trung**\n\n# a\nb\n\n*a*\n===\n\n* a*\n\n**a*\n\n# kết thúc #\n\n####### bảy\n\n#không\n\n*_a_*`;
    const blocks = findPlainRuns(text).flatMap((run) => run.blocks.map((b) => [text.slice(b.start, b.end), b.heading?.depth ?? b.stars ?? 0]));
    expect(blocks).toEqual([
      ['*Source: https://thuvienphapluat.vn/a-b.aspx*', 1],
      ['# V/v báo cáo', 1],
      [PLAIN, 0],
      ['***Nơi nhận:***', 3],
      ['**Lê Quang Trung**', 2],
    ]);
  });

  it('takes paragraphs with stray pipes, and leaves a table and its header row to remark', () => {
    const text = `2 | Antigua 27/07/2018\n3 | Argentina\n\na | b\n--|--\n1 | 2\n\n- mục | một`;
    expect(findPlainRuns(text).map((run) => text.slice(run.start, run.end))).toEqual(['2 | Antigua 27/07/2018\n3 | Argentina', 'mục | một']);
  });

  it('takes a pipe table of plain cells, with its alignment and rows, and leaves one with syntax in a cell', () => {
    const text = `| Số: 12 | Hà Nội |\n|:--|--:|\n| a |\n\n| **b** |\n|---|`;
    const runs = findPlainRuns(text);
    expect(runs.map((run) => text.slice(run.start, run.end))).toEqual(['| Số: 12 | Hà Nội |\n|:--|--:|\n| a |']);
    expect(runs[0]!.blocks[0]!.table).toEqual({ align: ['left', 'right'], rows: [{ line: 1, pipes: [0, 9, 18] }, { line: 3, pipes: [30, 34] }] });
  });

  it('takes the text of list items with a plain paragraph, lazy lines included', () => {
    const text = `1. ${PLAIN}\n${PLAIN2}\n2) hai\n\n- ${PLAIN}\n+ ${PLAIN2}\n\n- **đậm**\n- ${PLAIN}\n\n-  hai dấu cách\n\n1234567890. x\n\n${PLAIN}\n- ${PLAIN2}`;
    const items = findPlainRuns(text).map((run) => [run.item, text.slice(run.start, run.end)]);
    expect(items).toEqual([
      [true, `${PLAIN}\n${PLAIN2}`],
      [true, 'hai'],
      [true, PLAIN],
      [true, PLAIN2],
      // A bullet item interrupts the paragraph before it: both are runs.
      [false, PLAIN],
      [true, PLAIN2],
    ]);
  });

  it('ends a paragraph where a list item interrupts it: a bullet, or 1. / 1) alone; not after a pipe', () => {
    const text = `${PLAIN}\n- một\n- hai\n\n${PLAIN2}\n1) một\n\n${PLAIN}\n2. hai\n\n${PLAIN}\n10. mười\n\na | b\n- một\n\n${PLAIN2}\n${PLAIN}\n+ một`;
    const runs = findPlainRuns(text).map((run) => [run.item, run.blocks.map((b) => text.slice(b.start, b.end))]);
    expect(runs).toEqual([
      [false, [PLAIN]],
      [true, ['một', 'hai']],
      [false, [PLAIN2]],
      [true, ['một']],
      // "2. hai" and "10. mười" do not interrupt, and are no plain lines: their blocks, and "a | b", stay with remark.
      [false, [`${PLAIN2}\n${PLAIN}`]],
      [true, ['một']],
    ]);
    expectSameTree(text);
  });

  it('makes consecutive items of one list one run, one block per item, and no other', () => {
    const text = `1. một\n\n2. hai\n${PLAIN}\n3. ba\n\n- a\n- b\n+ c\n\n9. chín\n10. mười\n\n- x\n\n${PLAIN}\n\n- y`;
    const runs = findPlainRuns(text).map((run) => [run.item, run.blocks.map((b) => text.slice(b.start, b.end))]);
    expect(runs).toEqual([
      [true, ['một', `hai\n${PLAIN}`, 'ba']],
      [true, ['a', 'b']],
      [true, ['c']],
      [true, ['chín']],
      [true, ['mười']],
      [true, ['x']],
      [false, [PLAIN]],
      [true, ['y']],
    ]);
  });
});

/** Lines of a random document: plain Vietnamese lines, and lines with markdown syntax of every kind. */
const PLAIN_LINES = [
  'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
  'Bộ Tài chính đề nghị các đơn vị khẩn trương triển khai thực hiện.',
  'Nơi nhận:',
  'KT. BỘ TRƯỞNG',
  'THỨ TRƯỞNG',
  'Số: 4222/TCT-PC',
  'Hà Nội, ngày 09 tháng 11 năm 2023',
  '12 tháng 11',
  '(đã ký)',
  'x',
  'a',
  'V/v tăng cường kỷ cương, kỷ luật',
  'Điều 1. Ban hành kèm theo Quyết định này',
  'thuế liên quan: "trả lời" theo quy định; 100% (một trăm) + 5',
];
const MARKDOWN_LINES = [
  '```', '```js', '````', '~~~', '~~~~', ' ```', '   ~~~', '    ```', '``` a`b',
  '- mục một', '-', '- ', '+ mục', '* mục', '1. một', '2) hai', '1980. năm', '1)', '  - lồng', '   tiếp tục',
  '- Các Vụ, Cục, đơn vị thuộc Tổng cục Thuế;', '+ Cục Thuế các tỉnh', '1. Một số lưu ý trong việc tiếp nhận:', '10) mười', '-  hai',
  '1.  hai', '2.1. Tiến hành xem xét', '1.1.', '3.', '4)', '5.x', '- - -', '- 1. lồng', '- # h', '1234567890. dài', '- x', '1. x', '- **đậm**', '- a  ', '  1. thụt', '   - ba dấu cách',
  '# Tiêu đề', '## Hai ##', '#không', '| a | b |', '| --- | --- |', '|---|', 'a | b', '-|-', ':-:',
  '*nhấn*', '**đậm**', '***cả hai***', '*Source: https://a.vn/b-c.aspx*', '*(ký)*', '**a.**', '*a *', '* a*', '**a*', '*a**', '****a****', '*\u00a0a*', '*a\u2003*',
  '**KT. GIÁM ĐỐC  ', 'PHÓ GIÁM ĐỐC**', 'Số: 12/UBND  ', 'Số: 12/UBND   ', '*Hà Nội, ngày 1  ', 'tháng 3*', '***Nơi nhận:  ', 'hết.***', '**  ', 'a**  ',
  '# V/v báo cáo', '###### sáu', '####### bảy', '#  hai', '# C#', '# a #', '#\ta', '_a_', '> trích', '>', '    mã thụt', '  hai dấu cách', '\tthụt tab', 'cuối  ', 'cuối ',
  '---', '***', '___', '===', '+++', 'title: a', 'x = 1', '--- PAGE BREAK ---', '3_ | Argentina', '5__| Australia', 'a_b_c', '_a_', 'x _y', 'é_|', '|_ 28', 'Bộ LĐTB&XH;', 'a &amp; b', 'a &#273; b', 'KH&ĐT', '| a&b | c |', '(ees 2®) <<', 'a < b', 'a <b>', 'a <1@x.vn>', 'a <Đ', '* mục sao', '* * *', '* *đậm*', '-abc', '--a', '+84 912', '= Văn phòng', '=a', ':x', '-- --', '--|--', '= =', '---\t', '+++ ', '<!-- chú thích', '-->', '<pre>', '</pre>', '<div>', '</div>',
  '<script>', '</script>', '<?php', '?>', '<!DOCTYPE', '>', '<![CDATA[', ']]>', '[x]: http://a.vn', '[x]', '[^1]: chú',
  'a\\', '&amp; &#273;', '`mã`', '![ảnh](a.png)', '<https://a.vn>', 'a~~b~~', 'ký bởi: \u0000', 'a\u00a0b',
];
const line = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PLAIN_LINES) },
  { weight: 4, arbitrary: fc.constantFrom(...MARKDOWN_LINES) },
  { weight: 3, arbitrary: fc.constantFrom('', '', '  ', '\t') },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', 'ế', ' ', '\t', '-', '*', '|', '`', '~', '<', '>', '#', '1', '.', ')', '[', ']', ':', '=', '\\', '!') , maxLength: 8 }) },
);
/** Mostly list items whose text is a plain line, and plain lines (lazy continuations), with some markdown. */
const itemLine = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom('- ', '+ ', '1. ', '2. ', '1) ', '3) ', '10. ', '-  ', '* '), fc.constantFrom(...PLAIN_LINES)).map(([marker, text]) => marker + text) },
  { weight: 4, arbitrary: fc.constantFrom(...PLAIN_LINES) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKDOWN_LINES) },
  { weight: 1, arbitrary: fc.constantFrom('  ', '   tiếp', '  - lồng', '    mã') },
);
const gap = fc.constantFrom('\n\n', '\n\n', '\n \n', '\n\n\n');
const ending = fc.constantFrom('', '\n', '\n\n', '\n  \n');
/** Blocks of one to `lines` lines drawn from `kind`, with blank lines between them. */
const blocks = (kind: fc.Arbitrary<string>, lines: number) =>
  fc
    .tuple(fc.array(fc.tuple(fc.array(kind, { minLength: 1, maxLength: lines }), gap), { maxLength: 12 }), ending)
    .map(([list, end]) => list.map(([block, blank]) => block.join('\n') + blank).join('') + end);
/** Pipe tables: a header, a delimiter row (with as many cells, or not), body rows, and lines that are not rows. */
const cell = fc.constantFrom('', ' ', '  ', ' a ', 'Số: 12', ' Hà Nội, ngày 1 ', 'BỘ TÀI CHÍNH -------', ' - ', ' # x ', ' 1. ', ' : ', '---', ' **b** ', ' `c` ', ' a\\', '\t', ' ế ');
const delimiterCell = fc.constantFrom('---', ' --- ', ':-', '-:', ' :-: ', '-', '  ', ':', ' -- -');
const rowOf = (cells: fc.Arbitrary<string>) =>
  fc.tuple(fc.array(cells, { minLength: 1, maxLength: 4 }), fc.constantFrom('|', '', '| ', ' |', '|  '), fc.constantFrom('|', '|', '| ', '')).map(([cs, open, close]) => open + cs.join('|') + close);
const tableBlock = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: -1, max: 1 }), fc.array(fc.oneof({ weight: 6, arbitrary: rowOf(cell) }, { weight: 1, arbitrary: fc.constantFrom(...PLAIN_LINES, '- mục', '# h', '> q', '') }), { maxLength: 4 }))
  .chain(([n, skew, body]) =>
    fc.tuple(fc.array(cell, { minLength: n, maxLength: n }), fc.array(delimiterCell, { minLength: Math.max(1, n + skew), maxLength: Math.max(1, n + skew) })).map(
      ([head, delimiter]) => [`|${head.join('|')}|`, `|${delimiter.join('|')}|`, ...body].join('\n'),
    ),
  );
const tableDocument = fc
  .tuple(fc.array(fc.tuple(fc.oneof({ weight: 3, arbitrary: tableBlock }, { weight: 2, arbitrary: fc.constantFrom(...PLAIN_LINES) }, { weight: 1, arbitrary: line }), fc.constantFrom('\n\n', '\n', '\n \n')), { maxLength: 6 }), ending)
  .map(([list, end]) => list.map(([block, sep]) => block + sep).join('') + end);
/**
 * Lists of one marker kind (so that items of one list come in runs), items apart or across blank lines, now and
 * then a lazy line, an item with syntax, or something indented after an item (a paragraph, a nested list, code),
 * between plain paragraphs.
 */
const listItemText = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PLAIN_LINES) }, { weight: 1, arbitrary: fc.constantFrom(...MARKDOWN_LINES) });
const afterItem = fc.oneof(
  { weight: 8, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom(...PLAIN_LINES).map((t) => `\n${t}`) },
  { weight: 1, arbitrary: fc.constantFrom('\n\n  tiếp theo', '\n  - lồng', '\n   1. lồng', '\n\n      mã', '\n\n\tmã', '\n---', '\n===') },
);
const list = fc
  .tuple(fc.constantFrom('-', '+', '*', '.', ')'), fc.constantFrom(0, 1, 8, 98), fc.array(fc.tuple(listItemText, afterItem, fc.constantFrom('\n', '\n', '\n\n', '\n \n', '\n\n\n')), { minLength: 1, maxLength: 8 }))
  .map(([kind, first, items]) => items.map(([t, after, gap], i) => `${kind === '.' || kind === ')' ? `${first + i + 1}${kind}` : kind} ${t}${after}${gap}`).join(''));
const listDocument = fc
  .tuple(fc.array(fc.oneof({ weight: 3, arbitrary: list }, { weight: 1, arbitrary: fc.constantFrom(...PLAIN_LINES).map((t) => `${t}\n\n`) }, { weight: 1, arbitrary: line.map((t) => `${t}\n`) }), { maxLength: 5 }), ending)
  .map(([parts, end]) => parts.join('') + end);
/** Lines drawn one by one, blocks of lines (more plain paragraphs), blocks of list items (more items), tables, lists. */
const documents = fc.oneof(
  fc.tuple(fc.array(line, { maxLength: 40 }), ending).map(([lines, end]) => lines.join('\n') + end),
  blocks(line, 4),
  blocks(itemLine, 5),
  tableDocument,
  listDocument,
);

const RUNS = runs(1);

describe(`random documents (${RUNS} cases)`, () => {
  it(
    'read as remark reads them',
    () => {
      fc.assert(
        fc.property(documents, (text) => {
          expectSameTree(text);
        }),
        parameters(RUNS),
      );
    },
    timeout(RUNS, 5),
  );
});
