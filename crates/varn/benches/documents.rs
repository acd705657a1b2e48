//! Document benchmark (issue 4): a plan of 200 activities rendered as Word and as PDF.
//! Target: under 300 ms each. Run with `cargo bench -p varn --bench documents`.

use std::time::{Duration, Instant};

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let plan = varn::plans::doc::sample::big_plan(200);
    let runs = 20;
    let mut docx_times = Vec::new();
    let mut pdf_times = Vec::new();
    let (mut docx_len, mut pdf_len) = (0, 0);
    for _ in 0..runs {
        let t = Instant::now();
        docx_len = varn::plans::doc::docx(&plan).map(|d| d.len()).unwrap_or(0);
        docx_times.push(t.elapsed());
        let t = Instant::now();
        pdf_len = varn::plans::doc::pdf(&plan).len();
        pdf_times.push(t.elapsed());
    }
    println!("plan of 200 activities, median of {runs} runs (target: under 300 ms each)");
    println!("DOCX {:>6} kB  {:?}", docx_len / 1024, median(docx_times));
    println!("PDF  {:>6} kB  {:?}", pdf_len / 1024, median(pdf_times));
}
