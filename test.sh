#!/usr/bin/env bash
# Run all of ozyq's tests: the Rust tests, then the browser, accessibility and
# HTML-validation suite (tests/browser) against the sample site, and the search
# tests (tests/search) when they exist.
#
#   ./test.sh
#
# On a fresh Debian machine it first installs what is missing (as root, or
# through sudo): chromium, a Java runtime for the Nu HTML Checker, xmllint,
# poppler-utils (pdftotext and pdffonts read the PDFs back), openssh-server,
# python3-pyftpdlib, python3-openssl and python3-asyncssh (the publish tests'
# servers), dbus-daemon and gnome-keyring (a Secret Service for the keyring test),
# hunspell-kk and hunspell-ru (the spelling check's dictionaries),
# Node.js, and the suites' npm packages (npm ci, when node_modules is missing
# or older than package-lock.json). Every step is skipped when already done.
#
# Env: OZYQ_SHOTS=DIR to save screenshots; OZYQ_SKIP_INSTALL=1 to install nothing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

say() { printf '\n== %s\n' "$*"; }

# ------------------------------------------------------------------ setup

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else echo "test.sh: need root (or sudo) to run: $*" >&2; return 1
  fi
}

need=()
[ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# Real servers for the publish tests (started by the tests on 127.0.0.1, never
# as system services): OpenSSH's sshd, pyftpdlib with TLS, and asyncssh (an SFTP
# server that takes a password without a system account).
[ -x /usr/sbin/sshd ] || need+=(openssh-server)
/usr/bin/python3 -c 'import pyftpdlib' 2>/dev/null || need+=(python3-pyftpdlib)
/usr/bin/python3 -c 'import OpenSSL' 2>/dev/null || need+=(python3-openssl)
/usr/bin/python3 -c 'import asyncssh' 2>/dev/null || need+=(python3-asyncssh)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
# A real Secret Service for the publish test of passwords kept in the keyring:
# a private D-Bus session bus and GNOME Keyring, started by the test.
command -v dbus-daemon >/dev/null 2>&1 || need+=(dbus-daemon)
command -v gnome-keyring-daemon >/dev/null 2>&1 || need+=(gnome-keyring)
# Hunspell dictionaries for the spelling check's tests (read by ozyq itself).
[ -f /usr/share/hunspell/kk_KZ.dic ] || need+=(hunspell-kk)
[ -f /usr/share/hunspell/ru_RU.dic ] || need+=(hunspell-ru)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ "${#need[@]}" -gt 0 ]; then
  if [ "${OZYQ_SKIP_INSTALL:-}" = 1 ]; then
    echo "test.sh: missing ${need[*]} (OZYQ_SKIP_INSTALL=1, not installing)" >&2
  else
    say "installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -q
    as_root apt-get install -y -q --no-install-recommends "${need[@]}"
  fi
fi
command -v cargo >/dev/null 2>&1 || { echo "test.sh: cargo is missing (install Rust with rustup)" >&2; exit 1; }

# npm ci in a test folder when its node_modules is missing or stale: npm's
# own record of the install (node_modules/.package-lock.json) is older than
# package-lock.json. Install scripts are not run: none of the packages needs
# one, and vnu-jar's would try to download a Java runtime.
npm_deps() {
  local dir=$1
  [ -f "$dir/package.json" ] || return 0
  if [ ! -f "$dir/package-lock.json" ]; then
    echo "test.sh: $dir/package-lock.json is missing" >&2; return 1
  fi
  if [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then return 0; fi
  say "npm ci in $dir"
  (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund) || return 1
}

has_node_tests() {
  [ -f "$1/package.json" ] && [ -n "$(find "$1" -path "$1/node_modules" -prune -o -type f \
    \( -name '*.test.mjs' -o -name '*.test.js' -o -name '*.test.cjs' \) -print -quit)" ]
}

# ------------------------------------------------------------------ tests

failed=()
run() {
  local name=$1; shift
  say "$name"
  local start=$SECONDS
  if "$@"; then echo "-- $name: ok ($((SECONDS - start)) s)"; return 0; fi
  echo "-- $name: FAILED ($((SECONDS - start)) s)"
  failed+=("$name")
  return 1
}

run "cargo test" cargo test || true

built=1
bin="${CARGO_TARGET_DIR:-target}/debug/ozyq"
# `cargo test` builds the binary for the integration tests; building it again with
# `cargo build` would recompile the dependencies whose features differ without the
# dev-dependencies (minutes with Typst), so only do that when it is missing.
if [ ! -x "$bin" ]; then
  run "cargo build" cargo build --bin ozyq || built=0
fi
export OZYQ_BIN
OZYQ_BIN="$(cd "$(dirname "$bin")" 2>/dev/null && pwd)/ozyq"

if [ "$built" = 0 ]; then
  echo "-- browser tests (tests/browser): not run, the binary did not build"
  failed+=("browser tests (not run)")
elif npm_deps tests/browser; then
  run "browser tests (tests/browser)" node --test tests/browser/ || true
else
  failed+=("npm ci in tests/browser")
fi

if has_node_tests tests/search; then
  if npm_deps tests/search; then
    run "search tests (tests/search)" node --test tests/search/ || true
  else
    failed+=("npm ci in tests/search")
  fi
fi

echo
if [ "${#failed[@]}" -gt 0 ]; then
  echo "test.sh: FAILED: ${failed[*]}"
  exit 1
fi
echo "test.sh: all tests passed"
