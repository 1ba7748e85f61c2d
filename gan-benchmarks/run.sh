#!/usr/bin/env bash
# Runs a benchmark of this module: gan-benchmarks/run.sh MlpStepBenchmark [args...]
# Build first: mvn -q -B package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
name="${1:?usage: run.sh BENCHMARK [args...], e.g. run.sh MlpStepBenchmark}"; shift
jar="$(ls "$here"/target/gan-benchmarks-*.jar | head -n 1)"
export TF_CPP_MIN_LOG_LEVEL="${TF_CPP_MIN_LOG_LEVEL:-2}"
source "$here/../jvm-options.sh"
exec java $(gan_jvm_options java) -cp "$jar:$here/target/lib/*" "org.gan4j.benchmarks.$name" "$@"
