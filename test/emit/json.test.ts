import { describe, expect, it } from 'vitest';
import { formatJson, jsonArray } from '../../src/emit/json.js';

describe('formatJson', () => {
  it.each([
    [{ a: [1, 2], b: null }, false, '{"a":[1,2],"b":null}\n'],
    [{ a: [1, 2], b: null }, true, '{\n  "a": [\n    1,\n    2\n  ],\n  "b": null\n}\n'],
    [{ text: 'Sở Y tế' }, false, '{"text":"Sở Y tế"}\n'],
  ])('%j pretty=%s', (value, pretty, expected) => {
    expect(formatJson(value, { pretty })).toBe(expected);
  });
});

describe('jsonArray', () => {
  const records = [{ a: 1, b: [1, 2] }, { c: 'Sở' }, { d: { e: null } }] as never[];
  function stream(pretty: boolean, items: never[]): string {
    const format = jsonArray({ pretty });
    if (items.length === 0) return format.empty;
    return format.head + items.map((item) => format.serialize(item)).join(format.separator) + format.tail;
  }

  it.each([[false], [true]])('streams the bytes of JSON.stringify of the whole array (pretty=%s)', (pretty) => {
    for (const items of [records, records.slice(0, 1), []]) {
      expect(stream(pretty, items)).toBe(`${JSON.stringify(items, null, pretty ? 2 : undefined)}\n`);
    }
  });
});
