'use strict';
// postinstall: replace bin/opentrain (the Node launcher) with the platform package's native binary, keeping the
// path npm linked as the `opentrain` command, so the command is the binary itself (esbuild's approach).
// Windows keeps the launcher (npm's .cmd shim runs node). Never fails the install: the launcher still works.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { nativeBinary } = require('./lib/platform.js');
const { DOCS } = require('./lib/run.js');
const { version } = require('./package.json');

function install() {
  if (process.platform === 'win32') return;
  const binary = nativeBinary();
  const reported = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  if (reported !== version) throw new Error(`${binary} --version printed '${reported}', expected ${version}`);
  const launcher = path.join(__dirname, 'bin', 'opentrain');
  const staged = `${launcher}.native`;
  fs.rmSync(staged, { force: true });
  try {
    fs.linkSync(binary, staged);
  } catch {
    fs.copyFileSync(binary, staged);
  }
  fs.chmodSync(staged, 0o755);
  fs.renameSync(staged, launcher);
}

try {
  install();
} catch (error) {
  process.stderr.write(`opentrain: keeping the Node launcher (each call starts Node first): ${error.message}\nopentrain: see ${DOCS}\n`);
}
