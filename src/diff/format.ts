/** Output of `congvan diff`: a readable report (coloured on a terminal), or the list of changes as JSON. */
import type { ChalkInstance } from 'chalk';
import type { DispatchRecord, Task } from '../schema/record.js';
import type { Change } from './index.js';

export function formatJson(changes: readonly Change[]): string {
  return `${JSON.stringify(changes, null, 2)}\n`;
}

/**
 * `--- OLD` / `+++ NEW`, then one block per change: a head line (`~` changed, `+` added, `-` removed, `>` moved,
 * `#` renumbered) with the task label and the field path, then `-`/`+` lines of the values.
 */
export function formatHuman(changes: readonly Change[], names: { old: string; new: string }, records: { old: DispatchRecord; new: DispatchRecord }, colours: ChalkInstance): string {
  if (changes.length === 0) return '';
  const lines = [colours.bold(`--- ${names.old}`), colours.bold(`+++ ${names.new}`)];
  for (const change of changes) {
    const label = taskLabel(change.op === 'removed' ? records.old : records.new, change.path);
    const at = change.newPosition ?? change.oldPosition;
    const place = at ? colours.dim(` (line ${at.start.line})`) : '';
    const head = `${label ? `${label} ` : ''}${change.path}`;
    switch (change.op) {
      case 'added':
        lines.push(colours.green(`+ ${head} added`) + place, ...show(change.new).map((l) => colours.green(`  + ${l}`)));
        break;
      case 'removed':
        lines.push(colours.red(`- ${head} removed`) + place, ...show(change.old).map((l) => colours.red(`  - ${l}`)));
        break;
      case 'moved':
        lines.push(colours.cyan(`> ${head} moved from ${[taskLabel(records.old, String(change.old)), String(change.old)].filter(Boolean).join(' ')}`) + place);
        break;
      case 'renumbered':
        lines.push(colours.cyan(`# ${head} renumbered ${String(change.old)} → ${String(change.new)}`) + place);
        break;
      default:
        lines.push(colours.yellow(`~ ${head} changed`) + place);
        if (change.words) {
          const text = change.words.map((w) => (w.op === '=' ? w.text : w.op === '-' ? colours.red.strikethrough(colours.level > 0 ? w.text : `[-${w.text}-]`) : colours.green(colours.level > 0 ? w.text : `{+${w.text}+}`))).join(' ');
          lines.push(`  ${text}`);
        } else {
          lines.push(...show(change.old).map((l) => colours.red(`  - ${l}`)), ...show(change.new).map((l) => colours.green(`  + ${l}`)));
        }
    }
  }
  const count = changes.length;
  lines.push('', `${count} ${count === 1 ? 'change' : 'changes'}`);
  return `${lines.join('\n')}\n`;
}

function show(value: unknown): string[] {
  if (value === null || value === undefined) return ['(none)'];
  if (typeof value === 'string') return [value];
  if (typeof value === 'object' && 'text' in value && typeof (value as Task).text === 'string') {
    const task = value as Partial<Task>;
    return [`${task.label !== undefined ? `${task.label}. ` : ''}${task.text!}`];
  }
  return [JSON.stringify(value)];
}

/** "task 3" for a path inside /tasks/2 (the label as printed), "task 3.a" for a subtask; "" elsewhere. */
function taskLabel(record: DispatchRecord, path: string): string {
  const m = /^\/tasks\/(\d+)(?:\/subtasks\/(\d+))?/u.exec(path);
  if (!m) return '';
  const task = record.tasks[Number(m[1])];
  if (!task) return '';
  const sub = m[2] === undefined ? undefined : task.subtasks[Number(m[2])];
  return `task ${task.label}${sub ? `.${sub.label}` : ''}`;
}
