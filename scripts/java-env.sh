# Kept for the commands people already type (`source scripts/java-env.sh; mvn ...`): the Java selection itself is
# scripts/lib/java-env.sh, which every script sources.
source "$(dirname "${BASH_SOURCE[0]}")/lib/java-env.sh"
