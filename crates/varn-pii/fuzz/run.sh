#!/usr/bin/env bash
# Runs the guard's fuzz target for SECONDS (default 60) under libFuzzer.
#
# It builds the target the way cargo-fuzz does (release, debug assertions and overflow
# checks, SanitizerCoverage's inline counters, PC table and compare tracing, `--cfg fuzzing`)
# with plain cargo, because installing cargo-fuzz compiles a hundred crates on every fresh
# machine, which was most of this step's five minutes in CI. AddressSanitizer is left out:
# the guard and its one dependency are safe Rust, so it would find nothing the assertions and
# Rust's own checks do not, and it needs nightly flags. libfuzzer-sys builds libFuzzer from
# its bundled C++ sources (no download).
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_TO_RUN=${1:-60}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$(pwd)/target}
triple=$(rustc -vV | sed -n 's/^host: //p')
# An explicit --target keeps the flags off build scripts and proc macros, as cargo-fuzz does.
RUSTFLAGS="-Cpasses=sancov-module \
  -Cllvm-args=-sanitizer-coverage-level=4 \
  -Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
  -Cllvm-args=-sanitizer-coverage-pc-table \
  -Cllvm-args=-sanitizer-coverage-trace-compares \
  -Cdebug-assertions -Coverflow-checks --cfg fuzzing" \
  cargo build --release --quiet --target "$triple" --bin scan
mkdir -p corpus/scan artifacts/scan
"$CARGO_TARGET_DIR/$triple/release/scan" -max_total_time="$SECONDS_TO_RUN" -max_len=4096 \
  -artifact_prefix=artifacts/scan/ -print_final_stats=1 corpus/scan
