import { describe, expect, it } from 'vitest';
import { ndjson } from '../../src/emit/ndjson.js';
import { toErrorRecord } from '../../src/pipeline.js';

describe('ndjson format', () => {
  it('writes each record on one line and nothing around them', () => {
    const record = toErrorRecord('a\nb.txt', new Error('x'));
    const text = ndjson.serialize(record);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(text)).toEqual(record);
    expect([ndjson.head, ndjson.separator, ndjson.tail, ndjson.empty]).toEqual(['', '', '', '']);
  });
});
