#!/usr/bin/env bash
# Whole-process runs of the command line beside their floors, each pair in one run, alternating:
#   1. validate --jsonl on N generated records (-Xmx256m) beside JsonLinesFloor (one Jackson readTree
#      a line, one short line out), sequential (--threads 1) and with the default threads;
#   2. occupation --jsonl (the batch count) on the first M of those records beside the same floor;
#   3. allocate --json on 1,000 batches x 100,000 requests beside ParseFloor (Jackson parses the
#      scenario and writes one line).
# It builds nothing: build the two jars first, e.g.
#   ./mvnw -B -q package -DskipTests -pl rules-cli,rules-bench -am
# then run it from the repository's root:
#   rules-bench/whole-process.sh [--records N] [--rounds R] ...   (--help lists the options)
# It prints a Markdown table of medians and ratios to the floor; every run's figures are in
# WORK/runs.tsv. Options the command line does not have yet (validate --threads,
# occupation --jsonl) are detected from its --help and their rows skipped with a message.
set -euo pipefail

cli_jar=rules-cli/target/childcare-rules.jar
bench_jar=rules-bench/target/benchmarks.jar
work=rules-bench/target/whole-process
records=1000000
occupation_records=300000
rounds=3
heap=256m
allocate_heap=
batches=1000
requests=100000
from=2024-04-01
to=2025-03-31
seed=
parts="validate,occupation,allocate"
table_only=no

usage() {
  cat <<EOF
usage: $0 [options]
  --cli JAR               the command line's jar ($cli_jar)
  --bench JAR             rules-bench's shaded jar ($bench_jar)
  --work DIR              where inputs and outputs go ($work)
  --records N             records through validate --jsonl ($records)
  --occupation-records M  records through occupation --jsonl, the first M of the same file ($occupation_records)
  --rounds R              alternating rounds ($rounds)
  --heap SIZE             -Xmx of the validate, occupation and floor runs ($heap)
  --allocate-heap SIZE    -Xmx of allocate and ParseFloor (default: the JVM's own)
  --batches B --requests Q  the allocation scenario ($batches x $requests)
  --from D --to D         the span counted by occupation ($from to $to)
  --seed S                the records' seed (GenerateRecords' default)
  --only LIST             which parts, comma-separated ($parts)
  --table                 run nothing: print the table of the runs in WORK/runs.tsv again
EOF
}

while [ $# -gt 0 ]; do
  case "$1" in
    --cli) cli_jar=$2; shift 2 ;;
    --bench) bench_jar=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --records) records=$2; shift 2 ;;
    --occupation-records) occupation_records=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    --allocate-heap) allocate_heap=$2; shift 2 ;;
    --batches) batches=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    --from) from=$2; shift 2 ;;
    --to) to=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --only) parts=$2; shift 2 ;;
    --table) table_only=yes; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

runs=$work/runs.tsv
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_of() { awk -F'\t' -v p="$1" -v r="$2" -v c="$3" '$1 == p && $2 == r { print $c }' "$runs"; }
if [ "$table_only" = no ]; then
for jar in "$cli_jar" "$bench_jar"; do
  if [ ! -f "$jar" ]; then
    echo "missing $jar: build it first (./mvnw -B -q package -DskipTests -pl rules-cli,rules-bench -am)" >&2
    exit 2
  fi
done
if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time (/usr/bin/time)" >&2
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi
if [ "$occupation_records" -gt "$records" ]; then
  echo "--occupation-records ($occupation_records) must not exceed --records ($records)" >&2
  exit 2
fi
wants() { [[ ",$parts," == *",$1,"* ]]; }

mkdir -p "$work"
printf 'part\trun\tround\twall_s\tuser_s\tsys_s\tmax_rss_kb\tload1\n' >"$runs"
load1() { cut -d' ' -f1 /proc/loadavg; }

# timed NAME PART ROUND OUT ACCEPTED_EXITS -- COMMAND...: runs COMMAND with its output in OUT and
# appends its wall, CPU and peak resident set to runs.tsv; an exit status not in ACCEPTED_EXITS
# (space-separated) stops the script.
timed() {
  local part=$1 name=$2 round=$3 out=$4 accepted=$5
  shift 6
  local load status=0
  load=$(load1)
  /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" >"$out" 2>"$work/$part-$name.err" || status=$?
  if [[ " $accepted " != *" $status "* ]]; then
    echo "$part $name (round $round) exited $status: see $work/$part-$name.err" >&2
    tail -5 "$work/$part-$name.err" >&2
    exit 1
  fi
  # GNU time prints "Command exited with non-zero status N" first when the status is not 0
  local times
  times=$(tail -1 "$work/time.txt")
  read -r wall user sys rss <<<"$times"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$part" "$name" "$round" "$wall" "$user" "$sys" "$rss" "$load" >>"$runs"
  printf '  %-12s %-22s round %s: %6ss wall, %6ss user, %5s MB peak RSS, load %s\n' \
    "$part" "$name" "$round" "$wall" "$user" "$((rss / 1024))" "$load" >&2
}

