# Helpers of .ci/run (sourced) that run a block of a doc exactly as it stands: the fenced block between the lines
# <!-- NAME:start --> and <!-- NAME:end --> of a Markdown file. DocsCommandsTest (camel-lalal-examples) counts each
# command of a block as run when a line of .ci/ gives its doc and name to a helper named *_block or *_session
# (`run_block DOC NAME ...`, `start_block DOC NAME ...`, `emulator_session DOC NAME`).

# Prints block $2 of doc $1 without its fence lines; fails when the doc has no such block.
doc_block() {
  local doc=$1 name=$2 block
  block=$(sed -n "/^<!-- $name:start -->\$/,/^<!-- $name:end -->\$/p" "$doc" | sed '1,2d' | sed '$d' | sed '$d')
  if [ -z "$block" ]; then
    echo "no block <!-- $name:start --> ... <!-- $name:end --> in $doc" >&2
    return 1
  fi
  printf '%s\n' "$block"
}

# Runs block $2 of doc $1 with bash -euo pipefail in folder $3, at most $4 seconds (default 900). `timeout` leads a
# process group of its own: whatever the block left running in the background is stopped with it.
run_block() {
  local doc=$1 name=$2 dir=$3 limit=${4:-900} script pid rc=0
  script=$(mktemp)
  doc_block "$doc" "$name" > "$script"
  echo "+ $doc, block $name:"
  sed 's/^/+     /' "$script"
  (cd "$dir" && exec timeout "$limit" bash -euo pipefail "$script") &
  pid=$!
  wait "$pid" || rc=$?
  kill -TERM -- -"$pid" 2>/dev/null || true
  rm -f "$script"
  return "$rc"
}

# The process groups of the blocks started and not yet stopped: stopped, whatever happens, when the shell exits.
running_blocks=()
trap 'for group in "${running_blocks[@]}"; do kill -KILL -- "-$group" 2>/dev/null || true; done' EXIT

# Starts block $2 of doc $1 in the background in the repository root, its output into file $3, at most $4 seconds
# (default 600); stop_block stops it with all it started.
start_block() {
  local doc=$1 name=$2 log=$3 limit=${4:-600}
  local script=$log.sh
  doc_block "$doc" "$name" > "$script"
  echo "+ $doc, block $name, in the background:"
  sed 's/^/+     /' "$script"
  (exec timeout "$limit" bash -euo pipefail "$script") > "$log" 2>&1 &
  block_pid=$!
  running_blocks+=("$block_pid")
}

# Stops the block start_block started last, or the one whose process group is block_pid (TERM, as Ctrl+C would;
# KILL after 60 s), and waits until all of it ended.
stop_block() {
  local waited=0 group
  local -a others=()
  for group in "${running_blocks[@]}"; do
    [ "$group" = "$block_pid" ] || others+=("$group")
  done
  running_blocks=("${others[@]}")
  kill -TERM -- -"$block_pid" 2>/dev/null || true
  while kill -0 -- -"$block_pid" 2>/dev/null && [ "$waited" -lt 120 ]; do
    sleep 0.5
    waited=$((waited + 1))
  done
  kill -KILL -- -"$block_pid" 2>/dev/null || true
  wait "$block_pid" 2>/dev/null || true
}

# Stops the block, shows the end of its output $2 and fails with message $1 (the EXIT trap stops the other blocks).
fail_block() {
  stop_block
  tail -n 60 "$2" >&2 || true
  echo "$1" >&2
  exit 1
}

# Waits at most $1 seconds until the command after the description $2 succeeds.
await() {
  local limit=$((SECONDS + $1)) what=$2
  shift 2
  until "$@"; do
    if [ "$SECONDS" -ge "$limit" ]; then
      echo "waited in vain for $what" >&2
      return 1
    fi
    sleep 0.5
  done
}

# True when folder $1 holds at least $2 regular files (at any depth).
has_files() {
  [ "$(find "$1" -type f 2>/dev/null | wc -l)" -ge "$2" ]
}

# True when nothing answers http on URL $1.
nothing_answers() {
  ! curl -s -o /dev/null "$1"
}
