#!/usr/bin/env node
/**
 * Corpus evaluation: runs the built parser (dist/index.js) over the hand-checked corpus
 * (../shared/corpus) and the seeds (../shared/seeds), and prints per-field accuracy.
 *
 *   npm run eval                      build, then score every document
 *   node scripts/eval.js --json       machine-readable results on stdout
 *   node scripts/eval.js --save-baseline   also write eval/baseline.json
 *   node scripts/eval.js --doc 005    one document: truth next to record (seeds: --doc seed/001)
 *   node scripts/eval.js -v           per-document lines also show truth / record for each miss
 *
 * Without --save-baseline, an existing eval/baseline.json is compared: documents that gained or
 * lost fields (loose) are listed. Env CONGVAN_SHARED overrides the location of shared/; `npm run eval:extra`
 * scores the second set kept in the repository (eval/extra, its baseline eval/extra/baseline.json).
 * Exit codes: 0 scored, 2 could not run (shared/ or dist/ missing, bad option).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { FIELDS, aggregate, diffBaseline, scoreDoc, toBaseline } from './eval-lib.js';

// A closed pipe (`npm run eval | head`) is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** How the truth conventions are applied (also printed under --json). */
const CONVENTIONS = {
  loose: 'NFC, lower case, punctuation/symbols → space, whitespace collapsed, Ð→đ, old-style tone placement (hoà/thuỷ) folded; diacritics kept',
  unrecoverable: 'fields in _unrecoverable are left out of the table and scored apart: right when the record abstains (null / [])',
  ocrCorrected: 'exact needs the real value; loose also accepts the printed OCR form given in _ocrCorrected',
  datePartial: 'date is expected null (the truth date is null); datePartial itself is not scored',
  numberRaw: 'scored as extra field numberRaw ↔ record.number.raw (whitespace ignored)',
  distribution: 'truth minus the Lưu item ↔ record.distribution; the Lưu item → archive holders ↔ record.archive.holders',
  tasks: 'scored only where the truth lists tasks; record task i must start with truth prefix i, counts equal',
  nullLists: 'truth null for recipients/distribution/signer/numberParts means [] / all-null',
};

function fail(message) {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      'save-baseline': { type: 'boolean', default: false },
      doc: { type: 'string', multiple: true },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }).values;
} catch (e) {
  fail(`${e.message} (see --help)`);
}
if (args.help) {
  process.stdout.write(
    'usage: node scripts/eval.js [--json] [--save-baseline] [--doc ID]... [-v]\n' +
      '  IDs: corpus 001-032, seeds seed/000-seed/004. Env CONGVAN_SHARED=path/to/shared\n',
  );
  process.exit(0);
}
const docFilter = (args.doc ?? []).flatMap((d) => d.split(',')).map((d) => d.trim()).filter(Boolean);
if (args['save-baseline'] && docFilter.length) fail('--save-baseline scores the whole corpus; drop --doc');

// --- locate inputs --------------------------------------------------------------------------

const SHARED = resolve(process.env.CONGVAN_SHARED ?? join(ROOT, '..', 'shared'));
if (!existsSync(SHARED)) fail(`shared directory not found at ${SHARED} (set CONGVAN_SHARED)`);
// A set kept in the repository (eval/extra) keeps its baseline beside it; ../shared's is eval/baseline.json.
const BASELINE = SHARED.startsWith(join(ROOT, 'eval') + '/') ? join(SHARED, 'baseline.json') : join(ROOT, 'eval', 'baseline.json');

