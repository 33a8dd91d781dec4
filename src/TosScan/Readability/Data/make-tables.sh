#!/usr/bin/env bash
# Regenerates cmudict-syllables.txt.gz and dale-chall-easy-words.txt in this folder from the
# pinned npm packages. Needs node and npm; the build itself does not.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent cmu-pronouncing-dictionary@3.0.0 dale-chall@2.0.1
cp "$here/make-tables.mjs" "$work/"
node "$work/make-tables.mjs" "$here"
