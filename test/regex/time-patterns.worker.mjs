// Times patterns on inputs, in a worker thread so that the test can stop a pattern that never ends.
// workerData: { patterns: [{ source, flags }], inputs: [[piece, weight][]], jobs: [[pattern, input]], from, sizes,
// reps, threshold, heartbeat: SharedArrayBuffer }. For each job and each size, the input is made about that long
// (see materialize), and a global copy of the pattern scans it: every start position is tried, as in a search
// that finds nothing. The best of `reps` scans is kept. A job whose time at the largest size is over `threshold`
// ms is posted as { job, times, lengths }; heartbeat[0] holds the job under way. Ends with { done: true }.
import { parentPort, workerData } from 'node:worker_threads';

const { patterns, inputs, jobs, from, sizes, reps, threshold, heartbeat } = workerData;
const beat = new Int32Array(heartbeat);

/** An input of about `n` code units: each piece repeated in proportion to its weight (weight 0: once). */
function materialize(pieces, n) {
  return pieces.map(([piece, weight]) => (weight > 0 ? piece.repeat(Math.max(1, Math.round((n * weight) / piece.length))) : piece)).join('');
}

const texts = new Map();
const compiled = new Map();
for (let j = from; j < jobs.length; j++) {
  Atomics.store(beat, 0, j);
  const [p, k] = jobs[j];
  let re = compiled.get(p);
  if (re === undefined) {
    const { source, flags } = patterns[p];
    compiled.set(p, (re = new RegExp(source, `${flags.replace(/[gy]/g, '')}g`)));
    'warm up'.replace(re, ''); // compiled on first use: not timed
  }
  const times = [];
  const lengths = [];
  for (const size of sizes) {
    const key = `${k}:${size}`;
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = materialize(inputs[k], size)));
    let best = Infinity;
    for (let r = 0; r < reps; r++) {
      re.lastIndex = 0;
      const start = performance.now();
      text.replace(re, '');
      best = Math.min(best, performance.now() - start);
    }
    times.push(best);
    lengths.push(text.length);
  }
  if (times[times.length - 1] > threshold) parentPort.postMessage({ job: j, times, lengths });
}
parentPort.postMessage({ done: true });