/** [{ id, set, file, truthFile }] for the corpus and the seeds that exist. */
function listDocs() {
  const docs = [];
  const sets = [
    { set: 'corpus', truthDir: join(SHARED, 'corpus', 'truth'), docDir: join(SHARED, 'corpus', 'docs'), prefix: '' },
    { set: 'seeds', truthDir: join(SHARED, 'seeds', 'truth'), docDir: join(SHARED, 'seeds'), prefix: 'seed/' },
  ];
  for (const { set, truthDir, docDir, prefix } of sets) {
    if (!existsSync(truthDir) || !existsSync(docDir)) {
      process.stderr.write(`eval: ${relative(process.cwd(), truthDir)} missing, ${set} skipped\n`);
      continue;
    }
    const docFiles = readdirSync(docDir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
    for (const name of readdirSync(truthDir).filter((n) => n.endsWith('.json')).sort()) {
      const stem = name.slice(0, -'.json'.length);
      const file = docFiles.find((f) => f.slice(0, f.lastIndexOf('.')) === stem);
      // Seeds are NNN_hash: the id keeps NNN, the hash is still accepted by --doc.
      const short = set === 'seeds' ? stem.split('_')[0] : stem;
      docs.push({ id: prefix + short, stem, set, file: file ? join(docDir, file) : null, truthFile: join(truthDir, name) });
    }
  }
  return docs;
}

let docs = listDocs();
if (docs.length === 0) fail(`no truth files under ${SHARED}/corpus/truth or ${SHARED}/seeds/truth`);

if (docFilter.length) {
  const picked = [];
  for (const want of docFilter) {
    const w = want.replace(/^seeds\//, 'seed/').replace(/\.(json|txt|md)$/, '');
    const hit =
      docs.find((d) => d.id === w) ??
      docs.find((d) => d.set === 'seeds' && (d.stem === w || d.stem.startsWith(`${w}_`) || `seed/${d.stem}` === w));
    if (!hit) fail(`no document "${want}" (corpus: ${docs.filter((d) => d.set === 'corpus').map((d) => d.id).join(' ')}; seeds: seed/NNN)`);
    if (!picked.includes(hit)) picked.push(hit);
  }
  docs = picked;
}

const distEntry = join(ROOT, 'dist', 'index.js');
if (!existsSync(distEntry)) fail('dist/index.js not found: run `npm run build` (or `npm run eval`)');
const { parseDispatch } = await import(pathToFileURL(distEntry).href);
if (typeof parseDispatch !== 'function') fail('dist/index.js does not export parseDispatch');

// --- run -------------------------------------------------------------------------------------

const started = performance.now();
const results = [];
for (const doc of docs) {
  const truth = JSON.parse(readFileSync(doc.truthFile, 'utf8'));
  let record = null;
  let error = null;
  const t0 = performance.now();
  try {
    if (!doc.file) throw new Error(`no document file for ${doc.stem}`);
    record = await parseDispatch(readFileSync(doc.file), { file: doc.file });
    if (record && typeof record === 'object' && 'error' in record && record.error) {
      error = `error record: ${record.error.code ?? ''} ${record.error.message ?? ''}`.trim();
      record = null;
    } else if (!record || typeof record !== 'object') {
      error = `parseDispatch returned ${record === null ? 'null' : typeof record}`;
      record = null;
    }
  } catch (e) {
    error = `${e?.name ?? 'Error'}: ${e?.message ?? String(e)}`.split('\n')[0];
    record = null;
  }
  const ms = performance.now() - t0;
  results.push({ ...doc, truth, record, ms, result: scoreDoc(truth, record, error) });
}
const elapsed = performance.now() - started;
const summary = aggregate(results);

const baselineExists = existsSync(BASELINE);
let baselineDiff = null;
let baselineMeta = null;
if (!args['save-baseline'] && baselineExists) {
  try {
    const baseline = JSON.parse(readFileSync(BASELINE, 'utf8'));
    baselineMeta = { savedAt: baseline.savedAt ?? null };
    baselineDiff = diffBaseline(baseline, results, docFilter.length ? null : summary);
  } catch (e) {
    process.stderr.write(`eval: cannot read ${relative(process.cwd(), BASELINE)}: ${e.message}\n`);
  }
}
if (args['save-baseline']) {
  mkdirSync(dirname(BASELINE), { recursive: true });
  writeFileSync(BASELINE, `${JSON.stringify(toBaseline(results, summary, { savedAt: new Date().toISOString() }), null, 2)}\n`);
}

// --- output ----------------------------------------------------------------------------------

const pct = (x) => (x === null || x === undefined ? '   -  ' : `${(100 * x).toFixed(1).padStart(5)}%`);
const short = (v, max = 70) => {
  const s = v === undefined ? 'undefined' : JSON.stringify(v);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

const lines = [];
const say = (s = '') => lines.push(s);

if (args.json) {
  const out = {
    shared: SHARED,
    elapsedMs: Math.round(elapsed),
    conventions: CONVENTIONS,
    summary,
    docs: results.map((r) => ({
      id: r.id,
      file: r.file,
      ms: Math.round(r.ms),
      error: r.result.error,
      fields: Object.fromEntries(Object.entries(r.result.fields).map(([k, v]) => [k, { exact: !!v.exact, loose: !!v.loose, want: v.want, got: v.got, ...(k === 'tasks' ? { n: v.n, exactMatched: v.exactMatched, looseMatched: v.looseMatched } : {}) }])),
      unrecoverable: r.result.unrecoverable,
      ...(docFilter.length ? { record: stripPositions(r.record) } : {}),
    })),
    baseline: args['save-baseline'] ? { saved: BASELINE } : baselineDiff ? { ...baselineMeta, ...baselineDiff } : null,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} else {
  if (docFilter.length) for (const r of results) printDocDetail(r);

  say(`congvan eval — ${results.length} documents (${count('corpus')} corpus, ${count('seeds')} seeds) from ${SHARED}, ${Math.round(elapsed)} ms`);
  say();
  if (!docFilter.length) printTable();
  say('per document (fields right / scored, then the loose misses):');
  for (const r of results) say(docLine(r));
  say();

  if (args['save-baseline']) say(`baseline saved: ${relative(process.cwd(), BASELINE)}`);
  else if (baselineDiff) printBaselineDiff(baselineDiff);
  else if (!baselineExists) say(`no baseline (${relative(process.cwd(), BASELINE)}); save one with: node scripts/eval.js --save-baseline`);

  for (const r of results) {
    if (r.result.unknownUnrecoverable.length) process.stderr.write(`eval: ${r.id}: unmapped _unrecoverable: ${r.result.unknownUnrecoverable.join(' | ')}\n`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

// --- helpers ---------------------------------------------------------------------------------

function printTable() {
  const W = Math.max(...FIELDS.map((f) => f.name.length)) + 2;
  say(`${'field'.padEnd(W)}${'n'.padStart(4)}   ${'exact'.padStart(6)}   ${'loose'.padStart(6)}`);
  say('-'.repeat(W + 24));
  for (const f of FIELDS) {
    const s = summary.fields[f.name];
    say(`${(f.name + (f.extra ? '*' : '')).padEnd(W)}${String(s.n).padStart(4)}   ${pct(s.exact)}   ${pct(s.loose)}`);
  }
  say('-'.repeat(W + 24));
  say(`${'mean'.padEnd(W)}${''.padStart(4)}   ${pct(summary.mean.exact)}   ${pct(summary.mean.loose)}`);
  say();
  say(`* extra field, not in the mean. mean = average of the field rows.`);
  say(`task prefixes matched: exact ${pct(summary.tasks.exactRate)}, loose ${pct(summary.tasks.looseRate)} of ${summary.tasks.n}`);
  const rl = summary.references.loose;
  const re = summary.references.exact;
  say(`references (all docs): exact P ${pct(re.precision)} R ${pct(re.recall)} | loose P ${pct(rl.precision)} R ${pct(rl.recall)}  (${rl.tp} found of ${rl.truth}, ${rl.record} returned)`);
  say(`unrecoverable (_unrecoverable, scored apart: right = parser returned null/[]): ${summary.unrecoverable.abstained}/${summary.unrecoverable.n} abstained`);
  say(`loose = NFC, case-folded, punctuation→space, whitespace collapsed, diacritics kept; for OCR docs loose also accepts the printed form in _ocrCorrected.`);
  const errors = results.filter((r) => r.result.error);
  if (errors.length) say(`parser errors: ${errors.length} document(s), scored all-wrong`);
  say();
}

function count(set) {
  return results.filter((r) => r.set === set).length;
}

function docLine(r) {
  const id = r.id.padEnd(9);
  if (r.result.error) return `${id}ERROR  ${r.result.error}`;
  const entries = Object.entries(r.result.fields);
  const ok = entries.filter(([, v]) => v.loose).length;
  const misses = entries.filter(([, v]) => !v.loose).map(([k, v]) => (k === 'tasks' ? `tasks(${v.looseMatched}/${v.n})` : k));
  const guessed = Object.entries(r.result.unrecoverable).filter(([, u]) => !u.abstained).map(([k]) => k);
  let line = `${id}${`${ok}/${entries.length}`.padStart(5)}  ${misses.length ? misses.join(' ') : 'ok'}`;
  if (guessed.length) line += `  [unrecoverable but guessed: ${guessed.join(' ')}]`;
  if (args.verbose) {
    const pad = ' '.repeat(11);
    for (const [k, v] of entries.filter(([, v]) => !v.loose)) {
      line += `\n${pad}${k.padEnd(22)} want ${short(v.want)}\n${pad}${''.padEnd(22)} got  ${short(v.got)}`;
    }
  }
  return line;
}

function printDocDetail(r) {
  const { truth, result } = r;
  say(`=== ${r.id}  ${r.file ?? '(no file)'}  ${Math.round(r.ms)} ms`);
  if (result.error) say(`ERROR  ${result.error}`);
  const notes = truth._notes ?? truth.notes;
  if (notes) say(`notes: ${notes}`);
  if (truth.datePartial) say(`datePartial: ${truth.datePartial} (date expected null)`);
  if (truth._ocrCorrected) say(`_ocrCorrected: ${JSON.stringify(truth._ocrCorrected)}`);
  if (truth._unrecoverable) say(`_unrecoverable: ${JSON.stringify(truth._unrecoverable)}`);
  say();
  const w = Math.max(...FIELDS.map((f) => f.name.length)) + 1;
  say(`${'field'.padEnd(w)} E L  truth | record`);
  for (const [k, v] of Object.entries(result.fields)) {
    const mark = (b) => (b ? '✓' : '✗');
    say(`${k.padEnd(w)} ${mark(v.exact)} ${mark(v.loose)}  ${JSON.stringify(v.want)}`);
    say(`${' '.repeat(w + 6)}${v.got === undefined ? 'undefined' : JSON.stringify(v.got)}`);
    if (k === 'tasks') say(`${' '.repeat(w + 6)}(${v.looseMatched}/${v.n} prefixes matched loose, ${v.exactMatched} exact; record has ${v.got?.length ?? 0} tasks)`);
  }
  for (const [k, u] of Object.entries(result.unrecoverable)) {
    say(`${k.padEnd(w)} ${u.abstained ? 'abstained' : 'GUESSED'}  (unrecoverable) record: ${u.got === undefined ? 'undefined' : JSON.stringify(u.got)}`);
  }
  say();
  say('record (positions omitted):');
  say(r.record ? JSON.stringify(stripPositions(r.record), null, 2) : 'null');
  say();
}

function stripPositions(record) {
  if (!record || typeof record !== 'object') return record;
  const { positions, ...rest } = record;
  return rest;
}

function printBaselineDiff(d) {
  const head = `vs baseline (${relative(process.cwd(), BASELINE)}${baselineMeta?.savedAt ? `, saved ${baselineMeta.savedAt}` : ''})`;
  const meanPart =
    d.mean.before !== null && d.mean.after !== null
      ? `: mean loose ${pct(d.mean.before).trim()} → ${pct(d.mean.after).trim()} (${d.mean.after >= d.mean.before ? '+' : ''}${(100 * (d.mean.after - d.mean.before)).toFixed(1)})`
      : '';
  say(head + meanPart);
  const better = d.changes.filter((c) => c.gained.length > c.lost.length || c.error === 'no longer fails');
  const worse = d.changes.filter((c) => !better.includes(c) && (c.lost.length > c.gained.length || c.error === 'now fails'));
  const mixed = d.changes.filter((c) => !better.includes(c) && !worse.includes(c));
  const fmt = (c) => `${c.id.padEnd(9)}${[c.error, ...c.gained.map((f) => `+${f}`), ...c.lost.map((f) => `-${f}`)].filter(Boolean).join(' ')}`;
  for (const c of better) say(`  better  ${fmt(c)}`);
  for (const c of worse) say(`  worse   ${fmt(c)}`);
  for (const c of mixed) say(`  mixed   ${fmt(c)}`);
  if (!d.changes.length) say('  no document changed');
  else say(`  ${d.unchanged} unchanged`);
  if (d.newDocs.length) say(`  not in baseline: ${d.newDocs.join(' ')}`);
  if (d.missingDocs.length) say(`  in baseline, not scored now: ${d.missingDocs.join(' ')}`);
}
