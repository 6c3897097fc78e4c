import { foldForMatch } from './text';
import { parseChineseNumeral } from './numerals';
import { unsafePattern } from './safe-pattern';
import { OUTLINE_DATA } from '../outlines';

/**
 * An outline (提纲) as the finance bureau sends it: parts, their accepted titles, the instruction
 * sentences drafters must replace, and fixed sentences. Outlines are data (server/src/outlines/*.json),
 * and a user may add one of their own; this file reads, checks and matches them.
 */
export interface OutlineInstruction {
  text: string;
  /** `placeholder` instructions (the seal mark) are reported as placeholders, not instructions. */
  kind?: 'instruction' | 'placeholder';
}

export interface OutlinePartData {
  id: string;
  title: string;
  patterns?: string[];
  required?: boolean;
  /**
   * A part a unit with nothing to say there may leave out (`国有资本经营预算支出情况` of a unit with
   * no such funds), numbering the parts after it on; answered `无` by others.
   */
  mayBeLeftOut?: boolean;
  instructions?: OutlineInstruction[];
  sentences?: string[];
  children?: OutlinePartData[];
}

export interface OutlineData {
  name: string;
  title: string;
  titleEn?: string;
  /** Path of the part that gives the unit's income and spending (`二`). */
  summaryPart?: string;
  /** Path of the part that lists each project's funds (`三/二`). */
  projectsPart?: string;
  coverInstructions?: OutlineInstruction[];
  parts: OutlinePartData[];
}

export interface OutlinePart {
  /** `三/二` */
  path: string;
  id: string;
  number: number;
  level: 1 | 2;
  title: string;
  required: boolean;
  mayBeLeftOut: boolean;
  matchers: RegExp[];
  instructions: OutlineInstruction[];
  sentences: string[];
  children: OutlinePart[];
  parent?: OutlinePart;
  /** Position among all parts in reading order, for order checks. */
  order: number;
}

export interface Outline {
  name: string;
  title: string;
  titleEn: string;
  summaryPart?: string;
  projectsPart?: string;
  coverInstructions: OutlineInstruction[];
  parts: OutlinePart[];
  /** Every part, parents before children, in outline order. */
  all: OutlinePart[];
  source: string;
}

export class OutlineError extends Error {
  constructor(readonly field: string, readonly problem: string, readonly source: string) {
    super(`${source}: ${field}: ${problem}`);
  }
}

function fail(source: string, field: string, problem: string): never {
  throw new OutlineError(field, problem, source);
}

function checkString(v: unknown, source: string, field: string): string {
  if (typeof v !== 'string' || v.trim() === '') fail(source, field, 'must be a non-empty string');
  return v;
}

function checkInstructions(v: unknown, source: string, field: string): OutlineInstruction[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) fail(source, field, 'must be an array');
  return v.map((x, i) => {
    if (typeof x !== 'object' || x === null) fail(source, `${field}[${i}]`, 'must be an object with "text"');
    const o = x as Record<string, unknown>;
    const text = checkString(o.text, source, `${field}[${i}].text`);
    if (o.kind !== undefined && o.kind !== 'instruction' && o.kind !== 'placeholder') {
      fail(source, `${field}[${i}].kind`, 'must be "instruction" or "placeholder"');
    }
    return { text, kind: (o.kind as OutlineInstruction['kind']) ?? 'instruction' };
  });
}

function compilePart(
  data: unknown, source: string, field: string, level: 1 | 2, parent: OutlinePart | undefined, all: OutlinePart[],
): OutlinePart {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail(source, field, 'must be an object');
  const o = data as Record<string, unknown>;
  const id = checkString(o.id, source, `${field}.id`);
  const number = parseChineseNumeral(id);
  if (number === undefined) fail(source, `${field}.id`, `"${id}" is not a Chinese numeral such as 一 or 十二`);
  const title = checkString(o.title, source, `${field}.title`);
  const patterns = o.patterns === undefined ? [] : o.patterns;
  if (!Array.isArray(patterns)) fail(source, `${field}.patterns`, 'must be an array of regular expressions');
  const matchers = patterns.map((p, i) => {
    const ps = checkString(p, source, `${field}.patterns[${i}]`);
    let re: RegExp;
    try {
      re = new RegExp(ps);
    } catch (e) {
      return fail(source, `${field}.patterns[${i}]`, `not a valid regular expression (${(e as Error).message})`);
    }
    const unsafe = unsafePattern(ps);
    if (unsafe) fail(source, `${field}.patterns[${i}]`, `refused: ${unsafe}`);
    return re;
  });
  // The title itself always matches, folded like a heading is. A literal pattern (linear time), not
  // a function: outlines are plain data that the server sends to its analysis workers.
  matchers.push(new RegExp(`^${foldForMatch(title).replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}$`));
  if (o.required !== undefined && typeof o.required !== 'boolean') fail(source, `${field}.required`, 'must be true or false');
  if (o.mayBeLeftOut !== undefined && typeof o.mayBeLeftOut !== 'boolean') fail(source, `${field}.mayBeLeftOut`, 'must be true or false');
  const sentences = o.sentences === undefined ? [] : o.sentences;
  if (!Array.isArray(sentences)) fail(source, `${field}.sentences`, 'must be an array of strings');
  sentences.forEach((s, i) => checkString(s, source, `${field}.sentences[${i}]`));
  const part: OutlinePart = {
    path: parent ? `${parent.path}/${id}` : id,
    id,
    number,
    level,
    title,
    required: o.required !== false,
    mayBeLeftOut: o.mayBeLeftOut === true,
    matchers,
    instructions: checkInstructions(o.instructions, source, `${field}.instructions`),
    sentences: sentences as string[],
    children: [],
    parent,
    order: all.length,
  };
  all.push(part);
  if (o.children !== undefined) {
    if (!Array.isArray(o.children)) fail(source, `${field}.children`, 'must be an array');
    if (level === 2 && o.children.length > 0) fail(source, `${field}.children`, 'outlines have two levels of parts at most');
    part.children = o.children.map((c, i) => compilePart(c, source, `${field}.children[${i}]`, 2, part, all));
  }
  return part;
}

