/** Every rule of `congvan check`, in the order of the README table. Add a rule: a module here, then `node scripts/rules-table.js`. */
import type { Rule } from '../types.js';
import { rule as nationalMotto } from './national-motto.js';
import { rule as numberFormat } from './number-format.js';
import { rule as numberZeroPad } from './number-zero-pad.js';
import { rule as typeCodeKnown } from './type-code-known.js';
import { rule as typeCodeMatchesTitle } from './type-code-matches-title.js';
import { rule as datePlaceComma } from './date-place-comma.js';
import { rule as dateZeroPad } from './date-zero-pad.js';
import { rule as dateValid } from './date-valid.js';
import { rule as dateNotFuture } from './date-not-future.js';
import { rule as subjectPrefix } from './subject-prefix.js';
import { rule as legalBasisPunctuation } from './legal-basis-punctuation.js';
import { rule as recipientsListPunctuation } from './recipients-list-punctuation.js';
import { rule as signerAuthorityKnown } from './signer-authority-known.js';
import { rule as signerTitleMatchesAuthority } from './signer-title-matches-authority.js';
import { rule as distributionPresent } from './distribution-present.js';
import { rule as distributionListPunctuation } from './distribution-list-punctuation.js';
import { rule as archiveLine } from './archive-line.js';
import { rule as documentMarks } from './document-marks.js';

export const rules: readonly Rule[] = [
  nationalMotto,
  numberFormat,
  numberZeroPad,
  typeCodeKnown,
  typeCodeMatchesTitle,
  datePlaceComma,
  dateZeroPad,
  dateValid,
  dateNotFuture,
  subjectPrefix,
  legalBasisPunctuation,
  recipientsListPunctuation,
  signerAuthorityKnown,
  signerTitleMatchesAuthority,
  distributionPresent,
  distributionListPunctuation,
  archiveLine,
  documentMarks,
];
