# Installs the opentrain CLI from a GitHub release (Windows PowerShell 5.1 or PowerShell 7 on any OS).
#   irm https://raw.githubusercontent.com/opentrain-ai/opentrain/main/install.ps1 | iex
#   pwsh -File install.ps1 [--version <v>] [--dir <path>]      (-Version / -Dir work too)
# Options (or environment):
#   --version <v>   release to install, e.g. 0.1.0 or v0.1.0   (OPENTRAIN_VERSION; default: latest)
#   --dir <path>    folder to put the binary in                (OPENTRAIN_INSTALL_DIR; default:
#                   %LOCALAPPDATA%\opentrain\bin on Windows, ~/.local/bin elsewhere)
#   OPENTRAIN_INSTALL_BASE_URL   releases URL of a mirror (default: https://github.com/opentrain-ai/opentrain/releases);
#                                https only (plain http only for localhost, 127.x.x.x or [::1])
#   OPENTRAIN_NO_MODIFY_PATH=1   on Windows, do not add the folder to the user PATH
# The archive is checked against the release's SHA256SUMS before anything is installed. On Windows the
# folder is added to the user PATH.
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

# Run from a file: exit 1. Piped into iex: throw, so the user's PowerShell window stays open.
function Fail([string]$Message) {
    [Console]::Error.WriteLine("install.ps1: error: $Message")
    if ($PSCommandPath) { exit 1 } else { throw "opentrain was not installed: $Message" }
}
function Say([string]$Message) { [Console]::Error.WriteLine("install.ps1: $Message") }

$onWindows = [System.IO.Path]::DirectorySeparatorChar -eq '\'
$baseUrl = if ($env:OPENTRAIN_INSTALL_BASE_URL) { $env:OPENTRAIN_INSTALL_BASE_URL.TrimEnd('/') } else { 'https://github.com/opentrain-ai/opentrain/releases' }
$version = $env:OPENTRAIN_VERSION
$dir = $env:OPENTRAIN_INSTALL_DIR
if (-not $dir) { $dir = if ($onWindows) { Join-Path $env:LOCALAPPDATA 'opentrain\bin' } else { Join-Path $HOME '.local/bin' } }

for ($i = 0; $i -lt $args.Count; $i++) {
    $name = "$($args[$i])"
    if ($name -in '--version', '-Version', '--dir', '-Dir') {
        if ($i + 1 -ge $args.Count) { Fail "$name needs a value" }
        $value = "$($args[$i + 1])"; $i++
        if ($name -like '*ersion') { $version = $value } else { $dir = $value }
    } elseif ($name -in '-h', '--help', '-Help') {
        Write-Output 'usage: install.ps1 [--version <v>] [--dir <path>]   (default: latest release)'; exit 0
    } else { Fail "unknown option '$name' (expected --version <v> or --dir <path>)" }
}
if ($version) { $version = $version.TrimStart('v') }
$versionPattern = '^[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.+-]+)?$'
if ($version -and $version -cnotmatch $versionPattern) { Fail "invalid version '$version' (expected e.g. 0.1.0 or v0.1.0)" }

# The checksums come from the same place as the archive, so they only protect it if nobody can change both in
# transit: https, or plain http to this machine. Matched as text (as install.sh does), before any request: no
# user-info, no other host spelled to look like loopback (127.0.0.1.example.com, localhost@example.com).
$shownUrl = $baseUrl -replace '^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@', '$1***@'
$octet = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])'
$httpsPattern = '^https://[^/?#\s\p{Cc}]+([/?#][^\s\p{Cc}]*)?$'
$loopbackPattern = "^http://(localhost|127\.$octet\.$octet\.$octet|\[::1\])(:[0-9]{1,5})?([/?#][^\s\p{Cc}]*)?$"
if (-not ($baseUrl -match $httpsPattern -or $baseUrl -match $loopbackPattern)) {
    Fail "OPENTRAIN_INSTALL_BASE_URL must be an https:// URL (plain http:// only for localhost, 127.x.x.x or [::1]): refusing '$shownUrl'"
}

