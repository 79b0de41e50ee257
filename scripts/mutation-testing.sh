#!/usr/bin/env bash
# Mutation testing of oa-core's engines with PIT (pitest-maven 1.30.2, pitest-junit5-plugin 1.2.3).
# Not part of `mvn verify`: it takes a long time (about 40 minutes on two cores).
#
#   bash scripts/mutation-testing.sh [package ...]      e.g. calendar deadline
#
# The engines are tested in two modules: oa-core's own tests, and the property tests in
# oa-testkit/src/test/java/io/oakit/core (they need the testkit's generators). PIT mutates only
# the module it runs in unless told to cross modules, so this runs it twice over the same
# mutants — in oa-core, and in oa-testkit with crossModule — and counts a mutant killed when either
# run killed it. Reports: oa-core/target/pit-reports, oa-testkit/target/pit-reports; the merged
# figures per package are printed and written to target/mutation-scores.md.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=("$@")
if [ ${#packages[@]} -eq 0 ]; then
  packages=(calendar deadline routing roster supervision supervision.scoring)
fi
targets=""
for p in "${packages[@]}"; do
  targets="${targets:+$targets,}io.oakit.core.$p.*"
done

mvn -B -q install -DskipTests
mvn -B -pl oa-core org.pitest:pitest-maven:mutationCoverage -DtargetClasses="$targets" \
  -DtargetTests='io.oakit.core.*'
# crossing modules needs both in the reactor; the testkit run sees oa-core's tests too, but not
# oa-core's test-only libraries (ical4j), so the test that needs them runs in the first run only
mvn -B -pl oa-core,oa-testkit org.pitest:pitest-maven:mutationCoverage -DtargetClasses="$targets" \
  -DtargetTests='io.oakit.core.*' -DcrossModule=true -DskipPitestInCore=true \
  -DexcludedTestClasses='io.oakit.core.roster.RosterEditAndExportTest' </dev/null

mkdir -p target
awk -F, -v wanted="$(IFS=,; echo "${packages[*]}")" '
  function pkg(cls,   parts, n, i, p) {
    n = split(cls, parts, ".")
    p = parts[4]
    if (n >= 6 && parts[5] ~ /^[a-z]/) p = p "." parts[5]
    return p
  }
  {
    key = $1 SUBSEP $2 SUBSEP $3 SUBSEP $4 SUBSEP $5
    seen[FILENAME, key]++
    k = key SUBSEP seen[FILENAME, key]
    killed = ($6 == "KILLED" || $6 == "TIMED_OUT" || $6 == "MEMORY_ERROR" || $6 == "RUN_ERROR")
    if (!(k in all)) { all[k] = pkg($2) }
    if (killed) dead[k] = 1
  }
  END {
    n = split(wanted, w, ",")
    for (k in all) { total[all[k]]++; if (k in dead) kills[all[k]]++ }
    print "| package | mutants | killed | score |"
    print "| --- | --- | --- | --- |"
    for (i = 1; i <= n; i++) {
      p = w[i]
      printf "| io.oakit.core.%s | %d | %d | %.0f%% |\n", p, total[p], kills[p], total[p] ? 100 * kills[p] / total[p] : 0
    }
  }' oa-core/target/pit-reports/mutations.csv oa-testkit/target/pit-reports/mutations.csv | tee target/mutation-scores.md
