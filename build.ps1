#!/usr/bin/env pwsh
# opentrain build script (PowerShell 7). Same verbs as build.sh:
#   (none)          restore + Native AOT publish for this machine into artifacts/<rid>/opentrain[.exe]
#   test            publish, then build and run every test project; prints "N passed, N failed"
#   publish <rid>   Native AOT publish for the given runtime identifier
#   clean           remove build outputs
param([Parameter(Position = 0)][string]$Verb = '', [Parameter(Position = 1, ValueFromRemainingArguments = $true)][string[]]$Rest = @())
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'; $env:DOTNET_NOLOGO = '1'

function Fail([string]$message) { [Console]::Error.WriteLine("build.ps1: $message"); exit 1 }

function Get-HostRid {
    $arch = [System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture.ToString().ToLowerInvariant()
    if ($IsWindows) { return "win-$arch" }
    if ($IsMacOS) { return "osx-$arch" }
    return "linux-$arch"
}

function Test-Sdk {
    if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
        Fail @'
the .NET 10 SDK is required (global.json).
  Debian/Ubuntu: sudo apt-get install -y dotnet-sdk-10.0
  macOS:         brew install --cask dotnet-sdk
  Windows:       winget install Microsoft.DotNet.SDK.10
'@
    }
    & dotnet --version *> $null
    if ($LASTEXITCODE -ne 0) { Fail 'the .NET SDK that global.json asks for (10.0.100 or a later feature band) is not installed.' }
}

function Get-NativeCompiler {
    if ($IsWindows) {
        $vswhere = Join-Path ${env:ProgramFiles(x86)} 'Microsoft Visual Studio/Installer/vswhere.exe'
        if (-not (Test-Path $vswhere)) { Fail 'Native AOT needs Visual Studio 2022 with "Desktop development with C++" (winget install Microsoft.VisualStudio.2022.BuildTools).' }
        return $null
    }
    if ($IsMacOS) {
        & xcrun --find clang *> $null
        if ($LASTEXITCODE -ne 0) { Fail "Native AOT needs the Xcode command-line tools: run 'xcode-select --install'." }
        return 'clang'
    }
    foreach ($c in 'clang', 'clang-19', 'clang-18', 'clang-17', 'clang-16', 'clang-15', 'clang-14', 'gcc') {
        if (Get-Command $c -ErrorAction SilentlyContinue) { return $c }
    }
    Fail @'
Native AOT needs a C toolchain (clang or gcc) and a linker, and none was found.
  Debian/Ubuntu: sudo apt-get install -y clang zlib1g-dev
  macOS:         xcode-select --install
  Windows:       install Visual Studio 2022 with "Desktop development with C++"
'@
}

function Invoke-Publish([string]$Rid, [string[]]$Extra = @()) {
    Test-Sdk
    $cc = Get-NativeCompiler
    $out = Join-Path $PSScriptRoot "artifacts/$Rid"
    $args = @('publish', 'src/OpenTrain/OpenTrain.csproj', '-c', 'Release', '-r', $Rid, '-o', $out, '-nologo', '-v:q')
    if ($cc) { $args += "-p:CppCompilerAndLinker=$cc" }
    & dotnet @args @Extra | ForEach-Object { [Console]::Error.WriteLine($_) }
    if ($LASTEXITCODE -ne 0) { Fail "publish failed for $Rid" }
    $exe = Join-Path $out ($Rid.StartsWith('win-') ? 'opentrain.exe' : 'opentrain')
    if (-not (Test-Path $exe)) { Fail "publish did not produce $exe" }
    return $exe
}

function Invoke-Tests([string[]]$Extra = @()) {
    $env:OPENTRAIN_BINARY = Invoke-Publish (Get-HostRid)
    $log = & dotnet test --solution opentrain.sln -c Release --no-ansi --no-progress @Extra 2>&1 | ForEach-Object { "$_" }
    $rc = $LASTEXITCODE
    $log | ForEach-Object { Write-Host $_ }
    if (-not ($log -match 'Test run summary:')) { Write-Output 'Tests did not run (build failed?): see the log above.'; Write-Output '0 passed, 1 failed'; exit 1 }
    $passed = 0; $failed = 0; $skipped = 0
    foreach ($line in $log) {
        if ($line -match '^\s*succeeded:\s*(\d+)') { $passed += [int]$Matches[1] }
        elseif ($line -match '^\s*failed:\s*(\d+)') { $failed += [int]$Matches[1] }
        elseif ($line -match '^\s*skipped:\s*(\d+)') { $skipped += [int]$Matches[1] }
    }
    if ($skipped -gt 0) { Write-Output "$passed passed, $failed failed, $skipped skipped" } else { Write-Output "$passed passed, $failed failed" }
    exit $rc
}

switch ($Verb) {
    '' { Invoke-Publish (Get-HostRid) }
    'test' { Invoke-Tests $Rest }
    'publish' { if ($Rest.Count -lt 1) { Fail 'usage: ./build.ps1 publish <rid>' }; Invoke-Publish $Rest[0] ($Rest | Select-Object -Skip 1) }
    'clean' {
        Remove-Item -Recurse -Force artifacts -ErrorAction SilentlyContinue
        Get-ChildItem src, tests -Recurse -Directory -Include bin, obj, TestResults | Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
        Write-Output 'clean'
    }
    { $_ -in 'sandbox', 'demo', 'bench', 'publish-all' } {
        $script = Join-Path $PSScriptRoot "eng/$Verb.sh"
        if (-not (Test-Path $script)) { Fail "'$Verb' is not available yet" }
        & bash $script @Rest; exit $LASTEXITCODE
    }
    default { Fail "unknown verb '$Verb'" }
}
