/**
 * Pure scoring helpers for the corpus evaluation (`scripts/eval.js`).
 * No fs, no console, no process: everything here is a function of truth + record,
 * so that `test/eval-score.test.ts` can test it without the corpus.
 *
 * Truth files follow /work/shared/corpus/README.md ("Truth conventions"); records
 * follow src/schema/record.ts. Every record access is defensive (optional chaining,
 * wrong types treated as null) because the parser is scored while it is being written.
 */

// ---------------------------------------------------------------------------
// Text folding
// ---------------------------------------------------------------------------

/** NFC, every run of whitespace (incl. NBSP) → one space, trimmed. `null`/`undefined` stay null. */
export function collapse(value) {
  if (value === null || value === undefined) return null;
  return String(value).normalize('NFC').replace(/\s+/gu, ' ').trim();
}

// Old-style tone placement at the end of a word ("hoà", "khoẻ", "thuỷ") → new style
// ("hòa", "khỏe", "thủy"). The letters and their diacritics are the same; only the
// vowel that carries the tone mark differs, so loose comparison treats them as one.
const TONE_SHIFT = {
  'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa',
  'oè': 'òe', 'oé': 'óe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
  'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy',
};
const TONE_SHIFT_RE = /(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?!\p{L})/gu;

/**
 * Loose form of a string: NFC, lower case, punctuation and symbols → space,
 * whitespace collapsed, Latin eth (Ð, an OCR look-alike) → đ, old-style tone placement
 * folded. Vietnamese diacritics are kept ("Hà Nội" ≠ "Ha Noi").
 */
export function looseFold(value) {
  if (value === null || value === undefined) return '';
  return String(value)
    .normalize('NFC')
    .toLowerCase()
    .replace(/[ðÐ]/gu, 'đ')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(TONE_SHIFT_RE, (m) => TONE_SHIFT[m] ?? m);
}

