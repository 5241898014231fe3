#!/usr/bin/env bash
# Delivery rate of an official update against the configured Telegram limit (30/s by default), and the
# reply latency of ordinary chats before and during the broadcast; against a fake Bot API on loopback.
# Usage: bench/broadcast.sh [subscribers] [questions-per-second]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
./mvnw -q -B test -Dtest=BroadcastBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.subscribers="${1:-2000}" -Dbench.questions-per-second="${2:-5}"
grep -h "BROADCAST BENCH" target/surefire-reports/id.sigap.broadcast.BroadcastBench-output.txt
