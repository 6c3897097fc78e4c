import { readFileSync } from 'fs';
import { lint } from '../../server/src/engine';
import { parseFixture } from '../harness/fixture';

for (const file of process.argv.slice(2)) {
  const fx = parseFixture(file, readFileSync(file, 'utf8'));
  const r = lint(fx.text, fx.options);
  console.log('#####', file, r.doc.outline?.name, r.failures.map((f) => f.ruleId + ': ' + f.error));
  for (const f of r.findings) {
    const p = r.doc.input.sourceLines.positionAt(f.start);
    console.log(`${p.line + 1}:${p.character + 1}`, f.severity, f.ruleId, f.message.zh, f.fixes.map((x) => '[' + x.title.zh + ']').join(' '));
  }
}