/** A value that counts as "not stated": null, undefined, '' (after trimming), [] */
export function isEmpty(value) {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

const asString = (v) => (v === null || v === undefined ? null : typeof v === 'string' ? v : String(v));
const asArray = (v) => (Array.isArray(v) ? v : []);

// ---------------------------------------------------------------------------
// Comparisons: each returns { exact, loose }
// ---------------------------------------------------------------------------

/**
 * Compare one string (or null). Exact: NFC + collapsed whitespace equal. Loose: folded equal,
 * '' ≡ null; `alternatives` (e.g. the printed OCR form) are accepted for loose only.
 */
export function compareScalar(want, got, alternatives = []) {
  const w = collapse(asString(want));
  const g = collapse(asString(got));
  const exact = (w === null || w === '') ? (g === null || g === '') : w === g;
  const gl = looseFold(g);
  const loose = [want, ...alternatives].some((a) => looseFold(asString(a)) === gl);
  return { exact, loose };
}

/** Compare a number as printed (`numberRaw` ↔ `number.raw`): exact ignores all whitespace. */
export function compareRaw(want, got) {
  const strip = (v) => (v === null || v === undefined ? '' : String(v).normalize('NFC').replace(/\s+/gu, ''));
  return { exact: strip(want) === strip(got), loose: looseFold(want) === looseFold(got) };
}

/** Ordered list of strings; null ≡ []. Loose drops items that fold to nothing (a stray "-"). */
export function compareList(want, got) {
  const w = asArray(want).map((s) => collapse(asString(s)));
  const g = asArray(got).map((s) => collapse(asString(s)));
  const exact = w.length === g.length && w.every((s, i) => s === g[i]);
  const wl = w.map(looseFold).filter(Boolean);
  const gl = g.map(looseFold).filter(Boolean);
  const loose = wl.length === gl.length && wl.every((s, i) => s === gl[i]);
  return { exact, loose };
}

/** Signer authority as the record writes it: "KT." → "KT", "K/T" → "KT", "t/m" → "TM". */
export function normalizeAuthority(value) {
  const s = collapse(asString(value));
  if (!s) return null;
  return s.toUpperCase().replace(/[./\s]/gu, '');
}

/** Truth authority carries the dot ("KT."), the record does not ("KT"). */
export function compareAuthority(want, got) {
  const w = normalizeAuthority(want);
  const g = asString(got);
  return { exact: w === (g === null || g === '' ? null : g), loose: w === normalizeAuthority(g) };
}

/** The number parts a truth gives, minus unrecoverable ones; a null `numberParts` means "all null". */
export const NUMBER_PARTS = ['seq', 'year', 'typeCode', 'issuerCode', 'unitCode'];

export function compareNumberParts(wantParts, recordNumber, skip = new Set()) {
  const keys = (wantParts && typeof wantParts === 'object' ? Object.keys(wantParts) : NUMBER_PARTS)
    .filter((k) => NUMBER_PARTS.includes(k) && !skip.has(k));
  let exact = true;
  let loose = true;
  for (const k of keys) {
    const r = compareScalar(wantParts?.[k] ?? null, recordNumber?.[k] ?? null);
    exact &&= r.exact;
    loose &&= r.loose;
  }
  return { exact, loose };
}

// ---------------------------------------------------------------------------
// Distribution (Nơi nhận) and archive (Lưu)
// ---------------------------------------------------------------------------

// "Lưu", and the OCR forms seen in the corpus ("Luu", "Liu").
const ARCHIVE_HEAD_RE = /^\s*l[ưuiíì]u(?!\p{L})\s*[:;.]?\s*/iu;

/**
 * Is this Nơi nhận item the archive line? "Lưu: …" anywhere, or "Lưu …" without a colon
 * when it is the last item (a person called Lưu in the middle of the list is not).
 */
export function isArchiveItem(item, isLast = true) {
  const s = collapse(asString(item)) ?? '';
  if (!ARCHIVE_HEAD_RE.test(s)) return false;
  return /^\s*l[ưuiíì]u\s*:/iu.test(s) || isLast;
}

/** Truth `distribution` → { items: without the Lưu line, archive: the Lưu line or null }. */
export function splitDistribution(distribution) {
  const list = asArray(distribution);
  const items = [];
  let archive = null;
  list.forEach((item, i) => {
    if (isArchiveItem(item, i === list.length - 1)) archive ??= item;
    else items.push(item);
  });
  return { items, archive };
}

const COPIES_RE = /\(\s*\d+\s*(?:b|bản)?\s*\)/iu;

/**
 * "Lưu: VT, CN, Cm." → ["VT", "CN", "Cm"]. A trailing copies count ("(2b)", "(02)", "(3 )") is
 * removed, and so is the drafter's name written after it ("ĐMDN (2b). Trung Anh" → "ĐMDN").
 */
export function parseArchiveHolders(line) {
  if (line === null || line === undefined) return [];
  let body = collapse(asString(line)).replace(ARCHIVE_HEAD_RE, '');
  const copies = [...body.matchAll(new RegExp(COPIES_RE.source, 'giu'))].pop();
  if (copies) {
    const end = copies.index + copies[0].length;
    if (!body.slice(end).includes(',')) body = body.slice(0, end);
  }
  return body
    .split(/\s*[,;]\s*/u)
    .map((h) => h.replace(new RegExp(`\\s*${COPIES_RE.source}\\s*\\.?$`, 'iu'), '').replace(/[\s.;:]+$/u, '').trim())
    .filter(Boolean);
}

/** Holders in loose form: parentheticals dropped, "VT. HTOQT" split, folded. */
export function looseHolders(holders) {
  return asArray(holders)
    .flatMap((h) => String(h ?? '').replace(/\([^)]*\)?/gu, ' ').split('.'))
    .map(looseFold)
    .filter(Boolean);
}

export function compareHolders(want, got) {
  const exact = compareList(want, got).exact;
  const w = looseHolders(want);
  const g = looseHolders(got);
  return { exact, loose: w.length === g.length && w.every((s, i) => s === g[i]) };
}

// ---------------------------------------------------------------------------
// Tasks and references
// ---------------------------------------------------------------------------

