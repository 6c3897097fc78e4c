import type { Amount, TableFigures } from './amounts';
import type { Entry } from './entries';
import type { Layout } from './layout';
import type { Outline } from './outline';
import type { RateClaim } from './rates';
import type { GrowthClaim } from './growth';
import type { ScoreStatement } from './scores';
import type { SourceText, InputFormat } from './source';
import type { LineIndex } from './text';
import type { CountClaim, Relation } from './terms';

/** The report model: what the parser makes of a draft, and what every rule reads. */
export interface Sentence {
  index: number;
  line: number;
  start: number;
  end: number;
  text: string;
}

export interface ReportDocument {
  text: string;
  lines: LineIndex;
  /** The `…自评报告` line, when there is one before the first part. */
  title?: { line: number; text: string };
  year?: number;
  /** Lines before the first part (cover: 附件1, title, unit name). */
  coverEndLine: number;
  outline?: Outline;
  /** How the outline was chosen: named by the user, or recognised from the headings. */
  outlineChosenBy?: 'option' | 'recognised';
  /** How sure the recognition is (0–1); 1 when the user named the outline. */
  outlineConfidence: number;
  /** An outline the first headings point to, on evidence too weak to check against (completion only). */
  outlineGuess?: Outline;
  /** How the input was read (plain text or Markdown) and the way back to its offsets. */
  input: SourceText;
  /** The 目录 and tables: lines that are not running text. */
  layout: Layout;
  entries: Entry[];
  headings: Entry[];
  sentences: Sentence[];
  amounts: Amount[];
  /** Each table's whole-cell figures by row and column (the figures are also in `amounts`). */
  tableFigures: TableFigures[];
  relations: Relation[];
  counts: CountClaim[];
  rates: RateClaim[];
  /** Changes from last year stated as percentages, with both years' figures. */
  growth: GrowthClaim[];
  /** The total score said in the text, with the score table's own total. */
  scores: ScoreStatement[];
  /** What went wrong while reading (a bug, never the draft's fault): the report is smaller for it. */
  errors: string[];
  /** Text that is not a draft at all (binary junk): no rule looks at it. */
  notText: boolean;
  /**
   * The draft is longer than any report (MAX_DRAFT_CHARS): it is not read at all, `notText` is set,
   * and the front ends say so instead of keeping an editor or a folder run busy for long.
   */
  tooLong?: { chars: number; max: number };
}

export interface ParseOptions {
  /** Outline to use, by name or compiled; otherwise the best match among `outlines`. */
  outline?: Outline | string;
  /** Outlines to recognise from (built-in ones by default, user's own added by the caller). */
  outlines?: readonly Outline[];
  /** `markdown` reads the text without its markup; offsets of findings stay those of the source. */
  format?: InputFormat;
}

