'use strict';
// The native binary of this machine: bin/opentrain[.exe] of @opentrain-ai/cli-<platform>-<arch>, the optional
// dependency npm installed for this OS and CPU (the same names as Node's process.platform and process.arch).
const path = require('path');

const packageName = `@opentrain-ai/cli-${process.platform}-${process.arch}`;

function nativeBinary() {
  const exe = process.platform === 'win32' ? 'opentrain.exe' : 'opentrain';
  try {
    return require.resolve(`${packageName}/package.json`).replace(/package\.json$/, path.join('bin', exe));
  } catch {
    throw new Error(`${packageName} is not installed: opentrain has no binary for ${process.platform}-${process.arch}, ` +
      'or npm skipped optional dependencies (reinstall without --omit=optional / --no-optional)');
  }
}

module.exports = { packageName, nativeBinary };
