import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * Scratch folders for tests, removed when the test process exits — mocha runs with --exit, so a
 * per-test `after` would not see a failing test's folder; the exit handler does. Without this every
 * run of the suite left some 300 `jixiao-*` folders in the system's temp directory.
 */
const made: string[] = [];

export function tempDir(prefix: string): string {
  if (made.length === 0) process.on('exit', removeAll);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `jixiao-${prefix}-`));
  made.push(dir);
  return dir;
}

function removeAll(): void {
  for (const dir of made) {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // A folder still held open (a child process on Windows) is left for the system to clear.
    }
  }
}
