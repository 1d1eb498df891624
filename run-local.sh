#!/usr/bin/env bash
# Runs the whole platform on this machine without Docker: Kafka (KRaft), a MongoDB-wire server,
# the auth server, every service and the gateway. Details: local-stack/README.md.
#
#   ./run-local.sh                  build (and make class data sharing archives), then start everything
#                                   (Ctrl-C stops it)
#   ./run-local.sh --no-build       start what was built last time
#   ./run-local.sh token staff      print an access token for a demo user (stack must be running)
#   ./run-local.sh dlq-replay T     send dead-letter topic T's records back to their topic (after a fix)
#   ./run-local.sh help             all launcher options (--data-dir, --port-offset, ...)
set -euo pipefail
cd "$(dirname "$0")"

build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) args+=("$arg") ;;
  esac
done
# Sub-commands talk to a running stack: nothing to build for them (rebuilding would also replace the jars
# under it). The first word that is not an option names the sub-command: `--port-offset=500 token staff`.
for arg in ${args[@]+"${args[@]}"}; do
  case "$arg" in
    --*) ;;
    token|help|dlq-replay) build=false; break ;;
    *) break ;;
  esac
done

if $build; then
  echo "Building the platform (./mvnw -B -q install -DskipTests; skip with --no-build)..."
  ./mvnw -B -q install -DskipTests
fi

if [[ ! -f local-stack/target/local-stack.jar || ! -d local-stack/target/lib ]]; then
  echo "local-stack/target/local-stack.jar is missing: run ./run-local.sh without --no-build" >&2
  exit 1
fi

java_cmd=java
if [[ -n "${JAVA_HOME:-}" ]]; then
  java_cmd="$JAVA_HOME/bin/java"
fi
launcher=("$java_cmd" -Xmx128m -cp "local-stack/target/local-stack.jar:local-stack/target/lib/*"
  org.chapterrelations.localstack.LocalStack --repo-root="$PWD")
if $build; then
  # A new build's first start would otherwise make them: done here, starts stay quick (local-stack/README.md).
  "${launcher[@]}" ${args[@]+"${args[@]}"} cds-archives || echo "Starting without class data sharing archives." >&2
fi
exec "${launcher[@]}" ${args[@]+"${args[@]}"}
