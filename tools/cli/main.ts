/** Process entry point of `nimm` (started by bin/nimm.js): binds run() to stdout, stderr and the exit code. */
import { run } from './run';

// `nimm default-model | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') {
    process.stderr.write(`nimm: cannot write the output: ${error.message}\n`);
  }
  process.exit(error.code === 'EPIPE' ? 0 : 2);
});

// exitCode rather than process.exit() so large outputs finish flushing before Node exits.
process.exitCode = run(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`)
});
