#!/usr/bin/env bash
# Installs the opentrain CLI from a GitHub release on Linux or macOS.
#   curl -fsSL https://raw.githubusercontent.com/opentrain-ai/opentrain/main/install.sh | bash
#   bash install.sh [--version <v>] [--dir <path>]
# Options (or environment):
#   --version <v>   release to install, e.g. 0.1.0 or v0.1.0          (OPENTRAIN_VERSION; default: latest)
#   --dir <path>    folder to put the binary in                       (OPENTRAIN_INSTALL_DIR; default: ~/.local/bin)
#   OPENTRAIN_INSTALL_BASE_URL   releases URL of a mirror (default: https://github.com/opentrain-ai/opentrain/releases);
#                                assets are read from <base>/download/v<version>/ and <base>/latest/download/SHA256SUMS;
#                                https only (plain http only for localhost, 127.x.x.x or [::1])
# The archive is checked against the release's SHA256SUMS before anything is installed.
set -euo pipefail

BASE_URL=${OPENTRAIN_INSTALL_BASE_URL:-https://github.com/opentrain-ai/opentrain/releases}
BASE_URL=${BASE_URL%/}
VERSION=${OPENTRAIN_VERSION:-}
DIR=${OPENTRAIN_INSTALL_DIR:-$HOME/.local/bin}

fail() { echo "install.sh: error: $*" >&2; exit 1; }
say() { echo "install.sh: $*" >&2; }

# The base URL, as shown in messages: a password in it is never printed.
SHOWN_URL=$(printf '%s' "$BASE_URL" | sed -E 's#^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@#\1***@#')

# The checksums come from the same place as the archive, so they only protect it if nobody can change both in
# transit: https, or plain http to this machine. Matched as text, before any request: no user-info, no other host
# spelled to look like loopback (127.0.0.1.example.com, localhost@example.com).
check_base_url() {
  local url octet='(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])'
  url=$(printf '%s' "$BASE_URL" | tr '[:upper:]' '[:lower:]')
  local https_re='^https://[^/?#[:space:][:cntrl:]]+([/?#][^[:space:][:cntrl:]]*)?$'
  local loopback_re="^http://(localhost|127\\.$octet\\.$octet\\.$octet|\\[::1\\])(:[0-9]{1,5})?([/?#][^[:space:][:cntrl:]]*)?$"
  [[ "$url" =~ $https_re ]] || [[ "$url" =~ $loopback_re ]] \
    || fail "OPENTRAIN_INSTALL_BASE_URL must be an https:// URL (plain http:// only for localhost, 127.x.x.x or [::1]): refusing '$SHOWN_URL'"
}
check_base_url
case "$BASE_URL" in
  [Hh][Tt][Tt][Pp][Ss]:*) CURL_PROTO=(--proto '=https' --proto-redir '=https') ;; # never follow a redirect to plain http
  *) CURL_PROTO=(--proto '=http' --proto-redir '=http,https') ;;
esac

while [ $# -gt 0 ]; do
  case "$1" in
    --version) [ $# -ge 2 ] || fail "--version needs a value"; VERSION=$2; shift 2 ;;
    --dir) [ $# -ge 2 ] || fail "--dir needs a value"; DIR=$2; shift 2 ;;
    -h|--help) echo "usage: install.sh [--version <v>] [--dir <path>]   (default: latest release into ~/.local/bin)"; exit 0 ;;
    *) fail "unknown option '$1' (expected --version <v> or --dir <path>)" ;;
  esac
done
VERSION=${VERSION#v}
VERSION_RE='^[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.+-]+)?$'
if [ -n "$VERSION" ] && ! [[ "$VERSION" =~ $VERSION_RE ]]; then
  fail "invalid version '$VERSION' (expected e.g. 0.1.0 or v0.1.0)"
fi

detect_rid() {
  local os arch
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=osx ;;
    *) fail "unsupported OS '$(uname -s)': release binaries exist for Linux and macOS (Windows: use install.ps1)" ;;
  esac
  case "$(uname -m)" in
    x86_64|amd64) arch=x64 ;;
    aarch64|arm64) arch=arm64 ;;
    *) fail "unsupported CPU '$(uname -m)': release binaries exist for x64 and arm64" ;;
  esac
  # An x64 shell under Rosetta on Apple silicon: install the native binary.
  if [ "$os-$arch" = osx-x64 ] && [ "$(sysctl -n sysctl.proc_translated 2>/dev/null || echo 0)" = 1 ]; then arch=arm64; fi
  echo "$os-$arch"
}

