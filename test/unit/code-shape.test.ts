import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/** The shape the architecture asks for: files under 400 lines, functions under 80. */
const ROOT = path.resolve(__dirname, '../../..');

function sources(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sources(p, out);
    else if (/\.ts$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const FILES = [...sources(path.join(ROOT, 'server/src')), ...sources(path.join(ROOT, 'client/src'))];

describe('code shape', () => {
  it('no source file has 400 lines or more', () => {
    const long = FILES.map((f) => [path.relative(ROOT, f), fs.readFileSync(f, 'utf8').split('\n').length] as const).filter(([, n]) => n >= 400);
    assert.deepStrictEqual(long, []);
  });

  it('no function has 80 lines or more', () => {
    const long: string[] = [];
    for (const f of FILES) {
      const src = ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
          const lines = src.getLineAndCharacterOfPosition(node.getEnd()).line - src.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          if (lines >= 80) long.push(`${path.relative(ROOT, f)}:${src.getLineAndCharacterOfPosition(node.getStart()).line + 1} (${lines} lines)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(src);
    }
    assert.deepStrictEqual(long, []);
  });
});
