import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/fixtures';

const PROGRAM = path.join(REPO_ROOT, 'constructs', 'spark-log-analytics');
// No bytecode next to the sources: the test must leave the tree clean.
const python = (...args: string[]) =>
  spawnSync('python3', args, { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, PYTHONPATH: PROGRAM, PYTHONDONTWRITEBYTECODE: '1', PYTHONPYCACHEPREFIX: path.join(REPO_ROOT, '.cache', 'pycache') } });

// python3 is a prerequisite of the suite (like promtool): a missing interpreter fails, it never skips.
describe('the log-analytics PySpark program', () => {
  it('compiles with `python3 -m py_compile`', () => {
    const result = python('-m', 'py_compile', path.join(PROGRAM, 'main.py'), path.join(PROGRAM, 'transform.py'));
    expect(result.error, 'python3 must be installed (apt-get install python3)').toBeUndefined();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('counts error-level records per namespace per minute (unit tests of the transform on sample records)', () => {
    const result = python('-m', 'unittest', 'discover', '-s', path.join(REPO_ROOT, 'test', 'spark'), '-p', 'test_*.py', '-v');
    expect(result.error, 'python3 must be installed (apt-get install python3)').toBeUndefined();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/Ran [1-9]\d* tests/);
  });
});
