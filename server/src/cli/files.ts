import * as fs from 'fs';
import * as path from 'path';

export interface Input {
  name: string;
  text?: string;
  /** Why the file could not be read as a draft. */
  error?: string;
}

const DRAFT_EXT = /\.(txt|md)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

/**
 * Bytes → text. Drafts come as UTF-8 (with or without BOM) or, saved from WPS on Chinese Windows,
 * as GB18030; anything else is not a draft, and we say so instead of guessing.
 */
export function decode(buf: Buffer): { text?: string; error?: string } {
  if (buf.includes(0)) return { error: 'not a text file (binary content)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(buf) };
    } catch {
      return { error: 'not readable as UTF-8 or GB18030 text' };
    }
  }
}

function walk(dir: string, out: string[], accept: (name: string) => boolean): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p, out, accept);
    } else if (e.isFile() && accept(e.name)) out.push(p);
  }
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        i++;
        if (glob[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Files named by the arguments: files as given, directories searched, globs expanded. */
export function expandInputs(args: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const a of args) {
    if (a === '-') {
      files.push('-');
      continue;
    }
    if (/[*?]/.test(a)) {
      const parts = a.split(/[\\/]/);
      const firstGlob = parts.findIndex((p) => /[*?]/.test(p));
      const base = parts.slice(0, firstGlob).join('/') || '.';
      const re = globToRegExp(parts.slice(firstGlob).join('/'));
      const found: string[] = [];
      const all: string[] = [];
      walk(base, all, () => true);
      for (const f of all) if (re.test(path.relative(base, f).split(path.sep).join('/'))) found.push(f);
      if (found.length === 0) missing.push(a);
      files.push(...found);
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(a);
    } catch {
      missing.push(a);
      continue;
    }
    if (st.isDirectory()) walk(a, files, (n) => DRAFT_EXT.test(n));
    else files.push(a);
  }
  return { files: [...new Set(files)], missing };
}

export function readInput(file: string, stdin: () => Buffer): Input {
  const name = file === '-' ? '<stdin>' : file;
  let buf: Buffer;
  try {
    buf = file === '-' ? stdin() : fs.readFileSync(file);
  } catch (e) {
    return { name, error: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  return { name, ...decode(buf) };
}
