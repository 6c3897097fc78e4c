import * as fs from 'fs';
import * as path from 'path';
import { BUILTIN_OUTLINES, Outline, OutlineError, parseOutlineJson } from '../model/outline';

/**
 * Outlines for both front ends: the built-in ones, a user's JSON files (checked, never run), and
 * the name-or-path a user gives (`--template`, `jixiao.outline`).
 */
export function outlinesWith(extra: readonly Outline[] | undefined): readonly Outline[] {
  if (!extra?.length) return BUILTIN_OUTLINES;
  const names = new Set(extra.map((o) => o.name));
  return [...extra, ...BUILTIN_OUTLINES.filter((o) => !names.has(o.name))];
}

export function builtinOutlineNames(): string[] {
  return BUILTIN_OUTLINES.map((o) => o.name);
}

/** An outline file's text as an outline, or a message naming the file and the field. */
export function readOutlineFile(file: string, readFile: (p: string) => string = (p) => fs.readFileSync(p, 'utf8')): { outline?: Outline; error?: string } {
  let text: string;
  try {
    text = readFile(file);
  } catch (e) {
    return { error: `cannot read outline file ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  try {
    return { outline: parseOutlineJson(text, file) };
  } catch (e) {
    if (e instanceof OutlineError) return { error: `outline file ${e.message}` };
    return { error: `outline file ${file}: ${(e as Error).message}` };
  }
}

/** A `--template`/setting value: a built-in name, or the path of the user's outline JSON file. */
export function resolveOutline(nameOrPath: string, readFile?: (p: string) => string): { outline?: Outline; error?: string } {
  const builtin = BUILTIN_OUTLINES.find((o) => o.name === nameOrPath);
  if (builtin) return { outline: builtin };
  if (!/\.json$/i.test(nameOrPath)) {
    return { error: `unknown outline "${nameOrPath}"; built-in outlines are ${builtinOutlineNames().join(', ')}, or give a .json file` };
  }
  return readOutlineFile(nameOrPath, readFile);
}

export interface LoadedOutlines {
  outlines: Outline[];
  errors: string[];
}

/** Outline files relative to the given folders (paths on disk); a folder not on disk has none. */
export function loadOutlineFiles(files: string[], folders: string[]): LoadedOutlines {
  const outlines: Outline[] = [];
  const errors: string[] = [];
  for (const f of files) {
    const candidates = path.isAbsolute(f) ? [f] : folders.map((d) => path.join(d, f));
    const found = candidates.find((p) => fs.existsSync(p));
    if (!found) {
      errors.push(`outline file ${f}: not found`);
      continue;
    }
    const { outline, error } = readOutlineFile(found);
    if (outline) outlines.push(outline);
    else errors.push(error!);
  }
  return { outlines, errors };
}
