#!/usr/bin/env bash
# Build (Release) and run the OpenTrain API emulator in the foreground.
#   ./build.sh sandbox [--port N] [--auto-human SECONDS] [--claim-interval SECONDS]
# --port 0 (the default) picks a free loopback port. The first stdout line is
#   Sandbox listening on http://127.0.0.1:PORT
# and the second names the home page, where a person acts as the human (approvals, claims, top-ups):
#   Open http://127.0.0.1:PORT/ in a browser to act as the human (approvals, claims, top-ups)
# Point the CLI at it with --base-url <url> or OT_API_BASE_URL=<url>. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet build src/OpenTrain.Sandbox/OpenTrain.Sandbox.csproj -c Release -nologo -v:q >&2
exec dotnet src/OpenTrain.Sandbox/bin/Release/net10.0/OpenTrain.Sandbox.dll "$@"
