// Preloaded with `node --import` by no-code-generation.test.ts: counts code built from strings at run time.
// `Function` (called or constructed, also as a function's .constructor) and indirect `eval` are wrapped; at exit
// the counts and where the first calls came from are written to stderr on a line of their own.
const counts = { Function: 0, eval: 0, where: [] };
const note = (kind) => {
  counts[kind]++;
  if (counts.where.length < 5) counts.where.push(`${kind}: ${(new Error().stack ?? '').split('\n').slice(2, 5).map((l) => l.trim()).join(' < ')}`);
};
const OriginalFunction = Function;
const proxy = new Proxy(OriginalFunction, {
  construct(target, args, newTarget) {
    note('Function');
    return Reflect.construct(target, args, newTarget === proxy ? target : newTarget);
  },
  apply(target, thisArg, args) {
    note('Function');
    return Reflect.apply(target, thisArg, args);
  },
});
globalThis.Function = proxy;
Object.defineProperty(OriginalFunction.prototype, 'constructor', { value: proxy, writable: true, configurable: true });
const originalEval = globalThis.eval;
globalThis.eval = function evaluate(source) {
  note('eval');
  return originalEval(source);
};
process.on('exit', () => process.stderr.write(`\n@@code-generation ${JSON.stringify(counts)}\n`));