# check_lines INPUT OUTPUT: the output has one line per line of INPUT that is not blank, each
# starting with {"line": N for that line's number, in order. An output whose first line has no
# line number is only counted (a warning says so).
check_lines() {
  local input=$1 output=$2 lines expected
  lines=$(wc -l <"$output")
  expected=$(awk 'NF' "$input" | wc -l)
  if [ "$lines" -ne "$expected" ]; then
    echo "FAILED: $output has $lines lines for $expected records in $input" >&2
    exit 1
  fi
  if ! head -1 "$output" | grep -Eq '^\{"line": ?[0-9]'; then
    echo "WARNING: $output has no line numbers: only its lines were counted" >&2
    return
  fi
  if ! cmp -s <(awk 'NF { print NR }' "$input") \
    <(sed -E -n 's/^\{"line": ?([0-9]+)[,}].*/\1/p' "$output"); then
    echo "FAILED: $output does not number its lines as the records of $input, in order" >&2
    exit 1
  fi
}

# generate FILE STAMP COMMAND...: runs COMMAND unless FILE was made by the same STAMP.
generate() {
  local file=$1 stamp=$2
  shift 2
  if [ -f "$file" ] && [ "$(cat "$file.stamp" 2>/dev/null)" = "$stamp" ]; then
    echo "reusing $file ($stamp)" >&2
    return
  fi
  echo "writing $file ($stamp)" >&2
  rm -f "$file.stamp"
  /usr/bin/time -f "  written in %e s, %M KB peak RSS" "$@"
  echo "$stamp" >"$file.stamp"
}


cli_help() { java -jar "$cli_jar" "$1" --help 2>&1 || true; }
has_threads=no
if cli_help validate | grep -q -- '--threads'; then has_threads=yes; fi
has_occupation_jsonl=no
if cli_help occupation | grep -q -- '--jsonl'; then has_occupation_jsonl=yes; fi

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1)" >&2
echo "command line: $cli_jar ($(date -r "$cli_jar" -u '+%Y-%m-%d %H:%M UTC')); validate --threads: $has_threads; occupation --jsonl: $has_occupation_jsonl" >&2
echo "started $(date -u '+%Y-%m-%d %H:%M UTC'), $(uptime)" >&2

records_file=$work/records-$records.jsonl
if wants validate || wants occupation; then
  generate "$records_file" "GenerateRecords $records ${seed:-default}" \
    java -Xmx256m -cp "$bench_jar" io.github.childcarerules.bench.GenerateRecords "$records" "$records_file" $seed
fi

vjava=(java "-Xmx$heap")
if wants validate; then
  echo "validate --jsonl, $records records, -Xmx$heap, $rounds rounds" >&2
  for round in $(seq 1 "$rounds"); do
    timed validate floor "$round" "$work/floor.out" "0" -- \
      "${vjava[@]}" -cp "$bench_jar" io.github.childcarerules.bench.JsonLinesFloor "$records_file"
    check_lines "$records_file" "$work/floor.out"
    if [ "$has_threads" = yes ]; then
      timed validate threads-1 "$round" "$work/validate-1.out" "0 1" -- \
        "${vjava[@]}" -jar "$cli_jar" validate --jsonl "$records_file" --json --threads 1
      check_lines "$records_file" "$work/validate-1.out"
      timed validate threads-default "$round" "$work/validate.out" "0 1" -- \
        "${vjava[@]}" -jar "$cli_jar" validate --jsonl "$records_file" --json
      check_lines "$records_file" "$work/validate.out"
    else
      timed validate sequential "$round" "$work/validate.out" "0 1" -- \
        "${vjava[@]}" -jar "$cli_jar" validate --jsonl "$records_file" --json
      check_lines "$records_file" "$work/validate.out"
    fi
  done
  [ "$has_threads" = yes ] || echo "validate has no --threads: one sequential run a round" >&2
fi

