import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, formatDiagnostics } from '../../src/emit/diagnostics.js';
import type { Message } from '../../src/schema/record.js';

const message = (line: number | null, column: number | null, severity: Message['severity'] = 'error'): Message => ({
  ruleId: 'missing-number',
  severity,
  message: 'no document number found',
  line,
  column,
});

describe('formatDiagnostic', () => {
  it.each([
    ['a.md', message(3, 7), 'a.md:3:7: error no document number found (missing-number)'],
    ['a.md', message(3, null), 'a.md:3: error no document number found (missing-number)'],
    ['a.md', message(null, null), 'a.md: error no document number found (missing-number)'],
    ['a.md', message(null, 4), 'a.md: error no document number found (missing-number)'],
    ['-', message(1, 1, 'warning'), '-:1:1: warning no document number found (missing-number)'],
    ['dir/b.txt', message(10, 2, 'info'), 'dir/b.txt:10:2: info no document number found (missing-number)'],
  ])('%s %j → %s', (file, input, expected) => {
    expect(formatDiagnostic(file, input)).toBe(expected);
  });

  it('colours the severity and dims the rule id when given a colour level', () => {
    expect(formatDiagnostic('a.md', message(1, 2), new Chalk({ level: 1 }))).toBe(
      'a.md:1:2: \u001b[31merror\u001b[39m no document number found \u001b[2m(missing-number)\u001b[22m',
    );
  });
});

describe('formatDiagnostics', () => {
  it('writes one line per message, each ending in a newline', () => {
    expect(formatDiagnostics('a.md', [message(1, 1), message(null, null, 'info')])).toBe(
      'a.md:1:1: error no document number found (missing-number)\na.md: info no document number found (missing-number)\n',
    );
  });

  it('writes nothing for no messages', () => {
    expect(formatDiagnostics('a.md', [])).toBe('');
  });
});
