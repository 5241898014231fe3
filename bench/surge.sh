#!/usr/bin/env bash
# Surge load test: two Sigap instances sharing one Redis, fed through a fake Bot API on loopback.
# Usage: bench/surge.sh [messages=4000] [chats=1000] [seconds=12] [mode=webhook|polling]
# The issue's scenario: bench/surge.sh 20000 5000 60
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
./mvnw -q -B test -Dtest=ScaleOutSurgeBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.messages="${1:-4000}" -Dbench.chats="${2:-1000}" -Dbench.seconds="${3:-12}" -Dbench.mode="${4:-webhook}" \
  || status=$?
cat target/surge-bench.txt 2>/dev/null || grep -h -A8 "SURGE BENCH" target/surefire-reports/id.sigap.telegram.ScaleOutSurgeBench-output.txt
exit "${status:-0}"
