#!/usr/bin/env bash
# opentrain build script. Checks for the .NET SDK, builds the build program (eng/Build, where every verb lives;
# build.ps1 runs the same program) when its sources changed, and runs it. Verbs:
#   (none)          restore + Native AOT publish for this machine into artifacts/<rid>/opentrain; prints the path
#   test [--long]   publish (unless up to date), run every test project; prints "N passed, N failed"
#   publish <rid>   Native AOT publish for the given runtime identifier
#   publish-all     every RID this OS builds, and the emulator archive
#   npm-pack        npm tarballs for the RIDs under artifacts/ (artifacts/npm/)
#   size            what the image is made of (from the compiler's mstat file; publishes into artifacts/size/)
#   sync-spec       copy ../shared/spec/api-*.md into the spec tests' data (tests/OpenTrain.Tests/TestData/spec)
#   clean           remove build outputs
#   sandbox|demo|bench|sandbox-archive|release-manifests   see README.md and ./build.sh --help
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --version >/dev/null 2>&1; then
  wanted=$(sed -n 's/.*"version": *"\([0-9.]*\)".*/\1/p' global.json | head -n1)
  cat >&2 <<MSG
build.sh: the .NET SDK ${wanted} (or a later 10.0 feature band) is required (global.json).
  Debian/Ubuntu: sudo apt-get install -y dotnet-sdk-10.0   (from packages.microsoft.com, or use dotnet-install.sh)
  macOS:         brew install --cask dotnet-sdk
  Windows:       winget install Microsoft.DotNet.SDK.10
MSG
  exit 1
fi

tool=eng/Build/bin/Release/net10.0/Build.dll
if [ ! -f "$tool" ] || [ -n "$(find eng/Build Directory.Build.props -path eng/Build/bin -prune -o -path eng/Build/obj -prune -o -type f -newer "$tool" -print)" ]; then
  dotnet build eng/Build/Build.csproj -c Release -nologo -v:q >&2 || { echo "build.sh: building eng/Build failed" >&2; exit 1; }
  touch "$tool"
fi
exec dotnet "$tool" "$@"
