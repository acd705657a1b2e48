//! Scans each line of standard input and prints the findings: a tool for trying the guard
//! by hand (`cargo run -p varn-pii --example scan < texts.txt`). A `⏎` in a line stands for a
//! line break, so that one line can hold a table or a letter.

use std::io::BufRead;

fn main() {
    let guard = varn_pii::Guard::new();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let line = line.replace('⏎', "\n");
        let scan = guard.scan(&line);
        let found: Vec<String> = scan
            .findings
            .iter()
            .map(|f| format!("{}:{:?}", f.kind.as_str(), &line[f.start..f.end]))
            .collect();
        println!(
            "{:?} {}\n    {}",
            scan.verdict,
            line.replace('\n', "⏎"),
            found.join(" | ")
        );
    }
}