/** Checks outline data and compiles its patterns. Throws OutlineError naming the bad field. */
export function compileOutline(data: unknown, source: string): Outline {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail(source, '(top)', 'must be a JSON object');
  const o = data as Record<string, unknown>;
  const name = checkString(o.name, source, 'name');
  const title = checkString(o.title, source, 'title');
  if (!Array.isArray(o.parts) || o.parts.length === 0) fail(source, 'parts', 'must be a non-empty array');
  const all: OutlinePart[] = [];
  const parts = o.parts.map((p, i) => compilePart(p, source, `parts[${i}]`, 1, undefined, all));
  const outline: Outline = {
    name,
    title,
    titleEn: typeof o.titleEn === 'string' ? o.titleEn : title,
    summaryPart: typeof o.summaryPart === 'string' ? o.summaryPart : undefined,
    projectsPart: typeof o.projectsPart === 'string' ? o.projectsPart : undefined,
    coverInstructions: checkInstructions(o.coverInstructions, source, 'coverInstructions'),
    parts,
    all,
    source,
  };
  for (const key of ['summaryPart', 'projectsPart'] as const) {
    const path = outline[key];
    if (path !== undefined && !all.some((p) => p.path === path)) fail(source, key, `no part has the path "${path}"`);
  }
  return outline;
}

/** Parses a user's outline file (JSON text). */
export function parseOutlineJson(text: string, source: string): Outline {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // The parser's message quotes the text; a file that is not an outline must not be shown.
    const at = /position (\d+)/.exec((e as Error).message)?.[1];
    fail(source, '(file)', `not valid JSON${at ? ` (at character ${at})` : ''}`);
  }
  return compileOutline(data, source);
}

/** The outlines shipped as data: every JSON file in server/src/outlines (see scripts/generate.mjs). */
export const BUILTIN_OUTLINES: readonly Outline[] = OUTLINE_DATA.map((o) => compileOutline(o.data, o.source));

/** Heading text folded for matching: no number, no spaces, no closing full stop. */
export function foldTitle(title: string): string {
  return foldForMatch(title).replace(/[。．.：:；;，,]+$/, '');
}

export function partMatches(part: OutlinePart, foldedTitle: string): boolean {
  return part.matchers.some((m) => m.test(foldedTitle));
}

/**
 * Whether some part of a list matches a folded title: one pattern joining all of theirs (their
 * titles are patterns too), asked before the parts one by one. Most lines match no part, and
 * asking every part was most of recognising the outline. Built once per list.
 */
const ANY_PART = new WeakMap<readonly OutlinePart[], (folded: string) => boolean>();

export function anyPartMatches(parts: readonly OutlinePart[], foldedTitle: string): boolean {
  let test = ANY_PART.get(parts);
  if (!test) {
    test = joinedMatcher(parts);
    ANY_PART.set(parts, test);
  }
  return test(foldedTitle);
}

function joinedMatcher(parts: readonly OutlinePart[]): (folded: string) => boolean {
  const oneByOne = (s: string) => parts.some((p) => partMatches(p, s));
  const matchers = parts.flatMap((p) => p.matchers);
  // Joined only where that asks the same question: patterns without flags (no `lastIndex` state)
  // and without back-references, whose numbers would shift in the joined pattern.
  if (matchers.length === 0 || !matchers.every((m) => m.flags === '' && !/\\[1-9k]/.test(m.source))) return oneByOne;
  try {
    const joined = new RegExp(matchers.map((m) => `(?:${m.source})`).join('|'));
    return (s) => joined.test(s);
  } catch {
    // Two patterns naming the same group cannot be joined.
    return oneByOne;
  }
}

export function findPart(outline: Outline, path: string): OutlinePart | undefined {
  return outline.all.find((p) => p.path === path);
}
