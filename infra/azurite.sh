#!/usr/bin/env bash
# The project's Azurite (Azure Storage emulator), for a person running the bot on Azure storage locally.
#   infra/azurite.sh start   installs the pinned npm azurite if needed, starts it on free 127.0.0.1 ports with its
#                            data in .azurite/ (telemetry off) and prints the connection string to use as
#                            Storage__ConnectionString;
#   infra/azurite.sh stop    stops it.
# The tests start and stop their own Azurite the same way, on other ports and a temporary folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
state="$root/.azurite"
pidfile="$state/azurite.pid"
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

connection_string() {
  local p="$1"
  echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$p/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$((p + 1))/devstoreaccount1;TableEndpoint=http://127.0.0.1:$((p + 2))/devstoreaccount1;"
}

# Three consecutive free ports: the first of them.
free_ports() {
  node -e '
    const net = require("net");
    const probe = p => new Promise(r => { const s = net.createServer().once("error", () => r(false))
      .once("listening", () => s.close(() => r(true))).listen(p, "127.0.0.1"); });
    (async () => { for (let p = 20000 + Math.floor(Math.random() * 20000); p < 60000; p += 3) {
      if (await probe(p) && await probe(p + 1) && await probe(p + 2)) { console.log(p); return; } }
      process.exit(1); })();'
}

case "${1:-}" in
  start)
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      echo "Azurite is already running (pid $(cat "$pidfile"))" >&2
      connection_string "$(cat "$state/port")"
      exit 0
    fi
    if [ ! -x "$here/azurite/node_modules/.bin/azurite" ]; then
      (cd "$here/azurite" && npm ci --no-audit --no-fund --silent)
    fi
    mkdir -p "$state/data"
    port="$(free_ports)"
    "$here/azurite/node_modules/.bin/azurite" --silent --disableTelemetry --location "$state/data" \
      --skipApiVersionCheck --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
      --blobPort "$port" --queuePort $((port + 1)) --tablePort $((port + 2)) >"$state/azurite.log" 2>&1 &
    echo $! >"$pidfile"
    echo "$port" >"$state/port"
    for _ in $(seq 1 50); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$((port + 2))") 2>/dev/null; then
        echo "Azurite started (pid $(cat "$pidfile")); data in $state/data. Connection string:" >&2
        connection_string "$port"
        exit 0
      fi
      sleep 0.2
    done
    echo "Azurite did not start; see $state/azurite.log" >&2
    exit 1
    ;;
  stop)
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      kill "$(cat "$pidfile")"
      echo "Azurite stopped" >&2
    else
      echo "Azurite is not running" >&2
    fi
    rm -f "$pidfile" "$state/port"
    ;;
  *)
    echo "usage: infra/azurite.sh start|stop" >&2
    exit 2
    ;;
esac
