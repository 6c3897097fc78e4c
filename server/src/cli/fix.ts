import * as fs from 'fs';
import * as path from 'path';
import { fixText, LintOptions } from '../engine';
import { bomBytes, Decoded, encode } from './encoding';

/**
 * `jixiao-lint --fix`: mechanical fixes written back in the file's own encoding, byte-order mark
 * and line breaks, atomically (a temporary file beside it, then a rename). Bytes outside the
 * edits stay as they were: the encoders are per character, and a file whose text does not encode
 * back to its own bytes is left alone.
 */
export interface FixOutcome {
  count: number;
  /** The text after the fixes (what is checked and reported). */
  text: string;
  error?: string;
}

export function planFix(buf: Buffer, decoded: Decoded, options: LintOptions): FixOutcome & { bytes?: Buffer } {
  const text = decoded.text!;
  const fixed = fixText(text, options);
  if (fixed.count === 0) return { count: 0, text };
  const bom = decoded.bom ? bomBytes(decoded.encoding!) : Buffer.alloc(0);
  const original = encode(text, decoded.encoding!);
  if (!original || !Buffer.concat([bom, original]).equals(buf)) {
    return { count: 0, text, error: `not fixed: its ${decoded.encoding} text does not encode back to the same bytes` };
  }
  const bytes = encode(fixed.text, decoded.encoding!);
  if (!bytes) return { count: 0, text, error: `not fixed: a fix writes a character that ${decoded.encoding} cannot hold here` };
  return { count: fixed.count, text: fixed.text, bytes: Buffer.concat([bom, bytes]) };
}

/** Writes a file atomically; a read-only file is refused (even for root, who could write it). */
export function writeAtomically(file: string, bytes: Buffer): string | undefined {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    return `cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
  if ((st.mode & 0o222) === 0) return 'not fixed: the file is read-only';
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.jixiao-${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, bytes, { mode: st.mode & 0o7777, flag: 'wx' });
    fs.renameSync(temp, fs.realpathSync(file));
  } catch (e) {
    fs.rmSync(temp, { force: true });
    return `not fixed: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
  return undefined;
}
