#!/usr/bin/env bash
# Runs every MarkTrack test on a fresh Debian machine with the .NET 10 SDK: installs
# Chromium when it is missing, restores the local dotnet-ef tool, builds, fails on model
# changes without a migration, runs the tests and prints "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -x /usr/bin/chromium ]]; then
    echo "Installing Chromium for the end-to-end tests"
    sudo_prefix=""
    [[ "$(id -u)" -eq 0 ]] || sudo_prefix="sudo"
    $sudo_prefix apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_prefix apt-get install -y -qq chromium >/dev/null
fi

dotnet tool restore
dotnet restore MarkTrack.Blazor.sln
dotnet build MarkTrack.Blazor.sln --no-restore

if ! dotnet ef migrations has-pending-model-changes \
    --project MarkTrack.Domain --startup-project MarkTrack.Domain --no-build; then
    echo "The EF Core model has changes without a migration. Add one with:"
    echo "  dotnet ef migrations add NAME --project MarkTrack.Domain --startup-project MarkTrack.Domain -o Data/Migrations"
    exit 1
fi

results_dir="$(pwd)/TestResults"
rm -rf "$results_dir"
test_status=0
dotnet test MarkTrack.Blazor.sln --no-build \
    --logger "trx;LogFileName=results.trx" \
    --logger "console;verbosity=normal" \
    --results-directory "$results_dir" || test_status=$?

trx="$(find "$results_dir" -name '*.trx' | head -n 1)"
if [[ -z "$trx" ]]; then
    echo "No test results were written."
    echo "0 passed, 1 failed"
    exit 1
fi

counters="$(grep -o '<Counters [^>]*>' "$trx")"
passed="$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")"
failed="$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")"
echo "$passed passed, $failed failed"
if [[ "$test_status" -ne 0 || "$failed" -ne 0 ]]; then
    exit 1
fi
