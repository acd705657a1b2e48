#!/usr/bin/env bash
# Runs the guard's fuzz target for SECONDS (default 60). cargo-fuzz needs nightly flags;
# RUSTC_BOOTSTRAP lets the stable toolchain accept them.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-60}
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$(pwd)/fuzz/target}
cargo fuzz run scan -- -max_total_time="$SECONDS_TO_RUN" -max_len=4096
