import type { Finding, Fix, FixSafety, Message, RelatedPlace, Severity } from './types';

/**
 * Fixes that cost more than their finding and are seldom read. A failing sum's fixes search the
 * draft for other values of each figure and try each: on a pasted line of 100,000 failing sums
 * that search was a fifth of the check, and the command line never prints it (only `--fix`
 * reads fixes, and it takes mechanical ones). So such a finding makes its fixes when they are
 * first read — a quick fix asked for; never by fix-all, as they are a judgement rule's — and
 * keeps them. Reading them gives the same fixes whenever it happens: they are made from the
 * same, unchanging report.
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

  /**
   * `make(subject)` makes the fixes: one function for all of a check's findings, and each finding's
   * own subject (a relation), so that a finding keeps no closure of its own.
   */
  constructor(
    readonly ruleId: string,
    public start: number,
    public end: number,
    readonly message: Message,
    readonly related: RelatedPlace[] | undefined,
    private subject: S | undefined,
    private make: ((subject: S) => Fix[]) | undefined,
  ) {}

  get fixes(): Fix[] {
    if (this.made) return this.made;
    const made = this.make!(this.subject!);
    this.make = undefined;
    this.subject = undefined;
    this.made = made;
    for (const fix of made) fix.safety ??= this.laterSafety;
    for (const step of this.steps ?? []) step(made);
    this.steps = undefined;
    return made;
  }

  set fixes(fixes: Fix[]) {
    this.make = undefined;
    this.subject = undefined;
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
