# Sourced by the scripts that run project classes outside Maven (benchmarks, dataset, README rules): compiles the
# main and test code and sets CP to target/classes, target/test-classes and every dependency, test scope included.
if ! mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.includeScope=test \
     -Dmdep.outputFile=target/project-classpath.txt >/dev/null 2>&1; then
  echo "$(basename "$0"): the build failed; run 'mvn test-compile' to see why" >&2
  exit 1
fi
CP="target/classes:target/test-classes:$(cat target/project-classpath.txt)"
