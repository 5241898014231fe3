#!/usr/bin/env bash
# Issue monitoring on text written by others: SmSA valid sentiment through the monitoring path, topic
# quality on IDK-MRC valid questions and, when given, on a labelled news CSV (title,category).
# Usage: bench/monitoring.sh [SHARED_DATA_DIR] [NEWS_CSV]   (parts whose file is absent are skipped)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
"$JAVA_HOME/bin/java" -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  id.sigap.monitoring.MonitoringMeasurement "${1:-../shared/data}" ${2:+"$2"} 2>/dev/null
