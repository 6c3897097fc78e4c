import * as fs from 'fs';
import * as path from 'path';
import type { WordPlace } from '../model/docx';
import { decode, Decoded } from './encoding';

export { decode } from './encoding';

export interface Input extends Decoded {
  name: string;
  /** Read from a Word document: checked, never fixed in place. */
  word?: boolean;
  /** For a Word document: each line's place in it. */
  places?: WordPlace[];
  /** The bytes as read (for --fix). */
  bytes?: Buffer;
}

const DRAFT_EXT = /\.(txt|md|docx)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);


/** `localeCompare`'s order with one collator: making one per comparison was a tenth of a folder's time. */
const NAME_ORDER = new Intl.Collator();

/**
 * Files below a directory. Symbolic links are followed (a draft may be reached through one); each
 * directory is entered once by its real path, so a link that loops back ends there.
 */
function walk(dir: string, out: string[], accept: (name: string) => boolean, seen = new Set<string>()): void {
  let entries: fs.Dirent[];
  try {
    const real = fs.realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => NAME_ORDER.compare(a.name, b.name));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = fs.statSync(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // a dangling link
      }
    }
    if (isDir) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p, out, accept, seen);
    } else if (isFile && accept(e.name)) out.push(p);
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
export function expandInputs(args: string[]): { files: string[]; missing: string[]; inFolder: Set<string> } {
  const files: string[] = [];
  const missing: string[] = [];
  /** Files found by searching a folder: a text file there is checked only if it reads as a report. */
  const inFolder = new Set<string>();
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
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(a, found, (n) => DRAFT_EXT.test(n));
      for (const f of found) inFolder.add(f);
      files.push(...found);
    } else files.push(a);
  }
  return { files: [...new Set(files)], missing, inFolder };
}

export function readInput(file: string, stdin: () => Buffer): Input {
  const name = file === '-' ? '<stdin>' : file;
  let buf: Buffer;
  try {
    buf = file === '-' ? stdin() : fs.readFileSync(file);
  } catch (e) {
    return { name, error: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  if (/\.docx$/i.test(file)) return { name, word: true, bytes: buf, ...wordReader().readDocx(buf) };
  if (/\.(doc|wps)$/i.test(file)) return { name, word: true, ...convertOldWord(file) };
  if (/\.pdf$/i.test(file)) return { name, error: 'a PDF: text taken from PDF is unusable for these checks; check the .docx (or .txt) it was made from' };
  return { name, bytes: buf, ...decode(buf) };
}

/** The Word reader and its unzipper, loaded on the first Word draft rather than at every start. */
function wordReader(): typeof import('../model/docx') {
  return require('../model/docx');
}

/** `.doc` and `.wps` (Kingsoft's .doc): converted by LibreOffice when it is installed. */
function convertOldWord(file: string): { text?: string; error?: string } {
  const { spawnSync } = require('child_process') as typeof import('child_process');
  const os = require('os') as typeof import('os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-doc-'));
  try {
    const r = spawnSync('soffice', ['--headless', '--convert-to', 'docx', '--outdir', dir, file], { timeout: 120000, encoding: 'utf8' });
    const out = path.join(dir, path.basename(file).replace(/\.(doc|wps)$/i, '.docx'));
    if (r.error || !fs.existsSync(out)) {
      return { error: 'an old .doc/.wps file: save it as .docx in Word or WPS (or install LibreOffice, whose soffice converts it)' };
    }
    return wordReader().readDocx(fs.readFileSync(out));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