download() { # url file: a cut-off transfer (fewer bytes than announced) is a failure, never a short file
  if command -v curl >/dev/null 2>&1; then curl -fsSL --retry 2 "${CURL_PROTO[@]}" -o "$2" "$1"
  elif command -v wget >/dev/null 2>&1; then wget -q -O "$2" "$1"
  else fail "neither curl nor wget is installed"; fi
}

sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1" | cut -d' ' -f1
  elif command -v shasum >/dev/null 2>&1; then shasum -a 256 "$1" | cut -d' ' -f1
  else fail "neither sha256sum nor shasum is installed: cannot verify the download"; fi
}

RID=$(detect_rid)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/opentrain-install.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

if [ -n "$VERSION" ]; then
  download "$BASE_URL/download/v$VERSION/SHA256SUMS" "$TMP/SHA256SUMS" \
    || fail "release v$VERSION not found (no SHA256SUMS at $SHOWN_URL/download/v$VERSION/)"
else
  download "$BASE_URL/latest/download/SHA256SUMS" "$TMP/SHA256SUMS" \
    || fail "could not find the latest release (no SHA256SUMS at $SHOWN_URL/latest/download/)"
  # The asset names carry the version: opentrain-<version>-<rid>.tar.gz (not opentrain-sandbox-<version>-<rid>.tar.gz)
  VERSION=$(sed -n "s/^[0-9a-fA-F]\{64\} [ *]opentrain-\([0-9][0-9A-Za-z.+-]*\)-$RID\.tar\.gz\r\{0,1\}$/\1/p" "$TMP/SHA256SUMS" | head -n1)
  [ -n "$VERSION" ] || fail "the latest release has no asset for $RID"
  [[ "$VERSION" =~ $VERSION_RE ]] || fail "the latest release's SHA256SUMS names an invalid version '$VERSION'"
fi

ASSET="opentrain-$VERSION-$RID.tar.gz"
EXPECTED=$(awk -v f="$ASSET" '{ sub(/\r$/, "") } $2 == f || $2 == "*" f { print $1; exit }' "$TMP/SHA256SUMS")
[ -n "$EXPECTED" ] || fail "release v$VERSION has no asset for $RID ($ASSET is not in SHA256SUMS)"
[[ "$EXPECTED" =~ ^[0-9a-fA-F]{64}$ ]] || fail "SHA256SUMS has no valid SHA-256 for $ASSET ('$EXPECTED'): it is damaged. Nothing was installed."
EXPECTED=$(printf '%s' "$EXPECTED" | tr '[:upper:]' '[:lower:]')

say "downloading $ASSET"
download "$BASE_URL/download/v$VERSION/$ASSET" "$TMP/$ASSET" \
  || fail "could not download $SHOWN_URL/download/v$VERSION/$ASSET (or the transfer was cut off). Nothing was installed."
ACTUAL=$(sha256_of "$TMP/$ASSET")
[ "$ACTUAL" = "$EXPECTED" ] || fail "checksum mismatch for $ASSET: expected $EXPECTED, got $ACTUAL (a truncated or altered download). Nothing was installed."

mkdir -p "$TMP/x"
tar -xzf "$TMP/$ASSET" -C "$TMP/x" || fail "$ASSET is not a valid .tar.gz archive. Nothing was installed."
{ [ -f "$TMP/x/opentrain" ] && [ ! -L "$TMP/x/opentrain" ]; } || fail "$ASSET does not contain the file 'opentrain'. Nothing was installed."
mkdir -p "$DIR" || fail "cannot create $DIR"
# Copy next to the target, then rename: a running opentrain is never left half-written.
{ cp "$TMP/x/opentrain" "$DIR/.opentrain.new" && chmod 755 "$DIR/.opentrain.new" && mv -f "$DIR/.opentrain.new" "$DIR/opentrain"; } \
  || fail "cannot write to $DIR (choose another folder with --dir)"

INSTALLED=$("$DIR/opentrain" --version) || fail "$DIR/opentrain was installed but does not run on this machine"
echo "opentrain $INSTALLED installed to $DIR/opentrain"
case ":$PATH:" in
  *":$DIR:"*) ;;
  *) say "$DIR is not on your PATH; add it, e.g.: echo 'export PATH=\"$DIR:\$PATH\"' >> ~/.profile" ;;
esac
