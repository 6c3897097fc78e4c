import { readFileSync } from 'fs';
import { formatOf, LintOptions, SeveritySetting } from '../../server/src/engine';

/**
 * A fixture is a draft with its expected findings written under the lines they belong to:
 *
 *   2023年预算收入101.09万元，其中年初预算69.98万元，调整追加31.14万元。
 *   #> amount.sum-mismatch: 101.12万元
 *   #> text.spacing => 三八红旗手8名
 *
 * `#> id` expects a finding of that rule on the line above; `: text` expects that text in its
 * message; `=> text` is the line as it reads after the finding's preferred fix. `#! template X`
 * and `#! rule id=severity` set options. Marker lines are removed before the draft is checked.
 */
export interface Expectation {
  line: number;
  code: string;
  message?: string;
  fixedLine?: string;
}

export interface Fixture {
  name: string;
  text: string;
  expectations: Expectation[];
  options: LintOptions;
}

export function parseFixture(name: string, source: string): Fixture {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const kept: string[] = [];
  const expectations: Expectation[] = [];
  const options: LintOptions = { rules: {} };
  for (const l of lines) {
    if (l.startsWith('#>')) {
      const m = /^#>\s*([a-z.-]+)(?:\s*:\s*(.*?))?(?:\s*=>\s?(.*))?$/.exec(l);
      if (!m) throw new Error(`${name}: bad expectation "${l}"`);
      if (kept.length === 0) throw new Error(`${name}: an expectation needs a line above it`);
      expectations.push({ line: kept.length - 1, code: m[1], message: m[2] || undefined, fixedLine: m[3] });
    } else if (l.startsWith('#!')) {
      const [key, value] = l.slice(2).trim().split(/\s+/, 2);
      if (key === 'template') options.outline = value;
      else if (key === 'rule') {
        const [id, sev] = value.split('=');
        options.rules![id] = sev as SeveritySetting;
      } else throw new Error(`${name}: unknown option "${key}"`);
    } else kept.push(l);
  }
  return { name, text: kept.join('\n'), expectations, options };
}

export function loadFixture(path: string): Fixture {
  const fx = parseFixture(path, readFileSync(path, 'utf8'));
  fx.options.format = formatOf(path);
  return fx;
}
