# Sourced by every script of the project and by .ci/run: selects Java 25 (Temurin) or explains plainly why it cannot.
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if [ ! -x "$JAVA_HOME/bin/java" ]; then
  echo "oxidometer needs Java 25; expected it at $JAVA_HOME (set JAVA_HOME to a JDK 25)" >&2
  exit 1
fi
export PATH="$JAVA_HOME/bin:$PATH"
