//! Scores the guard on a hand-marked JSONL corpus and prints what it missed and what it
//! flagged wrongly: a tool for reading a development corpus
//! (`cargo run -p varn-pii --example heldout -- eval/heldout/dev.jsonl`). The scoring
//! itself is `varn_pii::eval::score_marked`, the same as the tests use.

#[path = "../tests/common/marked.rs"]
mod marked;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "eval/heldout/dev.jsonl".into());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let guard = varn_pii::Guard::new();
    let docs = marked::parse_marked(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    for d in &docs {
        let scan = guard.scan(&d.text);
        for p in &d.planted {
            if !scan
                .findings
                .iter()
                .any(|f| f.start < p.end && p.start < f.end)
            {
                println!("MISS {} {:?} {:?}", d.id, p.kind, &d.text[p.start..p.end]);
            }
        }
        for f in &scan.findings {
            if !d.planted.iter().any(|p| f.start < p.end && p.start < f.end) {
                println!("FALSE {} {:?} {:?}", d.id, f.kind, &d.text[f.start..f.end]);
            }
        }
        if !scan.findings.is_empty() && scan.verdict != varn_pii::Verdict::Flagged {
            println!("VERDICT {} {:?}", d.id, scan.verdict);
        }
    }
    println!("{}", varn_pii::eval::score_marked(&guard, &docs).table());
}
