// The whole test suite: build, compile, unit and protocol suites (mocha), then the integration
// suite inside a real VS Code (code-server) unless JIXIAO_SKIP_INTEGRATION=1. Prints one closing
// line "N passed, N failed" over all suites and exits non-zero on any failure.
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  return r.status ?? 1;
}

let passed = 0;
let failed = 0;
const step = (name, status) => {
  if (status !== 0) {
    console.error(`\n${name} failed (exit ${status})`);
    console.log(`${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  }
};

step('build', run('node', ['scripts/build.mjs']));
step('compile tests', run('npx', ['tsc', '-p', 'tsconfig.test.json']));

import { readFileSync, rmSync } from 'fs';
function mocha(name, spec, extraEnv = {}) {
  const results = `out/${name}-results.json`;
  rmSync(results, { force: true });
  const status = run('npx', ['mocha', '--exit', '--reporter', 'test/tools/reporter.cjs', '--timeout', '20000', spec], {
    env: { ...process.env, JIXIAO_RESULTS: results, ...extraEnv },
  });
  if (existsSync(results)) {
    const r = JSON.parse(readFileSync(results, 'utf8'));
    passed += r.passed;
    failed += r.failed;
    console.log(`${name}: ${r.passed} passed, ${r.failed} failed`);
  } else if (status !== 0) failed++;
  return status;
}

const statuses = [mocha('unit', 'out/test/unit/**/*.test.js')];
if (existsSync('out/test/protocol')) {
  statuses.push(mocha('protocol', 'out/test/protocol/**/*.test.js'));
  // Again with every draft, however small, checked in an analysis worker: both paths answer alike.
  statuses.push(mocha('protocol-workers', 'out/test/protocol/**/*.test.js', { JIXIAO_WORKER_MIN_CHARS: '0' }));
}
if (process.env.JIXIAO_SKIP_INTEGRATION !== '1' && existsSync('test/integration/run-code-server.mjs')) {
  const status = run('node', ['test/integration/run-code-server.mjs']);
  if (existsSync('out/integration-results.json')) {
    const r = JSON.parse(readFileSync('out/integration-results.json', 'utf8'));
    passed += r.passed;
    failed += r.failed;
    console.log(`integration: ${r.passed} passed, ${r.failed} failed`);
  } else failed++;
  statuses.push(status);
}
// The HTML overview in a real browser: Chromium came with the integration suite's installer.
if (existsSync('out/test/browser')) statuses.push(mocha('browser', 'out/test/browser/**/*.test.js'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(statuses.every((s) => s === 0) && failed === 0 ? 0 : 1);
