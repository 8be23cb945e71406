/** `npm run analyze -- …`: the Node entry of the CLI. */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { type CliIo, runCli } from './run';

const io: CliIo = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  readFile: (path) => (path === '-' ? text(process.stdin) : readFile(path, 'utf8')),
  openLines: (path) => (path === '-' ? process.stdin : createReadStream(path, 'utf8')),
};

runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