if wants occupation; then
  if [ "$has_occupation_jsonl" = yes ]; then
    occupation_file=$work/records-$occupation_records.jsonl
    generate "$occupation_file" "first $occupation_records of $(cat "$records_file.stamp")" \
      sh -c "head -n $occupation_records '$records_file' >'$occupation_file'"
    echo "occupation --jsonl, $occupation_records records, $from to $to, -Xmx$heap, $rounds rounds" >&2
    for round in $(seq 1 "$rounds"); do
      timed occupation floor "$round" "$work/floor-occupation.out" "0" -- \
        "${vjava[@]}" -cp "$bench_jar" io.github.childcarerules.bench.JsonLinesFloor "$occupation_file"
      check_lines "$occupation_file" "$work/floor-occupation.out"
      timed occupation default "$round" "$work/occupation.out" "0 1" -- \
        "${vjava[@]}" -jar "$cli_jar" occupation --jsonl "$occupation_file" --from "$from" --to "$to" --json
      check_lines "$occupation_file" "$work/occupation.out"
    done
  else
    echo "SKIPPED occupation: this command line has no occupation --jsonl" >&2
  fi
fi

if wants allocate; then
  scenario_file=$work/scenario-$batches-$requests.json
  generate "$scenario_file" "GenerateScenario $batches $requests" \
    java -cp "$bench_jar" io.github.childcarerules.bench.GenerateScenario "$batches" "$requests" "$scenario_file"
  ajava=(java)
  [ -z "$allocate_heap" ] || ajava+=("-Xmx$allocate_heap")
  echo "allocate --json, $batches batches x $requests requests ($(du -m "$scenario_file" | cut -f1) MB), $rounds rounds" >&2
  for round in $(seq 1 "$rounds"); do
    timed allocate floor "$round" "$work/parse.out" "0" -- \
      "${ajava[@]}" -cp "$bench_jar" io.github.childcarerules.bench.ParseFloor "$scenario_file"
    timed allocate cli "$round" "$work/allocate.out" "0" -- \
      "${ajava[@]}" -jar "$cli_jar" allocate "$scenario_file" --json
  done
  echo "allocate wrote $(du -m "$work/allocate.out" | cut -f1) MB" >&2
fi

echo "finished $(date -u '+%Y-%m-%d %H:%M UTC'), $(uptime)" >&2

fi

# The table: medians of the rounds, the ratio of medians to the floor of the same part, and the
# range of the per-round ratios (each run against the floor run of its own round).
row() {
  local part=$1 name=$2 label=$3 count=$4
  [ -n "$(column_of "$part" "$name" 4)" ] || return 0
  local wall floor_wall cpu floor_cpu rss load ratio cpu_ratio rate lo hi
  wall=$(column_of "$part" "$name" 4 | median)
  floor_wall=$(column_of "$part" floor 4 | median)
  cpu=$(paste <(column_of "$part" "$name" 5) <(column_of "$part" "$name" 6) | awk '{ print $1 + $2 }' | median)
  floor_cpu=$(paste <(column_of "$part" floor 5) <(column_of "$part" floor 6) | awk '{ print $1 + $2 }' | median)
  cpu_ratio=$(awk -v a="$cpu" -v b="$floor_cpu" 'BEGIN { printf "%.2f", a / b }')
  rss=$(column_of "$part" "$name" 7 | sort -g | tail -1)
  load=$(column_of "$part" "$name" 8 | median)
  ratio=$(awk -v a="$wall" -v b="$floor_wall" 'BEGIN { printf "%.2f", a / b }')
  read -r lo hi < <(paste <(column_of "$part" "$name" 4) <(column_of "$part" floor 4) |
    awk '{ r = $1 / $2; if (NR == 1 || r < lo) lo = r; if (NR == 1 || r > hi) hi = r } END { printf "%.2f %.2f\n", lo, hi }')
  if [ "$count" -gt 0 ]; then
    rate=$(awk -v n="$count" -v w="$wall" 'BEGIN { printf "%d", n / w }')
  else
    rate="-"
  fi
  printf '| %s | %s | %s | %s (%s–%s) | %s (%s s) | %s | %s |\n' "$label" "$wall" "$rate" "$ratio" "$lo" "$hi" \
    "$cpu_ratio" "$cpu" "$((rss / 1024))" "$load"
}

echo
echo "| run | wall, median (s) | records/s | wall ratio to its floor (each round) | CPU ratio (user+sys, median) | peak RSS (MB) | load |"
echo "|---|---|---|---|---|---|---|"
row validate floor "floor: JsonLinesFloor, $records lines, -Xmx$heap" "$records"
row validate sequential "validate --jsonl --json, $records records, -Xmx$heap" "$records"
row validate threads-1 "validate --jsonl --json --threads 1, $records records, -Xmx$heap" "$records"
row validate threads-default "validate --jsonl --json ($(nproc) threads), $records records, -Xmx$heap" "$records"
row occupation floor "floor: JsonLinesFloor, $occupation_records lines, -Xmx$heap" "$occupation_records"
row occupation default "occupation --jsonl --json, $occupation_records records, -Xmx$heap" "$occupation_records"
row allocate floor "floor: ParseFloor, $batches x $requests scenario" 0
row allocate cli "allocate --json, $batches x $requests scenario" 0
