import { amountCountMismatch } from './amount-count-mismatch';
import { amountInconsistent } from './amount-inconsistent';
import { amountSumMismatch } from './amount-sum-mismatch';
import { amountUnit } from './amount-unit';
import { sectionEmpty } from './section-empty';
import { sectionMissing } from './section-missing';
import { sectionNumbering } from './section-numbering';
import { sectionOrder } from './section-order';
import { sectionTitle } from './section-title';
import { sectionTocMismatch } from './section-toc-mismatch';
import { amountRateMismatch } from './amount-rate-mismatch';
import { templateArtifact } from './template-artifact';
import { templateInstruction } from './template-instruction';
import { templatePlaceholder } from './template-placeholder';
import { textDuplicateChar } from './text-duplicate-char';
import { textSpacing } from './text-spacing';
import { textUnbalancedQuote } from './text-unbalanced-quote';
import type { Rule } from './types';

/** Every rule, registered by name so that reading this list tells what the checker does. */
export const RULES: readonly Rule[] = [
  sectionMissing,
  sectionOrder,
  sectionNumbering,
  sectionEmpty,
  sectionTitle,
  sectionTocMismatch,
  templateInstruction,
  templatePlaceholder,
  templateArtifact,
  amountSumMismatch,
  amountInconsistent,
  amountUnit,
  amountCountMismatch,
  amountRateMismatch,
  textDuplicateChar,
  textUnbalancedQuote,
  textSpacing,
];

export const RULE_IDS = RULES.map((r) => r.id);
