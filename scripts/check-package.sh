#!/usr/bin/env bash
# Packs the kit and uses the tarball as a user would, in an empty project outside the repository:
# install it, run both bins, type-check a TypeScript user, run a plain ESM user and a vitest test that
# starts the mock in-process, and read the schemas and the OpenAPI document as package files.
# Runs with whatever `node` is first on PATH (CI runs it under Node 20, 22 and 24).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/pbx-mock-kit-package.XXXXXX")"
mock_pid=""
cleanup() {
  [ -n "$mock_pid" ] && kill "$mock_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
say() { printf 'check-package: %s\n' "$*"; }
fail() { say "FAILED: $*" >&2; exit 1; }
version_of() { node -p "require('$root/node_modules/$1/package.json').version"; }

say "node $(node --version), npm $(npm --version)"

# 1. the tarball: what runs, and nothing else
tarball="$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -1)"
listing="$(tar -tzf "$work/$tarball")"
files=$(printf '%s\n' "$listing" | wc -l | tr -d ' ')
size=$(wc -c <"$work/$tarball" | tr -d ' ')
say "$tarball: $size bytes, $files files"
for needed in package/LICENSE package/README.md package/openapi/pbx-openapi.json \
  package/schemas/session-info.json package/dist/mock-server/index.js package/dist/mock-server/index.d.ts \
  package/dist/mock-server/cli.js package/dist/contract-tests/cli.js; do
  printf '%s\n' "$listing" | grep -qx "$needed" || fail "the tarball lacks $needed"
done
unwanted="$(printf '%s\n' "$listing" | grep -E '\.test\.|test-support/|^package/(bench|scripts|fixtures/[^/]+\.ts|mock-server|contract-tests|schemas/[^/]+\.ts)' || true)"
[ -z "$unwanted" ] || fail "the tarball holds files that do not run: $(echo "$unwanted" | head -5 | tr '\n' ' ')"

# 2. an empty project installs it, with the test tools it uses at the kit's own versions
consumer="$work/consumer"
mkdir -p "$consumer"
cp "$root"/scripts/package-consumer/{consumer.ts,consumer.mjs,session.test.ts,tsconfig.json} "$consumer/"
printf '{ "name": "a-users-project", "private": true, "type": "module" }\n' >"$consumer/package.json"
cd "$consumer"
npm install --save-dev --no-audit --no-fund --prefer-offline --loglevel=error "$work/$tarball" \
  "typescript@$(version_of typescript)" "vitest@$(version_of vitest)" "@types/node@$(version_of @types/node)" >/dev/null
say "installed into an empty project"

# every module in the package is one the entry point or a bin imports (type-only modules, which compile to
# an empty `export {};`, are kept for their declarations)
node - "$consumer/node_modules/pbx-mock-kit" <<'NODE' || fail "the tarball holds modules nothing imports"
const fs = require('node:fs');
const path = require('node:path');
const root = process.argv[2];
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const queue = [pkg.exports['.'].default, ...Object.values(pkg.bin)].map((file) => path.join(root, file));
const reached = new Set();
while (queue.length > 0) {
  const file = path.normalize(queue.pop());
  if (reached.has(file)) continue;
  reached.add(file);
  const text = fs.readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.[^"']+\.js)["']/g)) {
    queue.push(path.join(path.dirname(file), match[1]));
  }
}
const walk = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
const typeOnly = (file) => fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').trim() === 'export {};';
const unused = walk(path.join(root, 'dist')).filter(
  (file) => file.endsWith('.js') && !reached.has(path.normalize(file)) && !typeOnly(file),
);
for (const file of unused) console.error(`check-package: nothing imports ${path.relative(root, file)}`);
process.exit(unused.length > 0 ? 1 : 0);
NODE

# 3. both bins. Under a Node that itself came from npx (CI's other majors), its `node` is a wrapper that
# calls npx, which an outer `npx --no-install` would forbid; there the bins run from node_modules/.bin,
# which is what npx runs.
if node -e 'process.exit(process.execPath.includes("_npx") ? 1 : 0)'; then
  kit() { npx --no-install "$@"; }
else
  kit() { local name="$1"; shift; "./node_modules/.bin/$name" "$@"; }
fi
kit pbx-contract --help | grep -q 'pbx-contract' || fail "npx pbx-contract --help"
kit pbx-mock --version | grep -qE '^[0-9]+\.[0-9]+\.[0-9]+$' || fail "npx pbx-mock --version"
# the server runs as its own process (what npx runs), so that $! is the mock and stopping it leaves nothing
./node_modules/.bin/pbx-mock --port 0 --quiet >"$work/mock.out" 2>&1 &
mock_pid=$!
url=""
for _ in $(seq 1 100); do
  url="$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$work/mock.out" | head -1 || true)"
  [ -n "$url" ] && break
  kill -0 "$mock_pid" 2>/dev/null || fail "npx pbx-mock exited: $(cat "$work/mock.out")"
  sleep 0.1
done
[ -n "$url" ] || fail "npx pbx-mock printed no URL: $(cat "$work/mock.out")"
token="$(curl -sf -X POST "$url/openapi/v1.0/get_token" -H 'User-Agent: OpenAPI' \
  -H 'Content-Type: application/json' -d '{"username":"mock-client-id","password":"mock-client-secret"}' |
  node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>console.log(JSON.parse(s).access_token))')"
answer="$(curl -sf "$url/openapi/v1.0/message_session/get?id=2862&access_token=$token" -H 'User-Agent: OpenAPI')"
expected="$(node -e 'console.log(JSON.stringify(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"))))' \
  "$root/fixtures/vendor/message-session-get-2862.json")"
[ "$answer" = "$expected" ] || fail "npx pbx-mock served session 2862 as: $answer"
printf 'mock-client-secret\n' >"$work/secret"
kit pbx-contract --base-url "$url" --client-id mock-client-id \
  --secret-file "$work/secret" >"$work/contract.out" 2>&1 ||
  fail "npx pbx-contract against npx pbx-mock: $(tail -5 "$work/contract.out")"
kill "$mock_pid" && wait "$mock_pid" 2>/dev/null || true
mock_pid=""
say "npx pbx-mock served session 2862 exactly; npx pbx-contract passed against it ($(grep -oE '[0-9]+ checks' "$work/contract.out" | head -1))"

# 4. TypeScript, plain ESM JavaScript, and vitest
kit tsc -p tsconfig.json || fail "tsc --noEmit in the user's project"
say "tsc --noEmit clean (strict, no skipLibCheck)"
node consumer.mjs || fail "plain ESM user"
kit vitest run session.test.ts >"$work/vitest.out" 2>&1 || fail "vitest in the user's project: $(tail -20 "$work/vitest.out")"
say "vitest in the user's project: $(grep -E 'Tests' "$work/vitest.out" | head -1 | sed 's/\x1b\[[0-9;]*m//g' | tr -s ' ')"
say "ok"
