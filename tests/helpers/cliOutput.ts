import { PassThrough } from 'node:stream';
import type { CliIo } from '../../main/cli/io';

/** Runs a command of the CLI with its output caught: the exit code, and what it wrote to stdout and stderr. */
export async function runCaptured(command: (io: CliIo) => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const code = await command({ stdout, stderr });
  return { code, out, err };
}
