#!/usr/bin/env bash
# Start-up time and footprint of the packaged jar: ready time cold and warm, RSS, heap.
# Usage: bench/startup.sh [runs] [jar]          (defaults: 3, target/sigap.jar)
# Extra JVM flags: JAVA_FLAGS='-XX:TieredStopAtLevel=1' bench/startup.sh
# Native memory by category: NMT=1 bench/startup.sh 1  (adds -XX:NativeMemoryTracking=summary, prints the summary)
# The jar starts the service in a child JVM with the JDK's AOT cache (docs/decisions/startup-launcher.md); the first
# start of a newly built jar records that cache. SIGAP_LAUNCHER=off measures the single-JVM start; RSS and heap are
# the service JVM's, launcherMB the launcher JVM's RSS beside it.
#
# Each run: a fresh temporary data directory (cold: key, embedded Redis, embeddings cache created), then the
# same directory again (warm). "ready" is wall time from launch to the first 200 of /actuator/health/readiness
# (polled every 50 ms); CPU is user+system of the JVM until then; RSS (VmRSS) and peak RSS (VmHWM) are read
# from /proc two seconds after ready (and after the embedding model has loaded, for a jar that loads it
# after ready: the log line "Embedding model loaded"); heap used/committed from `jcmd <pid> GC.heap_info`. The instance is
# then stopped with SIGTERM and the time to exit is recorded. Prints one row per start and the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
JAR="$(readlink -f "${2:-target/sigap.jar}")"
[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JCMD="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
TICK=$(getconf CLK_TCK)
WORK=$(mktemp -d /tmp/sigap-startup.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
FLAGS=(${JAVA_FLAGS:-})
LOADS_AFTER_READY=0
# Only a jar that runs the dense side loads the model (after ready); since the dense side is off by default
# the wait is asked for with DENSE=1 (with SIGAP_RETRIEVAL_DENSEWEIGHT set), or for an older jar that always loads.
if [ "${DENSE:-0}" = 1 ] || [ "${OLD_JAR_LOADS_MODEL:-0}" = 1 ]; then
  unzip -l "$JAR" 'BOOT-INF/classes/id/sigap/retrieval/InProcessOnnxModel.class' >/dev/null 2>&1 && LOADS_AFTER_READY=1
fi
[ -n "${NMT:-}" ] && FLAGS+=(-XX:NativeMemoryTracking=summary)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
kb() { awk '{print int($2/1024)}'; }
descendants() { local c; for c in $(pgrep -P "$1"); do echo "$c"; descendants "$c"; done; }

# heap "used committed" in MB, for G1 ("committed NK, used NK") and Serial/Parallel ("total NK, used NK")
heap_of() {
  "$JCMD" "$1" GC.heap_info 2>/dev/null | awk '
    /^ *(garbage-first heap|def new generation|tenured generation|PSYoungGen|ParOldGen|ZHeap|Shenandoah)/ {
      c = 0; u = 0
      if (match($0, /committed [0-9]+K/)) c = substr($0, RSTART + 10, RLENGTH - 11)
      else if (match($0, /total [0-9]+K/)) c = substr($0, RSTART + 6, RLENGTH - 7)
      if (match($0, /used [0-9]+K/)) u = substr($0, RSTART + 5, RLENGTH - 6)
      C += c; U += u
    }
    END { printf "%d %d\n", U / 1024, C / 1024 }'
}

# one start: prints "ready_s cpu_s rss_mb hwm_mb heap_used_mb heap_committed_mb stop_s"
start_once() {
  local data="$1" log="$2" port pid t0 t1 ready cpu rss hwm heap stop
  port=$(free_port)
  t0=$(date +%s.%N)
  SIGAP_DATA_DIR="$data" SERVER_PORT="$port" TELEGRAM_BOT_TOKEN= OPENAI_API_KEY= \
    "$JAVA" "${FLAGS[@]}" -jar "$JAR" >"$log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
    kill -0 "$pid" 2>/dev/null || { echo "instance died, see $log" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s.%N)
  ready=$(echo "$t1 - $t0" | bc)
  # CPU of the whole process tree: the launcher JVM, the service JVM it starts (docs/decisions/startup-launcher.md)
  # and the embedded redis-server
  cpu=$(for p in $pid $(descendants "$pid"); do cat "/proc/$p/stat" 2>/dev/null; done \
    | awk -v t="$TICK" '{s += $14 + $15} END {printf "%.1f", s / t}')
  # memory and heap of the service JVM: the launcher's child when there is one
  jvm=$(pgrep -P "$pid" -f sigap.launcher.parent | head -n1); jvm=${jvm:-$pid}
  # a jar that loads the embedding model after ready: footprint figures once it is loaded
  if [ "$LOADS_AFTER_READY" = 1 ]; then
    for _ in $(seq 1 1200); do grep -q "Embedding model loaded" "$log" && break; sleep 0.1; done
  fi
  sleep 2
  rss=$(grep VmRSS "/proc/$jvm/status" | kb)
  hwm=$(grep VmHWM "/proc/$jvm/status" | kb)
  launcher_rss=0
  [ "$jvm" != "$pid" ] && launcher_rss=$(grep VmRSS "/proc/$pid/status" | kb)
  heap=$(heap_of "$jvm")
  if [ -n "${NMT:-}" ]; then "$JCMD" "$jvm" VM.native_memory summary scale=MB >"$log.nmt" 2>&1 || true; fi
  t0=$(date +%s.%N)
  kill -TERM "$pid"
  wait "$pid" || true
  stop=$(echo "$(date +%s.%N) - $t0" | bc)
  printf "%.2f %s %s %s %s %.2f %s\n" "$ready" "$cpu" "$rss" "$hwm" "$heap" "$stop" "$launcher_rss"
}

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

echo "jar: $JAR ($(du -m "$JAR" | cut -f1) MB), flags: ${FLAGS[*]:-(none)}, cores: $(nproc)"
printf "%-4s %-5s %8s %8s %8s %8s %10s %10s %7s %s %s\n" run start ready_s cpu_s rss_MB hwm_MB heapUsed heapCommit stop_s launcherMB load
for i in $(seq 1 "$RUNS"); do
  data="$WORK/data-$i"
  for kind in cold warm; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    row=$(start_once "$data" "$WORK/$kind-$i.log")
    echo "$kind $row" >>"$WORK/rows"
    # shellcheck disable=SC2086
    printf "%-4s %-5s %8s %8s %8s %8s %10s %10s %7s %s %s\n" "$i" "$kind" $row "$load"
    if [ -n "${NMT:-}" ]; then sed -n '/^Total/,/^$/p;/^-  *\(Java Heap\|Class\|Thread\|Code\|GC\|Compiler\|Internal\|Other\|Symbol\|Native Memory Tracking\|Shared class space\|Arena Chunk\|Metaspace\|Module\|Synchronizer\|Serviceability\|Safepoint\|Arguments\|Logging\|Tracing\|String Deduplication\|Object Monitors\|Unknown\)/p' "$WORK/$kind-$i.log.nmt"; fi
    if [ -n "${KEEP_LOGS:-}" ]; then cp "$WORK/$kind-$i.log" "$KEEP_LOGS-$kind-$i.log"; fi
  done
done
echo "median of $RUNS:"
for kind in cold warm; do
  med=()
  for col in 2 3 4 5 6 7 8; do med+=("$(awk -v k="$kind" -v c="$col" '$1 == k {print $c}' "$WORK/rows" | median)"); done
  printf "     %-5s %8s %8s %8s %8s %10s %10s %7s\n" "$kind" "${med[@]}"
done
