import { readFileSync } from 'fs';
import { parseReport } from '../../server/src/model/document';
import { evaluate } from '../../server/src/model/arith';

const doc = parseReport(readFileSync(process.argv[2], 'utf8'), { format: process.argv[2].endsWith('.md') ? 'markdown' : undefined } as any);
console.log('outline', doc.outline?.name, 'year', doc.year, 'title', doc.title, (doc as any).modelError ?? '');
for (const e of doc.entries) {
  console.log(`${e.line + 1}`.padStart(4), e.isHeading ? 'H' : '-', 'L' + e.level, e.number?.raw ?? '∅', e.part?.path ?? '', e.title.slice(0, 30), '→', e.endLine + 1);
}
for (const r of doc.relations) {
  const ev = evaluate(r);
  const fmt = (ts: readonly any[]) => ts.map((t) => (t.sign < 0 ? '−' : t.sign === 0 ? '±' : '+') + t.amount.raw + t.amount.unit).join(' ');
  console.log(ev.holds ? 'OK ' : 'BAD', r.kind, `L${r.anchor.line + 1}`, fmt(r.lhs), '=', fmt(r.rhs), r.optional.length ? '[opt ' + fmt(r.optional) + ']' : '', r.atLeast ? '≥' : '', ev.shown.diff.toString());
}
for (const c of doc.counts) console.log('count', `L${c.line + 1}`, c.claimed, c.found);
if (process.argv[3]) for (const a of doc.amounts) console.log(`L${a.line + 1}`, a.raw + a.unit, JSON.stringify(a.labelCore), a.insideOf ?? '');