/**
 * Truth gives the first ~60-80 characters of each top-level item; record task i matches truth i
 * when its text starts with that prefix. Loose also tries "label text" (OCR documents keep a
 * garbled label in the truth prefix). Returns counts and whether the field is right.
 */
export function compareTasks(wantPrefixes, gotTasks) {
  const want = asArray(wantPrefixes);
  const got = asArray(gotTasks);
  let exactMatched = 0;
  let looseMatched = 0;
  want.forEach((prefix, i) => {
    const task = got[i];
    if (!task) return;
    const text = asString(task.text) ?? '';
    const label = asString(task.label) ?? '';
    if ((collapse(text) ?? '').startsWith(collapse(asString(prefix)) ?? '')) exactMatched++;
    const p = looseFold(prefix);
    if ([text, `${label} ${text}`].some((t) => looseFold(t).startsWith(p))) looseMatched++;
  });
  const sameCount = want.length === got.length;
  return {
    n: want.length,
    got: got.length,
    exactMatched,
    looseMatched,
    exact: sameCount && exactMatched === want.length,
    loose: sameCount && looseMatched === want.length,
  };
}

/** References as sets of numbers. Exact: whitespace-free NFC; loose: folded. */
export function compareReferences(wantNumbers, gotNumbers) {
  const ex = (v) => String(v ?? '').normalize('NFC').replace(/\s+/gu, '');
  const sets = (fn) => [new Set(asArray(wantNumbers).map(fn).filter(Boolean)), new Set(asArray(gotNumbers).map(fn).filter(Boolean))];
  const stats = (fn) => {
    const [w, g] = sets(fn);
    const tp = [...g].filter((x) => w.has(x)).length;
    return { equal: tp === w.size && tp === g.size, tp, truth: w.size, record: g.size };
  };
  const exact = stats(ex);
  const loose = stats(looseFold);
  return { exact: exact.equal, loose: loose.equal, exactStats: exact, looseStats: loose };
}

// ---------------------------------------------------------------------------
// Truth conventions: _unrecoverable, _ocrCorrected
// ---------------------------------------------------------------------------

const SIGNER_FIELDS = ['signer.authority', 'signer.onBehalfOf', 'signer.title', 'signer.name', 'signer.authorityChain'];

/**
 * `_unrecoverable` entries are prose ("number sequence (printed …)", "signer authority/title (…)").
 * Map each to the scored field names it covers. Unknown entries are returned in `unknown`.
 */
