#!/usr/bin/env pwsh
# opentrain build script (PowerShell 7). Checks for the .NET SDK, builds the build program (eng/Build, where every
# verb lives; build.sh runs the same program) when its sources changed, and runs it with the arguments given.
# Same verbs as build.sh: (none), test [--long], publish <rid>, publish-all, npm-pack, sync-spec, clean, ... (./build.ps1 --help)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'; $env:DOTNET_NOLOGO = '1'; $env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'

function Fail([string]$message) { [Console]::Error.WriteLine("build.ps1: $message"); exit 1 }

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

$tool = Join-Path $PSScriptRoot 'eng/Build/bin/Release/net10.0/Build.dll'
$sources = @(Get-ChildItem eng/Build -Recurse -File | Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' }) + @(Get-Item Directory.Build.props)
if (-not (Test-Path $tool) -or ($sources | Where-Object { $_.LastWriteTimeUtc -gt (Get-Item $tool).LastWriteTimeUtc })) {
    & dotnet build eng/Build/Build.csproj -c Release -nologo -v:q | ForEach-Object { [Console]::Error.WriteLine($_) }
    if ($LASTEXITCODE -ne 0) { Fail 'building eng/Build failed' }
    (Get-Item $tool).LastWriteTimeUtc = [DateTime]::UtcNow
}
& dotnet $tool @args
exit $LASTEXITCODE
