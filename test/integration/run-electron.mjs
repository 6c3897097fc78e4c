// Runs the same integration suite in desktop VS Code through @vscode/test-electron, for machines
// that can download VS Code (these build machines cannot: use run-code-server.mjs here).
//   npm run test:electron            (VS Code stable; JIXIAO_VSCODE_VERSION=1.100.3 to pin)
import { existsSync, readFileSync, rmSync } from 'fs';
import { prepareWorkspace } from './workspace.mjs';
import { dirname, join, resolve } from 'path';
import { fileURLToPath } from 'url';
import { runTests } from '@vscode/test-electron';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'out');
const WORKSPACE = join(OUT, 'integration-workspace');
const RESULTS = join(OUT, 'integration-results.json');
const SHARED = resolve(ROOT, '../shared');

prepareWorkspace(ROOT, WORKSPACE, SHARED);
rmSync(RESULTS, { force: true });

try {
  await runTests({
    version: process.env.JIXIAO_VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(OUT, 'test/integration/suite/index.js'),
    extensionTestsEnv: { JIXIAO_INTEGRATION_RESULTS: RESULTS, JIXIAO_SHARED: SHARED },
    launchArgs: [WORKSPACE, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (e) {
  console.error(`integration (electron): ${e.message}`);
  process.exitCode = 1;
}
if (existsSync(RESULTS)) {
  const r = JSON.parse(readFileSync(RESULTS, 'utf8'));
  for (const f of r.failures ?? []) console.error(`integration FAILED: ${f.title}\n${f.message}\n`);
  console.log(`integration (VS Code ${r.vscodeVersion}, electron): ${r.passed} passed, ${r.failed} failed`);
  if (r.failed > 0) process.exitCode = 1;
} else {
  console.log('integration (electron): 0 passed, 1 failed (the suite did not report; see above)');
  process.exitCode = 1;
}
