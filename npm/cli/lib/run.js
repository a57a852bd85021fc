'use strict';
// Runs the native binary as a child with this process's stdin, stdout and stderr, forwards the signals a user or
// a supervisor sends, and ends as the child ended: with its exit code, or killed by the same signal.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { nativeBinary } = require('./platform.js');

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];

// A terminal's Ctrl-C (and a supervisor that signals a whole process group or cgroup, as systemd does) reaches the
// binary as well as this launcher. Forwarding it at once would deliver it twice, and the binary ends on the first
// one: a second SIGINT would kill it outright (a death by signal instead of its own exit code 130). So a signal is
// forwarded only if the binary is still running this long after it arrived; a signal aimed at this process alone
// reaches the binary that much later.
const FORWARD_AFTER_MS = 200;

// Signals that do not end Node.js when raised on itself (SIGUSR1 starts its inspector, SIGPIPE is ignored, ...):
// the launcher then exits with 128 + the signal's number, as a shell reports a death by that signal.
const NOT_RERAISED = new Set(['SIGUSR1', 'SIGPIPE', 'SIGWINCH', 'SIGCHLD', 'SIGCONT', 'SIGURG', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU']);

const DOCS = 'https://github.com/opentrain-ai/opentrain/blob/main/docs/install.md#allowing-the-install-script';

function run(binary, args) {
  const child = spawn(binary, args, { stdio: 'inherit' });
  const pending = new Map();
  const forward = (signal) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (pending.has(signal)) { // the same signal again while one waits: the user insists, send it now
      clearTimeout(pending.get(signal));
      pending.delete(signal);
      child.kill(signal);
      return;
    }
    pending.set(signal, setTimeout(() => {
      pending.delete(signal);
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    }, FORWARD_AFTER_MS));
  };
  for (const signal of FORWARDED) process.on(signal, forward);
  child.on('error', (error) => {
    process.stderr.write(`opentrain: could not start ${binary}: ${error.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    for (const timer of pending.values()) clearTimeout(timer);
    for (const s of FORWARDED) process.removeListener(s, forward);
    if (!signal) process.exit(code);
    process.exitCode = 128 + (os.constants.signals[signal] || 0);
    if (!NOT_RERAISED.has(signal)) process.kill(process.pid, signal);
  });
}

// Said once per installation, on a terminal only: scripts and agents see exactly the binary's stderr.
function noteLauncher() {
  if (process.platform === 'win32' || process.env.OPENTRAIN_NO_LAUNCHER_NOTE === '1' || !process.stderr.isTTY) return;
  const marker = path.join(__dirname, '..', 'bin', '.launcher-note-shown');
  if (fs.existsSync(marker)) return;
  try { fs.writeFileSync(marker, ''); } catch { /* a read-only install: said on every call */ }
  process.stderr.write(
    'opentrain: note: this `opentrain` is the Node.js launcher, not the native binary: npm did not run the install\n' +
    'opentrain: script of @opentrain-ai/cli (--ignore-scripts, or an allowScripts policy), so each call starts Node first.\n' +
    'opentrain: To run the binary directly, reinstall allowing that script:\n' +
    'opentrain:   npm install -g --allow-scripts=@opentrain-ai/cli @opentrain-ai/cli\n' +
    'opentrain: (in a project: "allowScripts": {"@opentrain-ai/cli": true} in package.json, then npm install).\n' +
    `opentrain: See ${DOCS}\n` +
    'opentrain: Shown once; OPENTRAIN_NO_LAUNCHER_NOTE=1 hides it.\n');
}

// The native binary of this machine with these arguments; a clear message and exit 1 when npm did not install it.
// `note`: this is the `opentrain` command itself, which the install script would have replaced by the binary.
function runNative(args, { note = false } = {}) {
  let binary;
  try {
    binary = nativeBinary();
  } catch (error) {
    process.stderr.write(`opentrain: ${error.message}\n`);
    process.exit(1);
  }
  if (note) noteLauncher();
  run(binary, args);
}

module.exports = { runNative, DOCS };
