import { chalkStderr } from 'chalk';
import { describe, expect, it } from 'vitest';
import { stderrColours } from '../../src/cli/io.js';

describe('stderrColours', () => {
  it.each([
    ['not a terminal', false, {}, 0],
    ['not a terminal, even with FORCE_COLOR', false, { FORCE_COLOR: '3' }, 0],
    ['a terminal with NO_COLOR', true, { NO_COLOR: '1' }, 0],
  ])('has no colour on %s', (_, isTTY, env, level) => {
    expect(stderrColours({ stderr: { write: () => true, isTTY }, env }).level).toBe(level);
  });

  it('follows chalk on a terminal without NO_COLOR (an empty NO_COLOR does not count)', () => {
    expect(stderrColours({ stderr: { write: () => true, isTTY: true }, env: {} }).level).toBe(chalkStderr.level);
    expect(stderrColours({ stderr: { write: () => true, isTTY: true }, env: { NO_COLOR: '' } }).level).toBe(chalkStderr.level);
  });
});
