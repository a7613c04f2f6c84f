#!/usr/bin/env bash
# Mutation check (not run by verify): applies one-line changes to main code that tests must catch, one at a time,
# runs the test classes that cover each, and reports whether they failed (caught) or passed (survived).
# Usage: build/mutations.sh [number...]   (from the repository root; default: all)
set -u
cd "$(dirname "$0")/.."
MAIN=camel-lalal-component/src/main/java/io/github/camellalal
CLIENT=lalal-client/src/main/java/io/github/camellalal/client

# id | file | exact text to replace (one line) | replacement | test classes
MUTATIONS=(
"1|$CLIENT/http/LicenseInterceptor.java|if (target == null \|\| !sameOrigin(target)) {|if (target == null) {|LicenseHostGuardTest"
"2|$CLIENT/http/ContentDispositions.java|name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\\\')) + 1).trim();|name = name.trim();|DownloadNameSanitizingTest"
"3|$MAIN/component/process/TaskWatcher.java|this.batchSize = batchSize;|this.batchSize = Integer.MAX_VALUE;|LalalProcessWaitTest"
"4|$MAIN/component/process/TaskWatcher.java|if (!status.known()) {|if (false) {|LalalProcessWaitTest"
"5|$MAIN/component/store/MemoryTaskStore.java|tracked.remove(fileId);|tracked.get(fileId);|LalalTasksTrackingSetTest,LalalTasksStatesTest"
"6|$CLIENT/v0/V0LalalClient.java|HttpPost post = new HttpPost(api(\"/api/upload/\"));|HttpPost post = new HttpPost(api(\"/api/upload\"));|WireRequestsTest"
"7|$CLIENT/v0/V0LalalClient.java|() -> form(\"/api/check/\", \"id\", String.join(\",\", list)),|() -> new HttpGet(api(\"/api/check/?id=\" + String.join(\",\", list))),|WireRequestsTest"
# beyond the issue's seven: the threads of process
"8|$MAIN/component/process/ProcessThreads.java|workers.execute(task);|task.run();|LalalProcessWaitTest"
"9|$MAIN/component/process/ProcessThreads.java|deadlines = manager.newSingleThreadScheduledExecutor(owner, \"LalalDeadlines\");|deadlines = watcher;|LalalThreadsTest"
"10|$MAIN/component/LalalEndpoint.java|return getComponent(LalalComponent.class).processThreads();|return new ProcessThreads(getCamelContext(), this, configuration.getWorkerPool(), configuration.getWorkerPoolSize());|LalalThreadsTest"
"11|$CLIENT/LalalClient.java|return create(config.apiVersion(), config);|return new io.github.camellalal.client.v0.V0LalalClient(config);|ClientPackageDependencyTest"
# the download data path: bodies read from the socket into a direct buffer, and only when the raw bytes are the track
"12|$CLIENT/http/QuietConnectionFactory.java|if (len > 0 && channel != null) {|if (false) {|ChannelDownloadTest"
"13|$CLIENT/http/HttpTrackDownload.java|\|\| raw.length() != entity.getContentLength()) {|) {|ChannelDownloadTest"
# v1: a task the service forgot is expired, not an error
"14|$MAIN/component/tasks/UnknownFiles.java|\"failed to extract information about task\",||LalalV1RoutesTest,UnknownFilesTest"
)

selected=("$@")
caught=0; survived=0; skipped=0
for m in "${MUTATIONS[@]}"; do
  IFS='|' read -r id file from to tests <<<"$(printf '%s' "$m" | sed 's/\\|/\x01/g')"
  from=${from//$'\x01'/|}; to=${to//$'\x01'/|}
  if [ ${#selected[@]} -gt 0 ] && [[ ! " ${selected[*]} " =~ " $id " ]]; then continue; fi
  if ! grep -qF -- "$from" "$file"; then
    echo "mutation $id: NOT APPLICABLE (text not found in $file): $from"; skipped=$((skipped+1)); continue
  fi
  cp "$file" "$file.orig"
  MFROM="$from" MTO="$to" python3 - "$file" <<'PY'
import os, sys
p = sys.argv[1]; s = open(p).read()
open(p, "w").write(s.replace(os.environ["MFROM"], os.environ["MTO"], 1))
PY
  log=$(mktemp)
  # -am builds lalal-client too; -Dtest selects the listed classes in whichever module holds them
  mvn -B -q -pl camel-lalal-component -am test -Dcheckstyle.skip -Dtest="$tests" \
      -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1
  rc=$?
  mv "$file.orig" "$file"
  touch "$file" # newer than the mutant's class, so the next build compiles the original again
  if grep -aq "COMPILATION ERROR" "$log"; then
    echo "mutation $id: DOES NOT COMPILE ($file)"; skipped=$((skipped+1))
  elif [ $rc -ne 0 ]; then
    failed=$(grep -aoE '^\[ERROR\]   [A-Za-z]+\.[A-Za-z0-9]+' "$log" | awk '{print $2}' | sort -u | paste -sd, -)
    echo "mutation $id: CAUGHT by $tests (${failed:-see log}) -- $(basename "$file"): '$from' -> '$to'"
    caught=$((caught+1))
  else
    echo "mutation $id: SURVIVED $tests -- $(basename "$file"): '$from' -> '$to'"; survived=$((survived+1))
  fi
  rm -f "$log"
done
echo "caught $caught, survived $survived, not applied $skipped"
[ $survived -eq 0 ] && [ $skipped -eq 0 ]
