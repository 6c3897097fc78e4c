// Mocha's spec output, and the counts written to $JIXIAO_RESULTS for scripts/test.mjs.
const Mocha = require('mocha');
const fs = require('fs');

class Reporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const failures = [];
    runner.on('fail', (test, err) => failures.push({ title: test.fullTitle(), message: String(err && err.message) }));
    runner.once('end', () => {
      const file = process.env.JIXIAO_RESULTS;
      if (!file) return;
      const s = runner.stats || {};
      fs.writeFileSync(file, JSON.stringify({ passed: s.passes || 0, failed: s.failures || 0, pending: s.pending || 0, failures }));
    });
  }
}
module.exports = Reporter;
