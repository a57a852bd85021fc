#!/usr/bin/env bash
# ./build.sh publish-all [rid...]
# Native AOT binaries for every runtime identifier this OS can build, each in artifacts/<rid>/ with a
# <binary>.sha256 beside it. Prints the binaries' paths on stdout; progress goes to stderr.
#   Linux x64: linux-x64 natively, linux-arm64 cross-compiled (clang + lld + the Debian arm64 cross
#              sysroot); the arm64 binary is smoke-run under qemu-user when qemu-aarch64-static exists.
#   Linux arm64: linux-arm64.   macOS: osx-arm64 and osx-x64 (Xcode's clang targets both).
#   Windows (Git Bash): win-x64 and win-arm64 (Visual Studio's C++ tools for that arch).
# As root with apt-get, missing Debian packages for the arm64 cross build are installed; otherwise the
# script names them and stops. Pass RIDs to build only those (e.g. `./build.sh publish-all linux-x64`).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)

log() { echo "publish-all: $*" >&2; }
die() { log "$*"; exit 1; }

# Debian/Ubuntu packages for the linux-arm64 cross build (and qemu-user to smoke-run the result).
ARM64_PACKAGES=(lld binutils-aarch64-linux-gnu gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user-static)

default_rids() {
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) echo linux-x64 linux-arm64 ;;
    Linux-aarch64|Linux-arm64) echo linux-arm64 ;;
    Darwin-*) echo osx-arm64 osx-x64 ;;
    MINGW*|MSYS*|CYGWIN*) echo win-x64 win-arm64 ;;
    *) die "unsupported host $(uname -s)-$(uname -m)" ;;
  esac
}

sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1" | cut -d' ' -f1
  else shasum -a 256 "$1" | cut -d' ' -f1; fi
}

clang_for_cross() {
  local c
  for c in clang clang-19 clang-18 clang-17 clang-16 clang-15 clang-14; do
    if command -v "$c" >/dev/null 2>&1; then echo "$c"; return; fi
  done
}

# What the linux-arm64 cross build lacks on this machine, as Debian package names.
missing_arm64_packages() {
  local missing=()
  command -v ld.lld >/dev/null 2>&1 || missing+=(lld)
  command -v aarch64-linux-gnu-objcopy >/dev/null 2>&1 || missing+=(binutils-aarch64-linux-gnu)
  ls /usr/lib/gcc-cross/aarch64-linux-gnu/*/crtbegin.o >/dev/null 2>&1 || missing+=(gcc-aarch64-linux-gnu)
  [ -f /usr/aarch64-linux-gnu/lib/crt1.o ] || missing+=(libc6-dev-arm64-cross)
  command -v qemu-aarch64-static >/dev/null 2>&1 || missing+=(qemu-user-static)
  [ -n "$(clang_for_cross)" ] || missing+=(clang)
  echo "${missing[@]:-}"
}

ensure_arm64_cross_kit() {
  local missing; missing=$(missing_arm64_packages)
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing the arm64 cross toolchain: $missing"
    # shellcheck disable=SC2086
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing; } >&2 \
      || die "apt-get install failed for: $missing"
    return 0
  fi
  die "linux-arm64 cross-compilation needs these Debian/Ubuntu packages: $missing
  install them:  sudo apt-get install -y ${ARM64_PACKAGES[*]} clang
  or build only the native binary:  ./build.sh publish-all linux-x64"
}

# One RID: publish through build.sh (which picks the host compiler) or, for the cross build, with the
# cross linker settings. Prints the binary's path.
publish_rid() {
  local rid=$1 exe
  case "$(uname -s)-$rid" in
    Linux-linux-arm64)
      if [ "$(uname -m)" = x86_64 ]; then
        ensure_arm64_cross_kit
        # clang --target=aarch64 finds the Debian cross sysroot (/usr/aarch64-linux-gnu) and its gcc
        # runtime (/usr/lib/gcc-cross) by itself with SysRoot=/; lld links the aarch64 objects.
        exe="$ROOT/artifacts/linux-arm64/opentrain"
        dotnet publish src/OpenTrain/OpenTrain.csproj -c Release -r linux-arm64 -o "$ROOT/artifacts/linux-arm64" \
          -p:CppCompilerAndLinker="$(clang_for_cross)" -p:SysRoot=/ -p:LinkerFlavor=lld \
          -p:ObjCopyName=aarch64-linux-gnu-objcopy -nologo -v:q >&2
      else
        exe=$(./build.sh publish linux-arm64)
      fi ;;
    MINGW*|MSYS*|CYGWIN*)
      dotnet publish src/OpenTrain/OpenTrain.csproj -c Release -r "$rid" -o "$ROOT/artifacts/$rid" -nologo -v:q >&2
      exe="$ROOT/artifacts/$rid/opentrain.exe" ;;
    *) exe=$(./build.sh publish "$rid") ;;
  esac
  [ -f "$exe" ] || die "publish did not produce $exe"
  echo "$exe"
}

# Run the linux-arm64 binary under qemu-user. No -L to the multiarch root: the interpreter and libc both
# come from the cross sysroot, which avoids mixing two glibc builds (that hangs; see docs/install.md).
smoke_arm64() {
  local exe=$1 out
  command -v qemu-aarch64-static >/dev/null 2>&1 || { log "qemu-aarch64-static not found: linux-arm64 binary not smoke-run"; return 0; }
  out=$(timeout 60 qemu-aarch64-static -L /usr/aarch64-linux-gnu -E LD_LIBRARY_PATH=/lib "$exe" --version) \
    || die "the linux-arm64 binary did not run under qemu-aarch64-static"
  log "linux-arm64 under qemu: opentrain --version -> $out"
}

main() {
  local rids=("$@")
  [ ${#rids[@]} -gt 0 ] || read -r -a rids <<< "$(default_rids)"
  local rid exe
  for rid in "${rids[@]}"; do
    log "publishing $rid"
    local start=$SECONDS
    exe=$(publish_rid "$rid")
    ( cd "$(dirname "$exe")" && echo "$(sha256_of "$(basename "$exe")")  $(basename "$exe")" > "$(basename "$exe").sha256" )
    log "$rid: $exe ($(wc -c < "$exe" | tr -d ' ') bytes, $((SECONDS - start)) s)"
    if [ "$rid" = linux-arm64 ] && [ "$(uname -m)" = x86_64 ]; then smoke_arm64 "$exe"; fi
    echo "$exe"
  done
}

main "$@"
