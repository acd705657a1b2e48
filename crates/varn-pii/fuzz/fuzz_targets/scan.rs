//! Arbitrary bytes, read as (lossy) UTF-8: the guard must never panic, and every finding
//! must be a non-empty span on character boundaries, in order, without overlaps.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let scan = varn_pii::Guard::default().scan(&text);
    let mut previous_end = 0;
    for f in &scan.findings {
        assert!(f.start < f.end && f.end <= text.len());
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        assert!(f.start >= previous_end);
        previous_end = f.end;
    }
    if !scan.findings.is_empty() {
        assert!(!scan.is_clean());
    }
});
