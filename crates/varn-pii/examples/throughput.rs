//! Scans about 4 MB of generated reports and prints the throughput: a quick check between
//! criterion runs (`cargo run --release -p varn-pii --example throughput`).
//!
//! `throughput BYTES SCANS` scans a text of that size that many times instead (three scans
//! of 4 MB by default), to compare small texts with large ones under `perf stat`.

fn main() {
    let mut args = std::env::args().skip(1);
    let bytes = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(4_000_000);
    let scans: u32 = args.next().and_then(|a| a.parse().ok()).unwrap_or(3);
    let text = varn_pii::eval::text_of_size(42, bytes);
    let guard = varn_pii::Guard::new();
    let _ = guard.scan("Uppvärmning.");
    let chars = text.chars().count() as f64;
    let start = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..scans {
        n += guard.scan(&text).findings.len();
    }
    let secs = start.elapsed().as_secs_f64() / f64::from(scans);
    println!("{n} findings, {:.1} M chars/s", chars / secs / 1e6);
}
