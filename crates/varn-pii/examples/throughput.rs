//! Scans about 4 MB of generated reports and prints the throughput: a quick check between
//! criterion runs (`cargo run --release -p varn-pii --example throughput`).

fn main() {
    let text = varn_pii::eval::text_of_size(42, 4_000_000);
    let guard = varn_pii::Guard::new();
    let _ = guard.scan("Uppvärmning.");
    let chars = text.chars().count() as f64;
    let start = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..3 {
        n += guard.scan(&text).findings.len();
    }
    let secs = start.elapsed().as_secs_f64() / 3.0;
    println!("{n} findings, {:.1} M chars/s", chars / secs / 1e6);
}
