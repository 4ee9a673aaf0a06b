#!/usr/bin/env bash
# Runs the bot locally with embedded defaults (no Azure account, no Bot registration) and the
# Microsoft 365 Agents Playground, a Teams emulator, pointed at it. Ctrl+C stops both.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"

BOT_PORT="${BOT_PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"

ensure_dotnet
ensure_node_modules

echo "Building the bot..."
dotnet build Bot/Bot.csproj --verbosity quiet --nologo

pids=()
stop() {
  trap - INT TERM EXIT
  echo
  echo "Stopping..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

# Local development mode: an empty MicrosoftAppId means requests are not authenticated,
# which is what the Playground expects (it sends no token). Never expose this port.
ASPNETCORE_ENVIRONMENT=Development MicrosoftAppId="" MicrosoftAppPassword="" \
  dotnet run --project Bot --no-build --no-launch-profile --urls "http://127.0.0.1:${BOT_PORT}" &
pids+=($!)

for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:${BOT_PORT}/healthz" >/dev/null 2>&1; then break; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:${BOT_PORT}/healthz" >/dev/null || { echo "The bot did not start." >&2; exit 1; }

# The Playground tries to open a browser and exits if it cannot; we print the address instead.
TEAMSAPPTESTER_BROWSER=none node_modules/.bin/agentsplayground \
  -e "http://127.0.0.1:${BOT_PORT}/api/messages" -c msteams --dt -p "${PLAYGROUND_PORT}" &
pids+=($!)

sleep 3
echo
echo "  SupervisionBot is running on http://127.0.0.1:${BOT_PORT}/api/messages"
echo "  Open the Teams emulator:  http://localhost:${PLAYGROUND_PORT}"
echo "  Press Ctrl+C to stop."
echo
wait -n "${pids[@]}"
