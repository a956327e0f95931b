# shellcheck shell=bash
# Liquibase migrations: the plain command line (about a second), its class path resolved once by Maven.

LB_DIR="$STATE/liquibase"
LB_SEARCH_PATH="$ROOT/yomu-ear/src/main/db,$ROOT/yomu-core-ejb/src/main/resources,$ROOT/yomu-engine-ejb/src/main/resources"

# pom_prop NAME DEFAULT: a version property of the root pom, where every version lives.
pom_prop() {
  local v
  v=$(sed -n "s:.*<$1>\([^<]*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -n 1)
  echo "${v:-$2}"
}

# Prints the class path of liquibase-core, picocli and the PostgreSQL driver.
lb_classpath() {
  local lbv pgv dpv picocli cp_file
  lbv=$(pom_prop liquibase.version 4.33.0)
  picocli=$(pom_prop picocli.version 4.7.7)
  pgv=$(pom_prop postgresql.version 42.7.4)
  dpv=$(pom_prop dependency-plugin.version 3.8.1)
  [[ $lbv == 4.* ]] || die "Liquibase $lbv refused: only 4.x is Apache-2.0 (5.x is under the FSL)"
  cp_file="$LB_DIR/classpath-$lbv-$picocli-$pgv.txt"
  if [[ ! -s $cp_file ]]; then
    command -v mvn >/dev/null || die "mvn not found: Maven resolves Liquibase"
    say "migrate: resolving Liquibase $lbv with Maven (once)" >&2
    mkdir -p "$LB_DIR"
    cat >"$LB_DIR/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>id.yomu.tools</groupId>
  <artifactId>liquibase-classpath</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.liquibase</groupId><artifactId>liquibase-core</artifactId><version>$lbv</version></dependency>
    <dependency><groupId>info.picocli</groupId><artifactId>picocli</artifactId><version>$picocli</version></dependency>
    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId><version>$pgv</version></dependency>
  </dependencies>
  <build><plugins><plugin>
    <groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId><version>$dpv</version>
  </plugin></plugins></build>
</project>
POM
    mvn -B -q -f "$LB_DIR/pom.xml" dependency:build-classpath -Dmdep.includeScope=runtime \
      -Dmdep.outputFile="$cp_file.tmp" >"$LB_DIR/resolve.log" 2>&1 ||
      { tail -n 30 "$LB_DIR/resolve.log" >&2; die "migrate: Maven could not resolve Liquibase"; }
    mv "$cp_file.tmp" "$cp_file"
  fi
  cat "$cp_file"
}

# lb COMMAND [OPTION...]: runs Liquibase against the configured database; secrets go through the environment.
# Errors come out as one line; YOMU_LIQUIBASE_LOG_LEVEL=INFO (or FINE) shows what Liquibase does.
lb() {
  local cp url user password
  cp=$(lb_classpath)
  url=$(db_url)
  user=$(db_user)
  password=$(db_password)
  # A short-lived tool: C1 only and the serial collector cost the least CPU; LB_NICE (a deployment's) keeps it
  # from taking the CPU the live colour's readers need.
  LIQUIBASE_COMMAND_URL=$url LIQUIBASE_COMMAND_USERNAME=$user LIQUIBASE_COMMAND_PASSWORD=$password \
    nice -n "${LB_NICE:-0}" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$cp" \
    liquibase.integration.commandline.LiquibaseCommandLine \
    --show-banner=false --analytics-enabled=false --ui-service=LOGGER \
    --log-level="${YOMU_LIQUIBASE_LOG_LEVEL:-OFF}" --search-path="$LB_SEARCH_PATH" "$@"
}

migrate_usage() {
  echo "usage: scripts/yomu migrate [status|sql] [--demo] [--labels EXPR] [--tag NAME]" >&2
  exit "$EXIT_USAGE"
}

# migrate [status|sql] [--demo] [--labels EXPR] [--tag NAME]
migrate_cmd() {
  local action=update demo="" labels="" tag=""
  case ${1:-} in
    status | sql) action=$1; shift ;;
  esac
  while (($#)); do
    case $1 in
      --demo) demo=1 ;;
      --labels) (($# > 1)) || migrate_usage; labels=$2; shift ;;
      --tag) (($# > 1)) || migrate_usage; tag=$2; shift ;;
      *) migrate_usage ;;
    esac
    shift
  done
  local filter=(--changelog-file=changelog-master.xml)
  [[ -n $demo ]] || filter+=("--context-filter=!demo")
  [[ -z $labels ]] || filter+=("--label-filter=$labels")

  if ! db_external && ! db_running; then die "$EXIT_DOWN" "migrate: db not running (scripts/yomu db start)"; fi
  local t0 what
  t0=$(now_ms)
  what="$(db_url)${demo:+, with demo data}${labels:+, labels $labels}"
  case $action in
    status) lb status --verbose "${filter[@]}" || die "migrate status failed" ;;
    sql) lb update-sql "${filter[@]}" || die "migrate sql failed" ;;
    update)
      say "migrate: $what"
      if [[ -n $tag ]]; then
        lb tag --tag="$tag" >/dev/null || die "migrate: tagging the database with $tag failed"
        say "migrate: tagged the database $tag"
      fi
      lb update "${filter[@]}" || die "migrate failed"
      say "migrate: done ($(secs_since "$t0") s)"
      ;;
  esac
}
