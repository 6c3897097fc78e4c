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

/**
 * Whether a file is inside a folder by its real path: no `..`, no absolute path elsewhere, no
 * symbolic link that leads out.
 */
function inside(folder: string, file: string): boolean {
  try {
    const rel = path.relative(fs.realpathSync(folder), fs.realpathSync(file));
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  } catch {
    return false;
  }
}

/**
 * Outline files named by a workspace's settings, relative to its folders (paths on disk). A
 * workspace may be untrusted: only files inside one of its folders are read, as data.
 */
export function loadOutlineFiles(files: string[], folders: string[]): LoadedOutlines {
  const outlines: Outline[] = [];
  const errors: string[] = [];
  for (const f of files) {
    if (path.isAbsolute(f) || f.split(/[\\/]/).includes('..')) {
      errors.push(`outline file ${f}: refused: give a path inside the workspace folder`);
      continue;
    }
    const candidates = folders.map((d) => ({ folder: d, file: path.join(d, f) })).filter((c) => fs.existsSync(c.file));
    if (!candidates.length) {
      errors.push(`outline file ${f}: not found`);
      continue;
    }
    const found = candidates.find((c) => inside(c.folder, c.file));
    if (!found) {
      errors.push(`outline file ${f}: refused: it leads outside the workspace folder`);
      continue;
    }
    const { outline, error } = readOutlineFile(found.file);
    if (outline) outlines.push(outline);
    else errors.push(error!);
  }
  return { outlines, errors };
}
