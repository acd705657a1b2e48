//! Throughput of the guard on realistic text (the evaluation corpus), at 100 KB, 1 MB and
//! 10 MB, to show the speed and that it grows linearly with the input. Throughput is
//! counted in characters, so criterion's "elem/s" reads as chars/s.

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

criterion_group!(benches, scan);
criterion_main!(benches);
