/**
 * Tasks: the top-level numbered or lettered items of the body ("1.", "1)", "I.",
 * "a)"), in order, with deeper items as subtasks; for each, who is assigned
 * (chủ trì → lead, phối hợp với → coordinate, Giao / đề nghị / yêu cầu → assigned)
 * and the deadline.
 */
import type { Assignee, Deadline, Task } from '../schema/record.js';
import type { Line } from '../segment/lines.js';
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { findDate } from './date.js';

type Style = 'arabic' | 'roman' | 'letter' | 'decimal' | 'dash';

interface Item {
  style: Style;
  label: string;
  text: string;
  line: Line;
}

const ITEM = /^(?:(\d{1,2}\.\d{1,2}(?:\.\d{1,2})*)\.?|(\d{1,2})\s*[.)]|([IVX]{1,5})\s*[.)]|([a-zđ])\s*\))\s+(?=\S)/u;
const DASH = /^[-–—+•]\s+(?=\S)/u;
const ARTICLE = /^Điều\s+\d+\s*[.:]/u;

function itemOf(line: Line): Item | null {
  const m = ITEM.exec(line.text);
  if (m) {
    const text = line.text.slice(m[0].length).trim();
    if (m[1]) return { style: 'decimal', label: m[1], text, line };
    if (m[2]) return { style: 'arabic', label: m[2], text, line };
    if (m[3]) return { style: 'roman', label: m[3], text, line };
    return { style: 'letter', label: m[4]!, text, line };
  }
  const d = DASH.exec(line.text);
  if (d) return { style: 'dash', label: '-', text: line.text.slice(d[0].length).trim(), line };
  return null;
}

const NAME_STOP =
  /^(?:chủ trì|phối hợp|chủ động|tiếp tục|thực hiện|tổ chức|triển khai|nghiên cứu|khẩn trương|có|xem xét|rà soát|theo dõi|chỉ đạo|hướng dẫn|báo cáo|xây dựng|tham mưu|kiểm tra|đôn đốc|nắm|bảo đảm|đảm bảo|tăng cường|quán triệt|quan tâm|phân công|giải quyết|cung cấp|gửi|trình|tổng hợp|hoàn thành|lập|ban hành|căn cứ|thông báo|tuyên truyền|thẩm định|phê duyệt|đánh giá|kiểm soát|quản lý|giám sát|chịu trách nhiệm|đề xuất|sửa đổi|bổ sung|hoàn thiện|rà soát|khẩn|sớm|kịp thời|nghiêm túc|được|là|để|trong|theo|tại|nhằm|về|với)(?![\p{L}\p{M}])/u;

function nameAt(text: string): string | null {
  const words = text.split(/\s+/u);
  const out: string[] = [];
  for (let i = 0; i < words.length && out.length < 14; i++) {
    const rest = words.slice(i).join(' ');
    if (NAME_STOP.test(rest)) break;
    const w = words[i]!;
    out.push(w);
    if (/[;.:]$/u.test(w)) break;
  }
  const name = out.join(' ').replace(/[,;.:\s]+$/u, '').trim();
  return name.length >= 3 ? name : null;
}

export function extractAssignees(text: string): Assignee[] {
  const out: Assignee[] = [];
  const add = (name: string | null, role: Assignee['role']) => {
    if (name && !out.some((a) => a.name === name)) out.push({ name, role });
  };
  const giao = /(?:^|[.;]\s*)(?:Giao|giao|Đề nghị|đề nghị|Yêu cầu|yêu cầu)\s+(.*)$/u.exec(text);
  const lead = /(?:^|\s)(.{3,80}?)\s+chủ trì(?![\p{L}\p{M}])/u.exec(text);
  if (lead) {
    const before = lead[1]!.replace(/^.*?(?:Giao|giao|Đề nghị|đề nghị|Yêu cầu|yêu cầu)\s+/u, '');
    add(nameAt(before), 'lead');
  }
  if (giao && !lead) add(nameAt(giao[1]!), 'assigned');
  for (const m of text.matchAll(/phối hợp (?:(?:chặt chẽ|cụ thể|thường xuyên)\s+)?(?:với\s+)?(.*)$/gu)) add(nameAt(m[1]!), 'coordinate');
  return out;
}

