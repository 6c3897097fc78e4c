import * as fs from 'fs';
import { BUILTIN_OUTLINES, Outline, OutlineError, parseOutlineJson } from './model/outline';

/** A `--template`/setting value: a built-in name, or the path of the user's outline JSON file. */
export function resolveOutline(nameOrPath: string, readFile: (p: string) => string = (p) => fs.readFileSync(p, 'utf8')): { outline?: Outline; error?: string } {
  const builtin = BUILTIN_OUTLINES.find((o) => o.name === nameOrPath);
  if (builtin) return { outline: builtin };
  if (!/\.json$/i.test(nameOrPath)) {
    return { error: `unknown outline "${nameOrPath}"; built-in outlines are ${BUILTIN_OUTLINES.map((o) => o.name).join(', ')}, or give a .json file` };
  }
  let text: string;
  try {
    text = readFile(nameOrPath);
  } catch (e) {
    return { error: `cannot read outline file ${nameOrPath} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  try {
    return { outline: parseOutlineJson(text, nameOrPath) };
  } catch (e) {
    if (e instanceof OutlineError) return { error: `outline file ${e.message}` };
    throw e;
  }
}
