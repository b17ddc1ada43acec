import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/emit/json.js';

describe('formatJson', () => {
  it.each([
    [{ a: [1, 2], b: null }, false, '{"a":[1,2],"b":null}\n'],
    [{ a: [1, 2], b: null }, true, '{\n  "a": [\n    1,\n    2\n  ],\n  "b": null\n}\n'],
    [{ text: 'Sở Y tế' }, false, '{"text":"Sở Y tế"}\n'],
  ])('%j pretty=%s', (value, pretty, expected) => {
    expect(formatJson(value, { pretty })).toBe(expected);
  });
});
