#!/usr/bin/env bash
# Reproducible builds, verified (maven-artifact-plugin): the build plan uses no plugin known to
# build differently twice, and two clean builds give byte-identical artifacts (jars, sources and
# javadoc jars, SBOMs, poms). Both builds use the release profile without signing, so this also
# checks that ./mvnw -P release -Dgpg.skip verify builds. Tests and the invoker consumers are
# skipped: .ci/run has run them. The first build is installed into a throw-away local repository
# (never ~/.m2), which reads third-party artifacts from the usual one (maven.repo.local.tail).
set -euo pipefail
cd "$(dirname "$0")/.."
reference=$(mktemp -d)
trap 'rm -rf "$reference"' EXIT
common=(-B -q -P release -Dgpg.skip -DskipTests -Dinvoker.skip=true -Dspotless.check.skip=true
        -Dmaven.repo.local="$reference"
        -Dmaven.repo.local.tail="${MAVEN_LOCAL_REPOSITORY:-$HOME/.m2/repository}")
# rules-cli, rules-bench and rules-it are installed here only (compare skips what is not deployed).
./mvnw "${common[@]}" -Dmaven.install.skip=false clean install artifact:check-buildplan
./mvnw "${common[@]}" -Dmaven.install.skip=false clean verify artifact:compare
compare=target/childcare-rules-parent-*.buildcompare
cat $compare
grep -q '^ko=0$' $compare
echo "reproducible: $(grep '^ok=' $compare | cut -d= -f2) artifacts byte-identical, none differs"
