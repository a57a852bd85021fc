'use strict';
// Runs the native binary as a child with this process's stdin, stdout and stderr, forwards the signals a user or
// a supervisor sends, and ends with the child's exit code (or dies of the child's signal).
const { spawn } = require('child_process');
const { nativeBinary } = require('./platform.js');

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];

function run(binary, args) {
  const child = spawn(binary, args, { stdio: 'inherit' });
  const forward = (signal) => { if (child.exitCode === null) child.kill(signal); };
  for (const signal of FORWARDED) process.on(signal, forward);
  child.on('error', (error) => {
    process.stderr.write(`opentrain: could not start ${binary}: ${error.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    for (const s of FORWARDED) process.removeListener(s, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exit(code);
  });
}

// The native binary of this machine with these arguments; a clear message and exit 1 when npm did not install it.
function runNative(args) {
  let binary;
  try {
    binary = nativeBinary();
  } catch (error) {
    process.stderr.write(`opentrain: ${error.message}\n`);
    process.exit(1);
  }
  run(binary, args);
}

module.exports = { runNative };