$arch = [System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture.ToString()
switch ($arch) { 'X64' { $arch = 'x64' } 'Arm64' { $arch = 'arm64' } default { Fail "unsupported CPU '$arch': release binaries exist for x64 and arm64" } }
if ($onWindows) { $os = 'win'; $ext = 'zip'; $exeName = 'opentrain.exe' }
elseif ($IsMacOS) { $os = 'osx'; $ext = 'tar.gz'; $exeName = 'opentrain' }
elseif ($IsLinux) { $os = 'linux'; $ext = 'tar.gz'; $exeName = 'opentrain' }
else { Fail 'unsupported OS: release binaries exist for Windows, Linux and macOS' }
$rid = "$os-$arch"

if ([Net.ServicePointManager]::SecurityProtocol -ne 0) {
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
}
# A cut-off transfer (fewer bytes than announced) throws: it is a failure, never a short file. PowerShell 7 also
# refuses to follow a redirect from https to http.
function Get-File([string]$Url, [string]$Path) {
    try { Invoke-WebRequest -Uri $Url -OutFile $Path -UseBasicParsing; return $true } catch { return $false }
}

$tmp = Join-Path ([System.IO.Path]::GetTempPath()) ("opentrain-install-" + [guid]::NewGuid().ToString('N'))
New-Item -ItemType Directory -Path $tmp | Out-Null
try {
    $sums = Join-Path $tmp 'SHA256SUMS'
    if ($version) {
        if (-not (Get-File "$baseUrl/download/v$version/SHA256SUMS" $sums)) { Fail "release v$version not found (no SHA256SUMS at $shownUrl/download/v$version/)" }
    } else {
        if (-not (Get-File "$baseUrl/latest/download/SHA256SUMS" $sums)) { Fail "could not find the latest release (no SHA256SUMS at $shownUrl/latest/download/)" }
        # The asset names carry the version: opentrain-<version>-<rid>.<ext> (not opentrain-sandbox-<version>-<rid>.<ext>)
        $pattern = '^[0-9a-fA-F]{64} [ *]opentrain-([0-9][0-9A-Za-z.+-]*)-' + [regex]::Escape("$rid.$ext") + '$'
        foreach ($line in Get-Content $sums) { if ($line.TrimEnd("`r") -match $pattern) { $version = $Matches[1]; break } }
        if (-not $version) { Fail "the latest release has no asset for $rid" }
        if ($version -cnotmatch $versionPattern) { Fail "the latest release's SHA256SUMS names an invalid version '$version'" }
    }

    $asset = "opentrain-$version-$rid.$ext"
    $expected = $null
    foreach ($line in Get-Content $sums) {
        $parts = $line -split '\s+', 2
        if ($parts.Count -eq 2 -and $parts[1].TrimEnd("`r").TrimStart('*') -ceq $asset) { $expected = $parts[0].ToLowerInvariant(); break }
    }
    if (-not $expected) { Fail "release v$version has no asset for $rid ($asset is not in SHA256SUMS)" }
    if ($expected -notmatch '^[0-9a-f]{64}$') { Fail "SHA256SUMS has no valid SHA-256 for $asset ('$expected'): it is damaged. Nothing was installed." }

    Say "downloading $asset"
    $archive = Join-Path $tmp $asset
    if (-not (Get-File "$baseUrl/download/v$version/$asset" $archive)) {
        Fail "could not download $shownUrl/download/v$version/$asset (or the transfer was cut off). Nothing was installed."
    }
    $actual = (Get-FileHash -Algorithm SHA256 -Path $archive).Hash.ToLowerInvariant()
    if ($actual -ne $expected) { Fail "checksum mismatch for ${asset}: expected $expected, got $actual (a truncated or altered download). Nothing was installed." }

    $unpacked = Join-Path $tmp 'x'
    New-Item -ItemType Directory -Path $unpacked | Out-Null
    if ($ext -eq 'zip') {
        try { Expand-Archive -Path $archive -DestinationPath $unpacked } catch { Fail "$asset is not a valid .zip archive. Nothing was installed." }
    } else { & tar -xzf $archive -C $unpacked; if ($LASTEXITCODE -ne 0) { Fail "$asset is not a valid .tar.gz archive. Nothing was installed." } }
    $source = Join-Path $unpacked $exeName
    if (-not (Test-Path -PathType Leaf $source)) { Fail "$asset does not contain the file '$exeName'. Nothing was installed." }

    New-Item -ItemType Directory -Force -Path $dir | Out-Null
    $target = Join-Path $dir $exeName
    Copy-Item -Force $source "$target.new"
    if (-not $onWindows) { & chmod 755 "$target.new" }
    Move-Item -Force "$target.new" $target
} finally {
    Remove-Item -Recurse -Force $tmp -ErrorAction SilentlyContinue
}

$installed = & $target --version
if ($LASTEXITCODE -ne 0) { Fail "$target was installed but does not run on this machine" }
Write-Output "opentrain $installed installed to $target"

$sep = [System.IO.Path]::PathSeparator
if ($onWindows -and $env:OPENTRAIN_NO_MODIFY_PATH -ne '1') {
    $userPath = [Environment]::GetEnvironmentVariable('Path', 'User')
    if (-not (($userPath -split $sep) -contains $dir)) {
        [Environment]::SetEnvironmentVariable('Path', (@($userPath, $dir) | Where-Object { $_ }) -join $sep, 'User')
        Say "added $dir to your user PATH (open a new terminal to use it)"
    }
} elseif (-not (($env:PATH -split $sep) -contains $dir)) {
    Say "$dir is not on your PATH; add it to your shell profile"
}
