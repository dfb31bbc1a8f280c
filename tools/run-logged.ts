/**
 * Runs one build command of `npm run tools`. Builds run side by side, so every line a build prints is
 * prefixed with the tool's name, and a failed build's error carries its last lines.
 */
import { spawn } from 'node:child_process';

export function runLogged(name: string, command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    let partial = '';
    const print = (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        process.stderr.write(`[${name}] ${line}\n`);
        tail.push(line);
        if (tail.length > 20) tail.shift();
      }
    };
    child.stdout.on('data', print);
    child.stderr.on('data', print);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (partial) print(Buffer.from('\n'));
      if (code === 0) resolve();
      else reject(new Error(`${name}: ${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${tail.join('\n')}`));
    });
  });
}
