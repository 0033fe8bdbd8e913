#!/bin/sh
# Builds the libFuzzer harnesses with clang and runs each for SECONDS (default 30), starting
# from its seed corpus. New inputs go to a scratch folder, so the corpus in the repository
# changes only by hand. A crash stops the run; its input is left in OUT/crashes/NAME.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [BUILD_DIR]
set -eu
seconds=${1:-30}
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build=${2:-$source_dir/build-fuzz}
cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCSTRACKER_FUZZ=ON >/dev/null
cmake --build "$build"
out="$build/fuzz-run"
status=0
for name in csvreader dfeimport actionplancsv reporttext reportpdf; do
    mkdir -p "$out/corpus/$name" "$out/crashes/$name"
    echo "fuzz_$name: $seconds s"
    if ! QT_QPA_PLATFORM=offscreen UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="$out/crashes/$name/" \
        "$out/corpus/$name" "$here/corpus/$name" >"$out/$name.log" 2>&1; then
        echo "fuzz_$name found a crash; see $out/$name.log and $out/crashes/$name/" >&2
        tail -40 "$out/$name.log" >&2
        status=1
    fi
    grep -E "^stat::number_of_executed_units|^Done" "$out/$name.log" || true
done
exit $status
