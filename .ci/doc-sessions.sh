# The runnable blocks of the docs, each run exactly as it stands by .ci/run (sourced after doc-blocks.sh and after
# `mvn -B -ntp verify` built everything), each checked for what the doc promises. Ports as the docs name them, all
# on 127.0.0.1.
doc_logs=$(mktemp -d)

# The emulator README's standalone block (it builds the jar and serves on port 8089 until stopped), and against it
# the README's first route and the Spring Boot example run as their blocks say.
emulator_standalone() {
  local log=$doc_logs/standalone.log emulator
  start_block camel-lalal-emulator/README.md standalone "$log" 1200   # it serves the next two blocks too
  await 240 "the standalone emulator on port 8089" curl -s -o /dev/null http://127.0.0.1:8089/ \
    || fail_block "the emulator README's standalone block did not serve on port 8089" "$log"
  grep -q '^LALAL.AI emulator: http://127.0.0.1:8089$' "$log" \
    || fail_block "the standalone emulator did not print its URL" "$log"
  emulator=$block_pid
  first_route
  spring_boot
  block_pid=$emulator
  stop_block
  await 30 "port 8089 to be free" nothing_answers http://127.0.0.1:8089/
}

# The README's first route: an MP3 dropped into target/first-route/inbox comes out as its tracks.
first_route() {
  local log=$doc_logs/first-route.log dir=target/first-route
  rm -rf "$dir"
  start_block README.md first-route-emulator "$log" 400
  await 300 "the first route's inbox" test -d "$dir/inbox" || fail_block "the first route did not start" "$log"
  head -c 480000 /dev/urandom > "$dir/song.mp3"
  mv "$dir/song.mp3" "$dir/inbox/song.mp3"
  await 120 "the first route's tracks" has_files "$dir/output" 3 \
    || fail_block "the first route did not save the tracks of a dropped MP3" "$log"
  grep -q 'saved ' "$log" || fail_block "the first route did not log its saved tracks" "$log"
  stop_block
  rm -rf "$dir"
}

# A curl session of the emulator README (block $2 of doc $1: curl-session over http, tls-session over https), in a
# scratch folder beside a link to the module: each must end with the downloaded stem track.
emulator_session() {
  local scratch
  scratch=$(mktemp -d)
  ln -s "$PWD/camel-lalal-emulator" "$scratch/camel-lalal-emulator"
  if ! run_block "$1" "$2" "$scratch" 120 || [ ! -s "$scratch/song_drum_split_by_lalalai.mp3" ]; then
    echo "$1: block $2 did not download the stem track" >&2
    exit 1
  fi
  rm -rf "$scratch"
}

# The Spring Boot example's README block against the standalone emulator (the web server kept on loopback): an MP3
# dropped into target/stems/inbox gives both tracks, and the health endpoint shows the lalal check UP.
spring_boot() {
  local log=$doc_logs/spring-boot.log dir=target/stems
  local -x SERVER_ADDRESS=127.0.0.1
  rm -rf "$dir"
  start_block camel-lalal-examples-spring-boot/README.md emulator-run "$log" 400
  await 300 "the Spring Boot example's health endpoint" curl -sf -o /dev/null http://127.0.0.1:8080/actuator/health \
    || fail_block "the Spring Boot example did not start" "$log"
  head -c 480000 /dev/urandom > "$dir/song.mp3"
  mv "$dir/song.mp3" "$dir/inbox/song.mp3"
  await 120 "both tracks of the Spring Boot example" has_files "$dir/output" 2 \
    || fail_block "the Spring Boot example did not write both tracks" "$log"
  curl -s http://127.0.0.1:8080/actuator/health | grep -q '"lalal":"UP"' \
    || fail_block "the Spring Boot example's health does not show the lalal check UP" "$log"
  stop_block
  rm -rf "$dir"
}

# The examples README's demo: it writes three WAVs, separates them on the embedded emulator and stops by itself.
demo() {
  local log=$doc_logs/demo.log
  rm -rf target/lalal-demo
  run_block camel-lalal-examples/README.md demo . 600 | tee "$log" | tail -n 5
  grep -q 'LALAL.AI demo summary: files done: 3, failed: 0, tracks written: 6' "$log" || {
    echo "the examples README's demo did not separate its three files" >&2
    exit 1
  }
}

# The demo with --watch: after the three WAVs it keeps watching the inbox (a fourth file dropped in is separated
# too) until stopped.
demo_watch() {
  local log=$doc_logs/demo-watch.log dir=target/lalal-demo
  rm -rf "$dir"
  start_block camel-lalal-examples/README.md demo-watch "$log" 600
  await 400 "the six tracks of the three sample WAVs" has_files "$dir/output" 6 \
    || fail_block "the watching demo did not separate its three files" "$log"
  grep -q 'Watching .* for audio files' "$log" || fail_block "the demo with --watch did not say it watches" "$log"
  cp "$dir/done/demo-chord.wav" "$dir/dropped.wav"
  mv "$dir/dropped.wav" "$dir/inbox/dropped.wav"
  await 120 "the tracks of a file dropped into the watched inbox" has_files "$dir/output" 8 \
    || fail_block "the watching demo did not separate a file dropped into its inbox" "$log"
  stop_block
}

# docs/quarkus.md's session: build, the emulator on 18080 in the background, the application in the foreground;
# then, as the doc's last line says, an MP3 into target/stems/inbox gives both tracks in target/stems/output.
quarkus_session() {
  local log=$doc_logs/quarkus.log
  rm -rf target/stems
  start_block docs/quarkus.md quarkus-session "$log" 600
  await 480 "the Quarkus example's inbox" test -d target/stems/inbox \
    || fail_block "the Quarkus example did not start" "$log"
  head -c 480000 /dev/urandom > target/stems/song.mp3
  mv target/stems/song.mp3 target/stems/inbox/song.mp3
  await 120 "both tracks of the Quarkus example" has_files target/stems/output 2 \
    || fail_block "the Quarkus example did not write both tracks" "$log"
  stop_block
  rm -rf target/stems
}

# The README's check latency simulation with requests of due tasks only (virtual time, no server): the table's
# 8 simulated rows, every task seen.
latency_demand() {
  local log=$doc_logs/latency.log
  if ! run_block README.md latency-demand . 900 > "$log" 2>&1 \
      || [ "$(grep -c '^| .*due tasks only .*(0) |' "$log")" != 8 ]; then
    tail -n 40 "$log" >&2
    echo "the README's latency block did not print its 8 rows with every task seen" >&2
    exit 1
  fi
  grep '^| .*due tasks only' "$log"
}

step "emulator README: standalone block; against it README's first route and the Spring Boot example" \
  emulator_standalone
step "emulator README: curl session over http" emulator_session camel-lalal-emulator/README.md curl-session
step "emulator README: curl session over https (--tls)" emulator_session camel-lalal-emulator/README.md tls-session
step "examples README: the demo" demo
step "examples README: the demo with --watch" demo_watch
step "docs/quarkus.md: the example against the standalone emulator" quarkus_session
step "README: the check latency simulation, due tasks only" latency_demand
rm -rf "$doc_logs"
