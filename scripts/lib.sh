# Shared by run.sh and test.sh: install what is missing, from the package registries only.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  echo "Installing $* with apt-get..."
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET SDK is required (see global.json for the version). Install it and run this again." >&2
    exit 1
  fi
}

ensure_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    apt_install nodejs npm
  fi
}

# npm packages pinned by package-lock.json: Azurite and the Microsoft 365 Agents Playground.
ensure_node_modules() {
  ensure_node
  local stamp="$REPO_ROOT/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$REPO_ROOT/package-lock.json" -nt "$stamp" ] \
     || [ ! -x "$REPO_ROOT/node_modules/.bin/agentsplayground" ] || [ ! -x "$REPO_ROOT/node_modules/.bin/azurite-blob" ]; then
    echo "Installing npm packages (npm ci)..."
    (cd "$REPO_ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Debian's Chromium, for the end-to-end tests (Playwright's own browser download is not used).
ensure_chromium() {
  if [ -z "${CHROMIUM_PATH:-}" ]; then
    if [ ! -x /usr/bin/chromium ]; then
      apt_install chromium fonts-dejavu-core
    fi
    export CHROMIUM_PATH=/usr/bin/chromium
  fi
}
