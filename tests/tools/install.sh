#!/bin/sh
# Installs what the tests need besides NuGet packages, so that 'dotnet test' works from a fresh
# clone: the npm tools pinned in package.json (Pagefind, the Nu Html Checker), a Chromium for the
# browser tests, Java for the Nu checker. Run by tests/Directory.Build.targets before the tests;
# each need is checked first, so a second run costs a few file look-ups.
#   install.sh [npm] [chromium] [java] [tzdata]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)

# Test projects run in parallel: one installer at a time, each seeing what the previous did.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$root/node_modules.lock"
  flock 9
fi

say() { echo "sitegen tests: $*"; }

apt_install() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing $* with apt-get"
    [ -n "${SITEGEN_APT_UPDATED:-}" ] || { apt-get update -qq && SITEGEN_APT_UPDATED=1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    return 1
  fi
}

# The same lookup as the browser tests: CHROME_PATH, Playwright's variable, then the usual names.
find_chromium() {
  for candidate in "${CHROME_PATH:-}" "${PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH:-}"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] && return 0
  done
  for name in chromium chromium-browser google-chrome google-chrome-stable; do
    command -v "$name" >/dev/null 2>&1 && return 0
  done
  return 1
}

find_java() {
  [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && return 0
  command -v java >/dev/null 2>&1
}

for need in "$@"; do
  case "$need" in
    npm)
      stamp="$root/node_modules/.package-lock.json"
      if [ ! -f "$stamp" ] || [ "$root/package-lock.json" -nt "$stamp" ]; then
        if command -v npm >/dev/null 2>&1; then
          say "npm ci (Pagefind, the Nu Html Checker and action-validator, pinned in package.json)"
          (cd "$root" && npm ci --no-audit --no-fund --silent)
        else
          say "npm is missing: install Node.js (apt-get install -y nodejs npm); the search and HTML validity tests need it"
        fi
      fi
      ;;
    chromium)
      find_chromium || apt_install chromium ||
        say "no Chromium found: install one (apt-get install -y chromium) or set CHROME_PATH to its program"
      ;;
    java)
      find_java || apt_install default-jre-headless ||
        say "no Java found: install one (apt-get install -y default-jre-headless) or set JAVA_HOME; the Nu Html Checker needs it"
      ;;
    tzdata)
      [ -f /usr/share/zoneinfo/Europe/Paris ] || apt_install tzdata ||
        say "no time zone database: install one (apt-get install -y tzdata); the sample site's timeZone: Europe/Paris needs it"
      ;;
    *) say "unknown need '$need'"; exit 2 ;;
  esac
done
