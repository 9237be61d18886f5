#!/usr/bin/env node
// Node 20 cannot run .ts: Vite's module runner loads the TypeScript CLI.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const cliPath = fileURLToPath(new URL('../src/build/cli.ts', import.meta.url));

function report(error) {
  const message = error && typeof error.message === 'string' ? error.message : String(error);
  process.stderr.write(`${message.replace(/^\[[\w:-]+\]\s*/, '')}\n`);
  process.exitCode = 1;
}

try {
  const nodeEnv = process.env.NODE_ENV;
  const { module } = await runnerImport(cliPath);
  // The runner sets NODE_ENV=development, which would make builds ship React's development bundle.
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  await module.main(process.argv);
} catch (error) {
  report(error);
}
