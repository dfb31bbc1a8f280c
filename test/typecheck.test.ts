import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/fixtures';

describe('type check', () => {
  // `npm run typecheck`, run beside the other test files instead of before them. The generated
  // imports/ are declarations, which the checker reads but does not check; tsconfig.json keeps the
  // build info in .cache/, so an unchanged file is not checked again.
  it('`tsc --noEmit` reports no error', async () => {
    const tsc = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const { status, output } = await new Promise<{ status: number | null; output: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [tsc, '--noEmit', '--pretty', 'false'], { cwd: REPO_ROOT });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ status: code, output }));
    });
    expect(output.trim()).toBe('');
    expect(status).toBe(0);
  });
});
