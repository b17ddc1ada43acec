import type { Collector } from '../extract/collector.js';
import type { Line } from './lines.js';
export interface SegmentedDoc { lines: Line[] }
export function segment(lines: Line[], _c: Collector): SegmentedDoc { return { lines }; }
