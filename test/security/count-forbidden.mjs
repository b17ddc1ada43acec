// Preloaded with `node --import` by no-code-generation.test.ts: counts what congvan must never do. Code built
// from strings: `Function` (called or constructed, also as a function's .constructor) and indirect `eval`.
// Network: sockets connecting (net, and so http, https, tls and fetch's undici), fetch itself, DNS look-ups,
// UDP sockets. Processes: every function of child_process. Each is wrapped to count, then does what it did. At
// exit the counts and where the first calls came from are written to stderr on a line of their own.
import childProcess from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import module from 'node:module';
import net from 'node:net';

const counts = { Function: 0, eval: 0, network: 0, process: 0, where: [] };
const note = (kind, what) => {
  counts[kind]++;
  if (counts.where.length < 5) counts.where.push(`${what}: ${(new Error().stack ?? '').split('\n').slice(3, 6).map((l) => l.trim()).join(' < ')}`);
};

const OriginalFunction = Function;
const proxy = new Proxy(OriginalFunction, {
  construct(target, args, newTarget) {
    note('Function', 'new Function');
    return Reflect.construct(target, args, newTarget === proxy ? target : newTarget);
  },
  apply(target, thisArg, args) {
    note('Function', 'Function()');
    return Reflect.apply(target, thisArg, args);
  },
});
globalThis.Function = proxy;
Object.defineProperty(OriginalFunction.prototype, 'constructor', { value: proxy, writable: true, configurable: true });
const originalEval = globalThis.eval;
globalThis.eval = function evaluate(source) {
  note('eval', 'eval');
  return originalEval(source);
};

const wrap = (object, name, kind, label) => {
  const original = object[name];
  if (typeof original !== 'function') return;
  object[name] = function wrapped(...args) {
    note(kind, label);
    return original.apply(this, args);
  };
};
wrap(net.Socket.prototype, 'connect', 'network', 'socket connect');
wrap(globalThis, 'fetch', 'network', 'fetch');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
  wrap(dns, name, 'network', `dns.${name}`);
  wrap(dns.promises, name, 'network', `dns.promises.${name}`);
}
wrap(dgram, 'createSocket', 'network', 'dgram.createSocket');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) wrap(childProcess, name, 'process', `child_process.${name}`);
module.syncBuiltinESMExports();

process.on('exit', () => process.stderr.write(`\n@@forbidden ${JSON.stringify(counts)}\n`));
