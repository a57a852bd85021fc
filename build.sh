#!/usr/bin/env bash
# opentrain build script. Verbs:
#   (none)          restore + Native AOT publish for this machine into artifacts/<rid>/opentrain
#   test [--long]   publish, then build and run every test project; prints "N passed, N failed"
#                   (--long fuzzes deeper)
#   publish <rid>   Native AOT publish for the given runtime identifier
#   clean           remove build outputs
#   sandbox|demo|bench|publish-all   see README.md
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

die() { echo "build.sh: $*" >&2; exit 1; }

host_rid() {
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) echo linux-x64 ;;
    Linux-aarch64|Linux-arm64) echo linux-arm64 ;;
    Darwin-arm64) echo osx-arm64 ;;
    Darwin-x86_64) echo osx-x64 ;;
    *) die "unsupported host $(uname -s)-$(uname -m)" ;;
  esac
}

check_sdk() {
  local wanted
  wanted=$(sed -n 's/.*"version": *"\([0-9.]*\)".*/\1/p' global.json | head -n1)
  if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --version >/dev/null 2>&1; then
    cat >&2 <<MSG
build.sh: the .NET SDK ${wanted} (or a later 10.0 feature band) is required (global.json).
  Debian/Ubuntu: sudo apt-get install -y dotnet-sdk-10.0   (from packages.microsoft.com, or use dotnet-install.sh)
  macOS:         brew install --cask dotnet-sdk
  Windows:       winget install Microsoft.DotNet.SDK.10
MSG
    exit 1
  fi
}

# Native AOT links with the platform toolchain. Prints the compiler to use.
native_compiler() {
  case "$(uname -s)" in
    Darwin)
      xcrun --find clang >/dev/null 2>&1 || die "Native AOT needs the Xcode command-line tools: run 'xcode-select --install'"
      echo clang; return ;;
  esac
  local c
  for c in clang clang-19 clang-18 clang-17 clang-16 clang-15 clang-14 gcc; do
    if command -v "$c" >/dev/null 2>&1; then echo "$c"; return; fi
  done
  cat >&2 <<MSG
build.sh: Native AOT needs a C toolchain (clang or gcc) and a linker, and none was found.
  Debian/Ubuntu: sudo apt-get install -y clang zlib1g-dev
  Fedora/RHEL:   sudo dnf install -y clang zlib-devel
  macOS:         xcode-select --install
  Windows:       install Visual Studio 2022 with "Desktop development with C++"
MSG
  exit 1
}

publish() {
  local rid=$1; shift
  check_sdk
  local cc; cc=$(native_compiler)
  local out="$ROOT/artifacts/$rid"
  dotnet publish src/OpenTrain/OpenTrain.csproj -c Release -r "$rid" -o "$out" \
    -p:CppCompilerAndLinker="$cc" -nologo -v:q "$@" >&2
  local exe="$out/opentrain"; [[ $rid == win-* ]] && exe="$out/opentrain.exe"
  [ -x "$exe" ] || [ -f "$exe" ] || die "publish did not produce $exe"
  # Keep the checksum beside the binary true after every publish (publish-all and releases use it).
  local sum
  if command -v sha256sum >/dev/null 2>&1; then sum=$(sha256sum "$exe" | cut -d' ' -f1); else sum=$(shasum -a 256 "$exe" | cut -d' ' -f1); fi
  echo "$sum  $(basename "$exe")" > "$exe.sha256"
  echo "$exe"
}

run_tests() {
  check_sdk
  # --long: deeper argument fuzzing (FUZZ_CASES per command and kind; default 6).
  if [ "${1:-}" = "--long" ]; then shift; export FUZZ_CASES=${FUZZ_CASES:-200}; fi
  local exe; exe=$(publish "$(host_rid)")
  export OPENTRAIN_BINARY="$exe"
  local log; log=$(mktemp)
  set +e
  dotnet test --solution opentrain.sln -c Release --no-ansi --no-progress "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  set -e
  if ! grep -q "Test run summary:" "$log"; then
    echo "Tests did not run (build failed?): see the log above."
    echo "0 passed, 1 failed"
    rm -f "$log"; return 1
  fi
  awk '/^ *succeeded:/{p+=$2} /^ *failed:/{f+=$2} /^ *skipped:/{s+=$2}
       END{ if (s>0) printf "%d passed, %d failed, %d skipped\n",p,f,s; else printf "%d passed, %d failed\n",p,f }' "$log"
  rm -f "$log"
  return "$rc"
}

verb=${1:-}
[ $# -gt 0 ] && shift
case "$verb" in
  "")          publish "$(host_rid)" ;;
  test)        run_tests "$@" ;;
  publish)     [ $# -ge 1 ] || die "usage: ./build.sh publish <rid>"; rid=$1; shift; publish "$rid" "$@" ;;
  clean)       rm -rf artifacts; find src tests -type d \( -name bin -o -name obj -o -name TestResults \) -prune -exec rm -rf {} +; echo "clean" ;;
  sandbox|demo|bench|publish-all)
               script="eng/$verb.sh"; [ -f "$script" ] || die "'$verb' is not available yet"
               exec bash "$script" "$@" ;;
  -h|--help|help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' ;;
  *)           die "unknown verb '$verb' (try ./build.sh --help)" ;;
esac
