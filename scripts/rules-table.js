#!/usr/bin/env node
/**
 * Writes the table of `congvan check` rules into README.md, between the rules-table markers, from the rule
 * modules themselves (src/check/rules, as built in dist/). Run after `npm run build`; `--check` only reports
 * whether the README is current (exit 1 when it is not). test/check/readme.test.ts fails when it is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { rules } = await import(join(ROOT, 'dist', 'check', 'rules', 'index.js'));
const { withRulesTable } = await import(join(ROOT, 'dist', 'check', 'table.js'));

const path = join(ROOT, 'README.md');
const readme = readFileSync(path, 'utf8');
const updated = withRulesTable(readme, rules);
if (updated === null) {
  process.stderr.write('rules-table: README.md has no rules-table markers\n');
  process.exit(2);
}
if (process.argv.includes('--check')) {
  process.stderr.write(updated === readme ? 'rules-table: README.md is current\n' : 'rules-table: README.md is stale: run node scripts/rules-table.js\n');
  process.exit(updated === readme ? 0 : 1);
}
if (updated !== readme) writeFileSync(path, updated);
process.stdout.write(`rules-table: ${rules.length} rules written to README.md\n`);
