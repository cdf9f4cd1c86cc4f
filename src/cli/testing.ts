// Shared by the CLI's unit tests: `main` run in this process, its output collected.
import { PassThrough } from 'node:stream';
import { main, type RunOptions } from './main.js';

export async function runMain(argv: readonly string[], options: RunOptions = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  err.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await main(argv, out, err, options);
  return { code, stdout, stderr };
}
