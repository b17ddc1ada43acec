/** The README's rules table is the one the rule modules give (scripts/rules-table.js writes it). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/check/index.js';
import { rulesTable, withRulesTable } from '../../src/check/table.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README rules table', () => {
  it('is current: run `npm run build && node scripts/rules-table.js` after changing a rule', () => {
    const updated = withRulesTable(readme, rules);
    expect(updated, 'README.md has no rules-table markers').not.toBeNull();
    expect(updated === readme, 'README.md rules table is stale: run npm run build && node scripts/rules-table.js').toBe(true);
  });
  it('lists every rule once', () => {
    const table = rulesTable(rules);
    for (const rule of rules) expect(table.split(`| \`${rule.id}\` |`).length).toBe(2);
  });
});
