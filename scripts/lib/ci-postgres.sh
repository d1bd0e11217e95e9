# Sourced by .ci/run: a local PostgreSQL for the storage tests. Installs Debian's postgresql when missing, starts
# its cluster, creates the role and database the tests use (idempotent, non-interactive) and exports
# OXIDOMETER_TEST_PG_URL / _USER / _PASSWORD. When any step fails it says so: on CI (CI=true) that fails the run,
# elsewhere the PostgreSQL tests are skipped (JUnit reports them as skipped with the reason) and the H2 tests still run.

oxidometer_pg_setup() {
  local sudo="" as_postgres version port
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "CI: not root and no sudo: cannot install PostgreSQL" >&2; return 1; }
    sudo="sudo -n"
  fi
  if ! command -v pg_lsclusters >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "CI: installing postgresql (apt-get)"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
      || { $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } \
      || return 1
  fi
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
    $sudo pg_createcluster "$version" main >/dev/null || return 1
  fi
  if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
    $sudo pg_ctlcluster "$version" main start || return 1
  fi
  port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
  as_postgres="$sudo runuser -u postgres --"
  [ -z "$sudo" ] || as_postgres="sudo -n -u postgres"
  for _ in $(seq 1 30); do pg_isready -q -p "$port" && break; sleep 1; done
  $as_postgres psql -p "$port" -q -v ON_ERROR_STOP=1 -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'oxidometer') THEN
        CREATE ROLE oxidometer LOGIN PASSWORD 'oxidometer';
      END IF; END \$\$;" || return 1
  if ! $as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = 'oxidometer_test'" | grep -q 1; then
    $as_postgres createdb -p "$port" -O oxidometer oxidometer_test || return 1
  fi
  export OXIDOMETER_TEST_PG_URL="jdbc:postgresql://localhost:$port/oxidometer_test"
  export OXIDOMETER_TEST_PG_USER=oxidometer OXIDOMETER_TEST_PG_PASSWORD=oxidometer
  echo "CI: PostgreSQL $version on port $port for the storage tests ($OXIDOMETER_TEST_PG_URL)"
}

if ! oxidometer_pg_setup; then
  # on CI the storage tests must run against PostgreSQL too: a setup failure fails the run instead of skipping them
  if [ "${CI:-}" = true ]; then
    echo "CI: no PostgreSQL could be set up; the PostgreSQL storage tests cannot run" >&2
    exit 1
  fi
  echo "WARNING: no PostgreSQL could be set up; the PostgreSQL storage tests will be skipped" >&2
fi