const RECURRING = /(?:trước ngày\s+\d{1,2}\s+)?(?:hằng|hàng)\s+(?:ngày|tuần|tháng|quý|năm)(?![\p{L}\p{M}])|định kỳ\s+(?:hằng|hàng)?\s*(?:tuần|tháng|quý|năm)(?![\p{L}\p{M}])/iu;
const BEFORE = /(?:trước|chậm nhất|hạn chót|không muộn hơn|xong trước|hoàn thành trước|trong thời hạn đến)\s*(?:là\s+)?(?:ngày\s+)?/u;

export function extractDeadline(text: string): Deadline | null {
  const r = RECURRING.exec(text);
  if (r) return { date: null, text: r[0], recurring: true };
  for (const m of text.matchAll(new RegExp(BEFORE.source, 'gu'))) {
    const start = m.index + m[0].length;
    const after = text.slice(start, start + 48);
    // findDate wants the word "ngày" before a date in words; the label may have consumed it.
    const prefix = /^ngày/u.test(after) ? '' : 'ngày ';
    const d = findDate(prefix + after);
    if (!d || d.index > prefix.length + 6) continue;
    const end = start + d.index + d.length - prefix.length;
    return { date: d.iso, text: text.slice(m.index, end).trim(), recurring: false };
  }
  return null;
}

function toTask(item: Item, text: string): Task {
  return { label: item.label, text, assignees: extractAssignees(text), deadline: extractDeadline(text), subtasks: [] };
}

export function extractTasks(doc: SegmentedDoc, c: Collector): Task[] {
  const body = doc.body;
  if (body.some((l) => ARTICLE.test(l.text))) return [];
  let inQuote = false;
  const items: Array<{ item: Item; lines: Line[] }> = [];
  let current: { item: Item; lines: Line[] } | null = null;
  for (const line of body) {
    const t = line.text;
    const opens = (t.match(/[“"]/gu)?.length ?? 0) - (t.match(/[”]/gu)?.length ?? 0);
    if (/^[“"]/u.test(t) && !/[”"]\s*[.;,]?$/u.test(t)) inQuote = true;
    const item = inQuote ? null : itemOf(line);
    if (item) {
      current = { item, lines: [line] };
      items.push(current);
    } else if (current && line.block === current.lines[current.lines.length - 1]!.block) current.lines.push(line);
    else current = null;
    if (inQuote && /[”"]\s*[.;,]?$/u.test(t) && opens <= 0) inQuote = false;
  }
  const numbered = items.filter((i) => i.item.style !== 'dash' && i.item.style !== 'decimal');
  if (numbered.length === 0) return [];
  const top = numbered[0]!.item.style;
  const tasks: Task[] = [];
  // Styles seen below the top level, outermost first, to nest deeper items.
  let stack: Array<{ style: Style; task: Task }> = [];
  for (const { item, lines } of items) {
    const text = [item.text, ...lines.slice(1).map((l) => l.text)].join(' ').replace(/\s+/gu, ' ').trim();
    const task = toTask(item, text);
    if (item.style === top) {
      c.span(`/tasks/${tasks.length}`, item.line);
      tasks.push(task);
      stack = [{ style: top, task }];
      continue;
    }
    if (stack.length === 0) continue;
    const level = stack.findIndex((s) => s.style === item.style);
    if (level > 0) stack = stack.slice(0, level);
    const parent = stack[stack.length - 1]!.task;
    parent.subtasks.push(task);
    stack.push({ style: item.style, task });
  }
  return tasks;
}
