import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..', '..');

/**
 * Starts `script` (a child in this folder that prints "ready", waits for a line on stdin, does its work and prints
 * "done"), tells it to go, and SIGKILLs it `afterMs` later if it is still running. Resolves with whether it finished.
 */
export function runAndKill(script: string, args: string[], afterMs: number): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script), ...args], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
    let finished = false;
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      if (text.includes('ready')) {
        child.stdin.write('go\n');
        setTimeout(() => child.kill('SIGKILL'), afterMs);
      }
      if (text.includes('done')) finished = true;
    });
    child.on('exit', () => done(finished));
  });
}
