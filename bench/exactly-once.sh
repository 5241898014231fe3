#!/usr/bin/env bash
# Exactly-once surge with Telegram's limits ON: two Sigap instances as separate OS processes on one
# redis-server, a fake Bot API process on loopback that answers 429 beyond Telegram's limits, a feeder
# (webhook: posts to the instances in turn, retries on the other; polling: queued at the fake) and a checker
# that counts the replies per update. Optionally kills one instance with kill -9 mid-surge and restarts it.
# Usage: bench/exactly-once.sh [messages=2000] [chats=500] [mode=webhook|polling] [offer-seconds=60] [kill=yes|no]
# The issue's scenario: bench/exactly-once.sh 20000 5000 webhook 60 yes   (and the same with polling)
# Env: KILL_AT (fraction answered before the kill, 0.3), RESTART_AFTER (s, 15; 0 = no restart),
#      SKIP_BUILD=1 (reuse target/test-classes and target/surge-classpath.txt),
#      DRIVER_OPTS (JVM options of the driver; -Dsurge.webhookConnections=N: webhook posts in flight at once,
#      Telegram's max_connections, default 40).
set -euo pipefail
cd "$(dirname "$0")/.."
# The whole script is one function, read before it runs: editing the file during a run cannot break that run.
main() {
MESSAGES=${1:-2000} CHATS=${2:-500} MODE=${3:-webhook} OFFER=${4:-60} KILL=${5:-yes}
KILL_AT=${KILL_AT:-0.3} RESTART_AFTER=${RESTART_AFTER:-15}
. .ci/jdk
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -B test-compile org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -Dmdep.outputFile=target/surge-classpath.txt -Dmdep.includeScope=test
fi
# The work is bound by Telegram's 30 a second, not by the JIT: C1 only and the serial collector make the
# start cheaper on a shared 2-core machine.
JAVA_OPTS_INSTANCE=${JAVA_OPTS_INSTANCE:--Xmx768m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}
CP="target/test-classes:target/classes:$(cat target/surge-classpath.txt)"
OUT="target/exactly-once/$MODE-$MESSAGES-$CHATS-$(date -u +%Y%m%dT%H%M%S)"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
REDIS_PORT=$(free_port) FAKE_PORT=$(free_port) PORT0=$(free_port) PORT1=$(free_port)
DATA_KEY=$(head -c 32 /dev/urandom | base64 -w0)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$OUT" >"$OUT/redis.log" 2>&1 &
PIDS+=($!)
java ${DRIVER_OPTS:--Xmx1g -XX:+UseSerialGC -Dsurge.webhookConnections=40} -cp "$CP" id.sigap.telegram.SurgeDriver "$FAKE_PORT" "$MODE" "$MESSAGES" "$CHATS" "$OFFER" "$OUT" "$PORT0" "$PORT1" \
  >"$OUT/driver.log" 2>&1 &
DRIVER=$!
PIDS+=($DRIVER)
until [ -f "$OUT/fake-ready" ]; do kill -0 "$DRIVER" 2>/dev/null || { cat "$OUT/driver.log"; exit 1; }; sleep 0.5; done

start_instance() { # tag port -> pid
  REDIS_URL="redis://127.0.0.1:$REDIS_PORT" java $JAVA_OPTS_INSTANCE -cp "$CP" id.sigap.telegram.SurgeInstance \
    --server.port="$2" --spring.main.banner-mode=off \
    --sigap.telegram.token=123456:TEST-token --sigap.telegram.api-url="http://127.0.0.1:$FAKE_PORT/$1" \
    --sigap.telegram.mode="$MODE" --sigap.telegram.webhook-url=https://sigap.example.go.id/telegram/webhook \
    --sigap.telegram.webhook-secret=rahasia-cluster-123 --sigap.data-dir="$OUT/data-$1" --sigap.data-key="$DATA_KEY" \
    --sigap.retrieval.embedding-cache-dir="$PWD/target/exactly-once/embeddings" --sigap.kb-dir=src/test/resources/kb/good \
    >"$OUT/$1.log" 2>&1 &
  echo $!
}
I0=$(start_instance i0 "$PORT0"); PIDS+=("$I0")
I1=$(start_instance i1 "$PORT1"); PIDS+=("$I1")
echo "run in $OUT: redis $REDIS_PORT, fake $FAKE_PORT, i0 pid $I0 port $PORT0, i1 pid $I1 port $PORT1"

if [ "$KILL" = yes ]; then
  threshold=$(python3 -c "print(int($MESSAGES * $KILL_AT))")
  while kill -0 "$DRIVER" 2>/dev/null; do
    answered=$(sed -n 's/.*answered=\([0-9]*\).*/\1/p' "$OUT/progress" 2>/dev/null || echo 0)
    if [ "${answered:-0}" -ge "$threshold" ]; then
      poller=$(sed -n 's/.*poller=\([a-z0-9]*\).*/\1/p' "$OUT/progress")
      # Polling: kill the instance that polls (the harder case); webhook: i0.
      victim=i0; pid=$I0; port=$PORT0
      if [ "$MODE" = polling ] && [ "$poller" = i1 ]; then victim=i1; pid=$I1; port=$PORT1; fi
      kill -9 "$pid"
      echo "$victim $(date +%s%3N) answered=$answered" >"$OUT/killed"
      echo "kill -9 $victim (pid $pid) at $answered answered"
      # Sends the dead instance had begun (send marks, sigap:tg:sending:<chat>) and not acknowledged: marks
      # still there unchanged 3 s later are its own (a live instance acknowledges within milliseconds).
      marks() { redis-cli -p "$REDIS_PORT" EVAL "local r = {} for _, k in ipairs(redis.call('KEYS', 'sigap:tg:sending:*')) do
        r[#r + 1] = k .. ' ' .. (redis.call('GET', k) or '') end return r" 0 | sort; }
      marks >"$OUT/marks-at-kill"; sleep 3; marks >"$OUT/marks-3s-later"
      comm -12 "$OUT/marks-at-kill" "$OUT/marks-3s-later" >"$OUT/marks-of-killed"
      echo "sends begun and not acknowledged by $victim at the kill: $(grep -c . "$OUT/marks-of-killed" || true)" | tee -a "$OUT/killed-marks"
      if [ "$RESTART_AFTER" != 0 ]; then
        sleep "$RESTART_AFTER"
        NEW=$(start_instance "${victim}r" "$port"); PIDS+=("$NEW")
        echo "restarted $victim as ${victim}r (pid $NEW)"
      fi
      break
    fi
    sleep 0.5
  done
fi
status=0
wait "$DRIVER" || status=$?
cat "$OUT/report.txt" 2>/dev/null || tail -20 "$OUT/driver.log"
exit "$status"
}
main "$@"