export function parseUnrecoverable(entries) {
  const fields = new Set();
  const unknown = [];
  for (const entry of asArray(entries)) {
    const key = String(entry).split(/\s*\(/u)[0].trim().toLowerCase();
    const add = (...names) => names.forEach((n) => fields.add(n));
    if (key === 'number sequence' || key === 'number seq') add('number', 'numberParts.seq');
    else if (key === 'signer' || key === 'signer block') add(...SIGNER_FIELDS);
    else if (key.startsWith('signer ') && key.includes('/')) {
      key.slice('signer '.length).split('/').forEach((p) => add(`signer.${canonicalSignerKey(p.trim())}`));
    } else {
      const name = FIELD_BY_LOWER.get(key);
      if (name) add(name);
      else unknown.push(String(entry));
    }
  }
  return { fields, unknown };
}

function canonicalSignerKey(k) {
  return { onbehalfof: 'onBehalfOf', authoritychain: 'authorityChain' }[k.toLowerCase()] ?? k.toLowerCase();
}

/** `_ocrCorrected`: field → the printed (OCR) form, its explanatory "(…)" note removed. */
export function ocrAlternatives(ocrCorrected) {
  const out = {};
  if (!ocrCorrected || typeof ocrCorrected !== 'object') return out;
  for (const [key, value] of Object.entries(ocrCorrected)) {
    if (typeof value !== 'string') continue;
    const name = FIELD_BY_LOWER.get(key.trim().toLowerCase());
    if (name) out[name] = value.replace(/\s*\([^()]*\)\s*$/u, '').trim();
  }
  return out;
}

// ---------------------------------------------------------------------------
// Field table
// ---------------------------------------------------------------------------

const has = (o, k) => o !== null && typeof o === 'object' && Object.prototype.hasOwnProperty.call(o, k);
/** signer subfield present in truth: `signer: null` means every subfield is null. */
const signerHas = (k) => (t) => has(t, 'signer') && (t.signer === null || has(t.signer, k));

/**
 * Every scored field: `present(truth)` decides whether it is scored for a doc, `want(truth)` and
 * `got(record)` give the two sides, `compare(want, got, ctx)` → { exact, loose }.
 * `extra` fields are reported but left out of the mean.
 */
export const FIELDS = [
  { name: 'number', present: (t) => has(t, 'number'), want: (t) => t.number, got: (r) => r.number?.value, compare: scalarWithOcr('number') },
  {
    name: 'numberParts', present: (t) => has(t, 'numberParts'), want: (t) => t.numberParts, got: (r) => r.number ?? null,
    compare: (w, g, ctx) => compareNumberParts(w, g, partsSkipped(ctx)),
  },
  { name: 'numberRaw', extra: true, present: (t) => has(t, 'numberRaw'), want: (t) => t.numberRaw, got: (r) => r.number?.raw, compare: compareRaw },
  { name: 'date', present: (t) => has(t, 'date'), want: (t) => t.date, got: (r) => r.date?.value, compare: scalarWithOcr('date') },
  { name: 'place', present: (t) => has(t, 'place'), want: (t) => t.place, got: (r) => r.date?.place, compare: scalarWithOcr('place') },
  { name: 'issuer', present: (t) => has(t, 'issuer'), want: (t) => t.issuer, got: (r) => r.issuer?.name, compare: scalarWithOcr('issuer') },
  { name: 'parentIssuer', present: (t) => has(t, 'parentIssuer'), want: (t) => t.parentIssuer, got: (r) => r.issuer?.parent, compare: scalarWithOcr('parentIssuer') },
  { name: 'docType', present: (t) => has(t, 'docType'), want: (t) => t.docType, got: (r) => r.docType?.name, compare: scalarWithOcr('docType') },
  { name: 'subject', present: (t) => has(t, 'subject'), want: (t) => t.subject, got: (r) => r.subject, compare: scalarWithOcr('subject') },
  { name: 'recipients', present: (t) => has(t, 'recipients'), want: (t) => t.recipients ?? [], got: (r) => r.recipients ?? [], compare: compareList },
  {
    name: 'distribution', present: (t) => has(t, 'distribution'),
    want: (t) => splitDistribution(t.distribution).items, got: (r) => r.distribution ?? [], compare: compareList,
  },
  {
    name: 'archive', present: (t) => has(t, 'distribution'),
    want: (t) => parseArchiveHolders(splitDistribution(t.distribution).archive), got: (r) => r.archive?.holders ?? [], compare: compareHolders,
  },
  {
    name: 'taskCount', present: (t) => has(t, 'taskCount'), want: (t) => t.taskCount, got: (r) => asArray(r.tasks).length,
    compare: (w, g) => ({ exact: w === g, loose: w === g }),
  },
  // Only where the truth lists tasks: the zero case is already `taskCount`.
  { name: 'tasks', present: (t) => asArray(t.tasks).length > 0, want: (t) => t.tasks, got: (r) => r.tasks ?? [], compare: compareTasks },
  {
    name: 'references', present: (t) => has(t, 'references'), want: (t) => t.references ?? [],
    got: (r) => asArray(r.references).map((x) => (x && typeof x === 'object' ? x.number : x)), compare: compareReferences,
  },
  { name: 'signer.authority', present: signerHas('authority'), want: (t) => t.signer?.authority ?? null, got: (r) => r.signer?.authority, compare: compareAuthority },
  { name: 'signer.onBehalfOf', present: signerHas('onBehalfOf'), want: (t) => t.signer?.onBehalfOf ?? null, got: (r) => r.signer?.onBehalfOf, compare: scalarWithOcr('signer.onBehalfOf') },
  { name: 'signer.title', present: signerHas('title'), want: (t) => t.signer?.title ?? null, got: (r) => r.signer?.title, compare: scalarWithOcr('signer.title') },
  { name: 'signer.name', present: signerHas('name'), want: (t) => t.signer?.name ?? null, got: (r) => r.signer?.name, compare: scalarWithOcr('signer.name') },
  {
    name: 'signer.authorityChain', extra: true, present: signerHas('authorityChain'),
    want: (t) => t.signer?.authorityChain ?? [], got: (r) => r.signer?.authorityChain ?? [], compare: compareList,
  },
  { name: 'urgency', present: (t) => has(t, 'urgency'), want: (t) => t.urgency, got: (r) => r.urgency, compare: scalarWithOcr('urgency') },
  { name: 'confidentiality', present: (t) => has(t, 'confidentiality'), want: (t) => t.confidentiality, got: (r) => r.confidentiality, compare: scalarWithOcr('confidentiality') },
];

export const FIELD_NAMES = FIELDS.map((f) => f.name);
const FIELD_BY_LOWER = new Map(FIELD_NAMES.map((n) => [n.toLowerCase(), n]));

function scalarWithOcr(name) {
  return (w, g, ctx) => compareScalar(w, g, ctx?.ocr?.[name] ? [ctx.ocr[name]] : []);
}

function partsSkipped(ctx) {
  const skip = new Set();
  for (const f of ctx?.unrecoverable ?? []) if (f.startsWith('numberParts.')) skip.add(f.slice('numberParts.'.length));
  return skip;
}

/** Record getters for unrecoverable sub-fields that are not whole fields. */
function unrecoverableGetter(name) {
  if (name.startsWith('numberParts.')) {
    const k = name.slice('numberParts.'.length);
    return (r) => r.number?.[k];
  }
  return FIELDS.find((f) => f.name === name)?.got ?? (() => undefined);
}

function safe(fn, ...args) {
  try {
    return fn(...args);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------
// One document
// ---------------------------------------------------------------------------

/**
 * Score one record against its truth.
 * `record` may be null when `error` is set (the parser threw): every scored field is then wrong.
 * Fields listed in `_unrecoverable` are left out of `fields` and checked in `unrecoverable`:
 * the parser is right there when it abstains (returns null / []), since the text cannot support a value.
 */
export function scoreDoc(truth, record, error = null) {
  const { fields: unrecoverable, unknown } = parseUnrecoverable(truth?._unrecoverable);
  const ctx = { unrecoverable, ocr: ocrAlternatives(truth?._ocrCorrected) };
  const failed = error !== null && error !== undefined;
  const result = { error: failed ? String(error) : null, fields: {}, unrecoverable: {}, unknownUnrecoverable: unknown };

  for (const field of FIELDS) {
    if (!safe(field.present, truth) || unrecoverable.has(field.name)) continue;
    const want = field.want(truth);
    if (failed) {
      result.fields[field.name] = { exact: false, loose: false, want, got: undefined };
      if (field.name === 'tasks') Object.assign(result.fields.tasks, compareTasks(want, []), { exact: false, loose: false });
      if (field.name === 'references') Object.assign(result.fields.references, compareReferences(want, []), { exact: false, loose: false });
      continue;
    }
    const got = safe(field.got, record) ?? null;
    let outcome;
    try {
      outcome = field.compare(want, got, ctx);
    } catch (e) {
      outcome = { exact: false, loose: false, compareError: String(e) };
    }
    result.fields[field.name] = { ...outcome, want, got };
  }

  for (const name of unrecoverable) {
    const got = failed ? undefined : safe(unrecoverableGetter(name), record) ?? null;
    result.unrecoverable[name] = { abstained: !failed && isEmpty(got), got };
  }
  return result;
}

// ---------------------------------------------------------------------------
// Aggregation and baseline
// ---------------------------------------------------------------------------

/** docs: [{ id, result }] → per-field { n, exact, loose } (fractions), mean, task and reference totals. */
export function aggregate(docs) {
  const fields = {};
  for (const name of FIELD_NAMES) fields[name] = { n: 0, exact: 0, loose: 0 };
  const tasks = { n: 0, exactMatched: 0, looseMatched: 0 };
  const refs = { exact: { tp: 0, truth: 0, record: 0 }, loose: { tp: 0, truth: 0, record: 0 } };
  const unrec = { n: 0, abstained: 0 };
  for (const { result } of docs) {
    for (const [name, r] of Object.entries(result.fields)) {
      const f = fields[name];
      f.n++;
      if (r.exact) f.exact++;
      if (r.loose) f.loose++;
    }
    const t = result.fields.tasks;
    if (t && typeof t.n === 'number') {
      tasks.n += t.n;
      tasks.exactMatched += t.exactMatched ?? 0;
      tasks.looseMatched += t.looseMatched ?? 0;
    }
    const rf = result.fields.references;
    if (rf?.exactStats) {
      for (const k of ['tp', 'truth', 'record']) {
        refs.exact[k] += rf.exactStats[k];
        refs.loose[k] += rf.looseStats[k];
      }
    }
    for (const u of Object.values(result.unrecoverable)) {
      unrec.n++;
      if (u.abstained) unrec.abstained++;
    }
  }
  const ratio = (a, b) => (b === 0 ? null : a / b);
  const table = {};
  for (const [name, f] of Object.entries(fields)) {
    table[name] = { n: f.n, exact: ratio(f.exact, f.n), loose: ratio(f.loose, f.n), extra: !!FIELDS.find((x) => x.name === name)?.extra };
  }
  const inMean = Object.values(table).filter((f) => !f.extra && f.n > 0);
  const mean = {
    exact: inMean.length ? inMean.reduce((s, f) => s + f.exact, 0) / inMean.length : null,
    loose: inMean.length ? inMean.reduce((s, f) => s + f.loose, 0) / inMean.length : null,
  };
  const pr = (s) => ({ precision: ratio(s.tp, s.record), recall: ratio(s.tp, s.truth), ...s });
  return {
    fields: table,
    mean,
    tasks: { ...tasks, exactRate: ratio(tasks.exactMatched, tasks.n), looseRate: ratio(tasks.looseMatched, tasks.n) },
    references: { exact: pr(refs.exact), loose: pr(refs.loose) },
    unrecoverable: { ...unrec, rate: ratio(unrec.abstained, unrec.n) },
  };
}

/** The part of a run worth keeping: per doc, per field, exact/loose correctness. */
export function toBaseline(docs, summary, meta = {}) {
  const out = { version: 1, ...meta, mean: summary.mean, fields: summary.fields, docs: {} };
  for (const { id, result } of docs) {
    const fields = {};
    for (const [name, r] of Object.entries(result.fields)) fields[name] = { exact: !!r.exact, loose: !!r.loose };
    out.docs[id] = { error: result.error !== null, fields };
  }
  return out;
}

/**
 * Compare a run with a saved baseline by loose correctness:
 * → { changes: [{ id, gained: [...], lost: [...] }], unchanged, newDocs, missingDocs, mean: { before, after } }.
 * Only docs in `docs` are compared (so `--doc` runs compare one doc).
 */
export function diffBaseline(baseline, docs, summary) {
  const changes = [];
  const newDocs = [];
  let unchanged = 0;
  for (const { id, result } of docs) {
    const before = baseline?.docs?.[id];
    if (!before) {
      newDocs.push(id);
      continue;
    }
    const gained = [];
    const lost = [];
    for (const [name, r] of Object.entries(result.fields)) {
      const was = before.fields?.[name];
      if (!was) continue;
      if (r.loose && !was.loose) gained.push(name);
      if (!r.loose && was.loose) lost.push(name);
    }
    const errorChange = before.error === (result.error !== null) ? null : result.error !== null ? 'now fails' : 'no longer fails';
    if (gained.length || lost.length || errorChange) changes.push({ id, gained, lost, error: errorChange });
    else unchanged++;
  }
  const ids = new Set(docs.map((d) => d.id));
  const missingDocs = docs.length > 1 ? Object.keys(baseline?.docs ?? {}).filter((id) => !ids.has(id)) : [];
  return { changes, unchanged, newDocs, missingDocs, mean: { before: baseline?.mean?.loose ?? null, after: summary?.mean?.loose ?? null } };
}
