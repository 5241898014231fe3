#!/usr/bin/env bash
# Retrieval + decision latency (extractive mode), index build time and heap:
# the sample knowledge base and 5,000 generated entries. Usage: bench/retrieval.sh [KB_DIR] [GOLDEN] [N]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
"$JAVA_HOME/bin/java" -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  id.sigap.bench.RetrievalBenchmark "${1:-knowledge-base}" "${2:-eval/golden.jsonl}" "${3:-5000}" 2>/dev/null
