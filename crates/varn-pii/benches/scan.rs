//! Throughput of the guard on realistic text (the evaluation corpus), at 100 KB, 1 MB and
//! 10 MB, to show the speed and that it grows linearly with the input. Throughput is
//! counted in characters, so criterion's "elem/s" reads as chars/s.
//!
//! The `hostile` group scans texts shaped to find work that grows faster than the input,
//! one for each quadratic path found and fixed (see `hostile_texts`). Their time per
//! character must not grow from one size to the next.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use varn_pii::{eval, Guard};

fn scan(c: &mut Criterion) {
    let guard = Guard::new();
    let mut group = c.benchmark_group("scan");
    group.sample_size(10);
    for size in [100_000usize, 1_000_000, 10_000_000] {
        let text = eval::text_of_size(42, size);
        group.throughput(Throughput::Elements(text.chars().count() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, text| {
            b.iter(|| guard.scan(text))
        });
    }
    group.finish();
}

fn hostile(c: &mut Criterion) {
    let guard = Guard::new();
    let mut group = c.benchmark_group("hostile");
    group.sample_size(10);
    for size in [100_000usize, 1_000_000] {
        for (shape, text) in hostile_texts(size) {
            group.throughput(Throughput::Elements(text.chars().count() as u64));
            group.bench_with_input(BenchmarkId::new(shape, size), &text, |b, text| {
                b.iter(|| guard.scan(text))
            });
        }
    }
    group.finish();
}

/// Texts of about `size` bytes, each of a shape that once made the scan quadratic.
fn hostile_texts(size: usize) -> [(&'static str, String); 2] {
    let unit = "huset ahmed huset. ";
    [
        // A long run of punctuation, then many lower-case first names between ordinary
        // words (each such name once read the whole text to ask whether it stood alone).
        (
            "names-after-punctuation",
            format!(
                "{}{}",
                "! ".repeat(size / 4),
                unit.repeat(size / 2 / unit.len())
            ),
        ),
        // One run of regional indicator letters (each once read the whole run to ask
        // whether it was a run of three, a plate).
        ("regional-letters", "\u{1F1E6}".repeat(size / 4)),
    ]
}

criterion_group!(benches, scan, hostile);
criterion_main!(benches);
