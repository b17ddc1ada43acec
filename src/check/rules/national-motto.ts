import type { Rule, RuleFinding } from '../types.js';
import { headOf, isPartyDocument } from '../text.js';

const MOTTO = /CỘNG\s*H(?:ÒA|OÀ)\s*XÃ\s*HỘI\s*CHỦ\s*NGHĨA\s*VIỆT\s*NAM/u;
const SLOGAN = /Độc\s*lập\s*[-–—]\s*Tự\s*do\s*[-–—]\s*Hạnh\s*phúc/iu;

export const rule: Rule = {
  id: 'national-motto',
  description: 'The document opens with the national motto "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc"',
  source: 'box 1',
  severity: 'warning',
  check(record, text) {
    if (isPartyDocument(record, text)) return [];
    const head = headOf(record, text);
    const findings: RuleFinding[] = [];
    if (!MOTTO.test(head)) findings.push({ line: 1, column: 1, message: 'no national motto "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in the header' });
    else if (!SLOGAN.test(head)) findings.push({ line: 1, column: 1, message: 'no "Độc lập - Tự do - Hạnh phúc" under the national motto' });
    return findings;
  },
};
