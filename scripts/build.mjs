// Bundles with esbuild: the client with `vscode` external, the server and the command line fully
// bundled so that the VSIX needs no node_modules.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, chmodSync } from 'fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url)));
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { JIXIAO_VERSION: JSON.stringify(pkg.version) },
};

const targets = [
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', executable: true },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', executable: true },
  { entryPoints: ['server/src/analysisWorker.ts'], outfile: 'dist/analysis-worker.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
].filter((t) => existsSync(t.entryPoints[0]));

await Promise.all(targets.map(({ executable, ...t }) => esbuild.build({ ...common, ...t })));
for (const t of targets) if (t.executable) chmodSync(t.outfile, 0o755);
console.log(`built ${targets.map((t) => t.outfile).join(', ')}`);
