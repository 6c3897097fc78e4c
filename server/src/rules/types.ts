import type { ReportDocument } from '../model/document';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Lang = 'zh' | 'en';

/** Text in both languages; the caller shows the one the user chose. */
export interface Message {
  zh: string;
  en: string;
}

export function msg(zh: string, en: string): Message {
  return { zh: flat(zh), en: flat(en) };
}

/**
 * A message joined from pieces is a tree of them until something reads it; reading a character
 * makes it one string. Findings are kept (a long draft has tens of thousands): flat, a message
 * takes a third of the memory, and the collector has one object to move instead of a dozen.
 */
function flat(s: string): string {
  return s.charCodeAt(0) === -1 ? '' : s;
}

/** A replacement of document text between two offsets. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A fix as data: edits to apply, never code to run. */
export interface Fix {
  title: Message;
  edits: TextEdit[];
  /** The fix a user would pick without thinking (the light bulb's first entry). */
  preferred?: boolean;
  /** Set by the engine from the rule unless the fix says otherwise. */
  safety?: FixSafety;
  /**
   * Findings this fix leaves by design where it edits: inserting a missing part leaves the user
   * an empty part to fill in (`section.empty`).
   */
  leaves?: string[];
}

export interface RelatedPlace {
  start: number;
  end: number;
  message: Message;
}

export interface Finding {
  ruleId: string;
  start: number;
  end: number;
  message: Message;
  /** A sub-kind's own default (the seal mark is information, `XX` a warning); configuration wins. */
  severity?: Severity;
  fixes: Fix[];
  related?: RelatedPlace[];
  /** The outline path of a part the finding says is missing (views show it as a missing part). */
  missingPart?: string;
}

/** What a rule is about: for documentation, filtering and the generated rule tables. */
export type RuleTag = 'structure' | 'arithmetic' | 'template' | 'text';

/**
 * Mechanical fixes change only form (a number, debris, a doubled character, a space, a quote
 * character, the seal mark) and are applied by fix-all and `--fix`. Judgement fixes change a
 * figure or state something (a unit, a total, `无。`, a heading) and are offered one by one.
 */
export type FixSafety = 'mechanical' | 'judgement';

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  description: Message;
  tags: readonly RuleTag[];
  /** The safety of the rule's fixes, unless a fix says otherwise. */
  fixSafety: FixSafety;
  /** Findings mark text that should simply go (shown faded by editors). */
  unnecessary?: boolean;
  check(doc: ReportDocument): Finding[];
}
