/**
 * Outline patterns come from a user's files, which an untrusted folder may hold. Matching must take
 * bounded time, so a pattern is refused unless it keeps to a safe subset: no backreferences, no
 * lookaround, no quantified group that itself holds a quantifier or an alternation (the shapes that
 * backtrack exponentially, `^(a+)+$`, `(a|a)*`), bounded repetitions small, and the whole short.
 * Returns why a pattern is refused, or undefined.
 */
const MAX_PATTERN = 300;
const MAX_REPEAT = 200;

interface Group {
  quantified: boolean;
  alternation: boolean;
}

/** The length of a quantifier at `i` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`), and whether it is unbounded or large. */
function quantifierAt(p: string, i: number): { length: number; repeats: boolean; tooLarge: boolean } | undefined {
  const ch = p[i];
  if (ch === '*' || ch === '+') return { length: p[i + 1] === '?' ? 2 : 1, repeats: true, tooLarge: false };
  if (ch === '?') return { length: 1, repeats: false, tooLarge: false };
  const m = /^\{(\d+)(,(\d*))?\}\??/.exec(p.slice(i));
  if (!m) return undefined;
  const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
  return { length: m[0].length, repeats: max > 1, tooLarge: max > MAX_REPEAT && max !== Infinity };
}

export function unsafePattern(p: string): string | undefined {
  if (p.length > MAX_PATTERN) return `longer than ${MAX_PATTERN} characters`;
  const stack: Group[] = [{ quantified: false, alternation: false }];
  for (let i = 0; i < p.length; i++) {
    const ch = p[i];
    if (ch === '\\') {
      if (/[1-9k]/.test(p[i + 1] ?? '')) return 'backreferences are not allowed';
      i++;
    } else if (ch === '[') {
      // A character class: nothing inside is a group or a quantifier.
      for (i++; i < p.length && p[i] !== ']'; i++) if (p[i] === '\\') i++;
    } else if (ch === '(') {
      if (/^\(\?(?:[=!]|<[=!])/.test(p.slice(i))) return 'lookahead and lookbehind are not allowed';
      stack.push({ quantified: false, alternation: false });
    } else if (ch === ')') {
      const group = stack.pop();
      if (!group || stack.length === 0) return 'unbalanced parentheses';
      const q = quantifierAt(p, i + 1);
      if (q?.repeats && (group.quantified || group.alternation)) return 'a repeated group may not hold a quantifier or an alternation (it can take exponential time)';
      if (q?.tooLarge) return `repetitions above ${MAX_REPEAT} are not allowed`;
      const outer = stack[stack.length - 1];
      outer.quantified ||= group.quantified || !!q?.repeats;
      if (q) i += q.length;
    } else if (ch === '|') {
      stack[stack.length - 1].alternation = true;
    } else {
      const q = quantifierAt(p, i);
      if (q && i > 0) {
        if (q.tooLarge) return `repetitions above ${MAX_REPEAT} are not allowed`;
        if (q.repeats) stack[stack.length - 1].quantified = true;
        i += q.length - 1;
      }
    }
  }
  return stack.length === 1 ? undefined : 'unbalanced parentheses';
}
