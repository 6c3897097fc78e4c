import type { Finding, Fix, FixSafety, Message, RelatedPlace, Severity } from './types';

/**
 * Fixes are made when first read. A failing sum's fixes search the draft for other values of
 * each figure and try each: on a pasted line of 100,000 failing sums that search was a fifth of
 * the check. A stray space's fix is cheap, but a draft with a finding on every line held half a
 * million of them: a third of the command line's memory, and of its time in the collector. The
 * command line prints no fixes (`--fix` reads the mechanical ones), the editor asks for the
 * fixes of the finding under the cursor. So a finding makes its fixes when they are first read —
 * a quick fix asked for, fix-all (mechanical fixes only: a judgement rule's are never made for
 * it) — and keeps them. Reading them gives the same fixes whenever it happens: they are made
 * from the same, unchanging report.
 *
 * A class, not an accessor defined on each finding: one hidden class for all of them and the
 * state on the object itself (a WeakMap of 100,000 findings cost the collector more than the
 * search it saved).
 */
export class FindingWithFixesLater<S = unknown> implements Finding {
  declare severity?: Severity;
  declare unnecessary?: boolean;
  declare missingPart?: string;
  private made: Fix[] | undefined = undefined;
  /** The engine's work on fixes (their safety, their place in the user's text), in order. */
  private steps: Array<(fixes: Fix[]) => void> | undefined = undefined;
  /** Set by the engine from the rule: fixes made later carry no safety of their own. */
  laterSafety: FixSafety | undefined = undefined;

  /** Where the finding is in the text the rules read (`start` and `end` move to the user's text). */
  private readonly viewStart: number;
  private readonly viewEnd: number;

  /**
   * `make(subject, start, end)` makes the fixes: one function for all of a check's findings, given
   * each finding's own subject (a relation, a heading; none where its place is enough) and its
   * place in the text the rules read, so that a finding keeps no closure of its own.
   */
  constructor(
    readonly ruleId: string,
    public start: number,
    public end: number,
    readonly message: Message,
    readonly related: RelatedPlace[] | undefined,
    private subject: S,
    private make: ((subject: S, start: number, end: number) => Fix[]) | undefined,
  ) {
    this.viewStart = start;
    this.viewEnd = end;
  }

  get fixes(): Fix[] {
    if (this.made) return this.made;
    let made: Fix[];
    try {
      made = this.make!(this.subject, this.viewStart, this.viewEnd);
    } catch {
      // Made while the check ran, a maker's bug would have been the rule's failure; read later, it
      // costs this finding its fixes and no more (fix-all, --fix and a quick fix go on).
      made = [];
    }
    this.make = undefined;
    this.subject = undefined as S;
    this.made = made;
    for (const fix of made) fix.safety ??= this.laterSafety;
    for (const step of this.steps ?? []) step(made);
    this.steps = undefined;
    return made;
  }

  set fixes(fixes: Fix[]) {
    this.make = undefined;
    this.subject = undefined as S;
    this.steps = undefined;
    this.made = fixes;
  }

  get pending(): boolean {
    return this.made === undefined;
  }

  /** Runs `step` on the fixes now, or when they are made. (Not `then`: that would make a finding a promise's look-alike.) */
  whenMade(step: (fixes: Fix[]) => void): void {
    if (this.made) step(this.made);
    else (this.steps ??= []).push(step);
  }

  /** What a plain finding would serialise to (fixes made), so that output does not depend on how it was made. */
  toJSON(): Finding & { unnecessary?: boolean } {
    const { ruleId, start, end, message, fixes, related, severity, unnecessary, missingPart } = this;
    return { ruleId, start, end, message, fixes, related, severity, unnecessary, missingPart };
  }
}

/** Runs `step` on the finding's fixes now, or when they are made. */
export function onFixes(f: Finding, step: (fixes: Fix[]) => void): void {
  if (f instanceof FindingWithFixesLater) f.whenMade(step);
  else step(f.fixes);
}

/** Gives the finding's fixes the rule's safety where they do not say their own: now, or when they are made. */
export function setFixSafety(f: Finding, safety: FixSafety | undefined): void {
  if (f instanceof FindingWithFixesLater && f.pending) f.laterSafety = safety;
  else for (const fix of f.fixes) fix.safety ??= safety;
}

/** Whether a finding may have a mechanical fix, without making fixes that cannot be. */
export function mayHaveMechanicalFix(f: Finding): boolean {
  if (f instanceof FindingWithFixesLater && f.pending) return f.laterSafety !== 'judgement';
  return f.fixes.length > 0;
}

/** Whether a finding may have fixes at all, without making them. */
export function mayHaveFixes(f: Finding): boolean {
  return (f instanceof FindingWithFixesLater && f.pending) || f.fixes.length > 0;
}
