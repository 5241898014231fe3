#!/usr/bin/env bash
# Throughput, latency and CPU a message of the Telegram channel against a fake Bot API on loopback.
# Usage: bench/telegram.sh [updates] [chats]   (BENCH_JFR=/path/file.jfr records a profile of the burst only;
# BENCH_POLL_BACKLOG=N sets sigap.telegram.poll-backlog, 0 = polling takes updates without looking at the backlog)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
./mvnw -q -B test -Dtest=TelegramThroughputBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.updates="${1:-2000}" -Dbench.chats="${2:-200}" -Dbench.jfr="${BENCH_JFR:-}" \
  ${BENCH_POLL_BACKLOG:+-Dsigap.telegram.poll-backlog="$BENCH_POLL_BACKLOG"}
grep -h "TELEGRAM BENCH" target/surefire-reports/id.sigap.telegram.TelegramThroughputBench-output.txt
