//! The hand-made corpora by independent authors (eval/heldout/, heldout2/, heldout3/ and
//! heldout4/, see their READMEs): the first author's development file and test file, and
//! the second, third and fourth authors' files (each held out in its round and run once,
//! development data since). All are scored here so that a change that loses what they
//! catch fails CI. The fifth author's file (heldout5/), held out in the fifth round, is
//! development data since the round after it; so are the sixth to the fortieth authors'
//! (heldout6/ to heldout40/) and the forty-second to the forty-fourth's (heldout42/ to
//! heldout44/), each held out in its round, since the round after it; and
//! eleven other authors' template sets (generated2/ to generated12/), likewise.

mod common;

use common::marked::parse_marked;
use varn_pii::eval::{score_marked, Scores};
use varn_pii::{Guard, Kind};

fn score(file: &str) -> Scores {
    let path = format!("{}/eval/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let docs = parse_marked(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    score_marked(&Guard::new(), &docs)
}

fn overall(s: &Scores) -> f64 {
    let (p, c) = s
        .per_kind
        .iter()
        .fold((0, 0), |(p, c), (_, kp, kc)| (p + kp, c + kc));
    c as f64 / p.max(1) as f64
}

/// Floors: recall overall, for names and for addresses; precision; documents whole.
fn assert_floors(s: &Scores, what: &str, floors: [f64; 5]) {
    let [all, names, addresses, precision, whole] = floors;
    let table = format!("{what}\n{}overall recall {:.3}", s.table(), overall(s));
    println!("{table}");
    assert!(overall(s) >= all, "{table}");
    assert!(s.recall(Kind::Name) >= names, "{table}");
    assert!(s.recall(Kind::Address) >= addresses, "{table}");
    assert!(s.precision() >= precision, "{table}");
    assert!(s.documents_caught() >= whole, "{table}");
}

#[test]
fn the_development_file() {
    assert_floors(
        &score("heldout/dev.jsonl"),
        "eval/heldout/dev.jsonl",
        [0.995, 0.995, 0.995, 0.95, 0.99],
    );
}

/// The first held-out file, run once in the first round (eval/HISTORY.md), has since
/// been read and is development data; it is held at the targets.
#[test]
fn the_first_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout/test.jsonl"),
        "eval/heldout/test.jsonl",
        [0.995, 0.995, 0.995, 0.95, 0.99],
    );
}

/// The second author's file, held out in the previous round and run once there
/// (eval/heldout2/first-run.txt, after-bug-fixes.txt); since then development data: its
/// misses were read and fixed by rules (now-development.txt). Held at what it reaches now,
/// which meets the targets except names (0.994 against 0.995); precision 0.980
/// since heldout5's rules (the floor 0.975). Names 0.997 since the lower-case first-name
/// rule of the round on lower-case first names (the floor raised to the 0.995).
#[test]
fn the_second_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout2/test.jsonl"),
        "eval/heldout2/test.jsonl",
        [0.995, 0.995, 0.995, 0.975, 0.995],
    );
}

/// The third author's file, held out in an earlier round and run once there
/// (eval/heldout3/first-run.txt, after-bug-fixes.txt); since then development data: its
/// misses were read and fixed by rules (now-development.txt; after the fifth round overall
/// 0.998, names 0.997, precision 0.992, whole 0.998). Held just below what it reaches now.
#[test]
fn the_third_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout3/test.jsonl"),
        "eval/heldout3/test.jsonl",
        [0.997, 0.996, 0.995, 0.97, 0.997],
    );
}

/// The fourth author's file, held out in the fourth round and run once there
/// (eval/heldout4/first-run.txt, at 027580c: recall 0.978, names 0.973, addresses 0.979,
/// precision 0.970, whole 0.983; after-bug-fixes.txt); since the fifth round development
/// data: its misses were read and fixed by rules (now-development.txt: overall 1.000,
/// names 1.000, addresses 1.000, precision 0.976, whole 1.000; precision 0.982 since
/// heldout5's rules). Held just below what it reaches now, so that a regression fails.
#[test]
fn the_fourth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout4/test.jsonl"),
        "eval/heldout4/test.jsonl",
        [0.998, 0.997, 0.995, 0.978, 0.998],
    );
}

/// The fifth author's file, held out in the fifth round and run once there
/// (eval/heldout5/first-run.txt: recall 0.954, names 0.939, precision 0.962, whole 0.966;
/// after-bug-fixes.txt: 0.956, 0.942, 0.962, 0.966); since the round after it development
/// data: its misses were read and fixed by rules (after-tuning.txt: overall 0.997, names
/// 0.994, addresses 1.000, precision 0.998, whole 0.997). Held just below what it reaches
/// now, so that a regression fails.
#[test]
fn the_fifth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout5/test.jsonl"),
        "eval/heldout5/test.jsonl",
        [0.995, 0.993, 0.995, 0.99, 0.995],
    );
}

/// The sixth author's file (heldout6/): run once blind after heldout5's rules were merged
/// (first-run.txt: overall 0.965, names 0.945, addresses 0.987, precision 0.965, whole
/// 0.967); since the round after it development data: its misses and false findings were
/// read and fixed by general rules where one reached them (after-tuning.txt: overall 0.980,
/// names 0.971, addresses 1.000, precision 0.984, whole 0.980; what is left in NOTES.md).
/// Held just below what it reaches now, so that a regression fails.
#[test]
fn the_sixth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout6/test.jsonl"),
        "eval/heldout6/test.jsonl",
        [0.978, 0.968, 0.995, 0.98, 0.977],
    );
}

/// The seventh author's file (heldout7/): run once blind after heldout6's rules were
/// merged (first-run.txt, at daa0af8: overall 0.923, names 0.914, addresses 0.833,
/// precision 0.973, whole 0.934); since the round after it development data: its misses
/// and false findings were read and fixed by general rules where one reached them
/// (after-tuning.txt: overall 0.990, names 0.983, addresses 1.000, precision 0.999, whole
/// 0.991; what is left in NOTES.md). Held just below what it reaches now, so that a
/// regression fails.
#[test]
fn the_seventh_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout7/test.jsonl"),
        "eval/heldout7/test.jsonl",
        [0.988, 0.98, 0.995, 0.99, 0.989],
    );
}

/// The eighth author's file (heldout8/): run once blind after heldout7's rules were
/// merged (first-run.txt, at 4878bf5: overall 0.938, names 0.908, addresses 0.986,
/// precision 0.979, whole 0.944); since the round after it development data: its misses
/// and false findings were read and fixed by general rules where one reached them
/// (after-tuning.txt: overall 0.966, names 0.942, addresses 1.000, precision 0.995, whole
/// 0.969; what is left, and the marks on public figures, in NOTES.md). Held just below what
/// it reaches now, so that a regression fails.
#[test]
fn the_eighth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout8/test.jsonl"),
        "eval/heldout8/test.jsonl",
        [0.963, 0.94, 0.995, 0.99, 0.967],
    );
}

/// The ninth author's file (heldout9/): run once blind after heldout8's rules were merged
/// (first-run.txt, at 2087a0c: overall 0.950, names 0.939, addresses 1.000, precision
/// 0.988, whole 0.953); since the round after it development data: its misses and false
/// findings were read and fixed by general rules where one reached them (after-tuning.txt:
/// overall 0.995, names 0.991, addresses 1.000, precision 0.999, whole 0.995; what is
/// left in NOTES.md). Held just below what it reaches now, so that a regression fails.
#[test]
fn the_ninth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout9/test.jsonl"),
        "eval/heldout9/test.jsonl",
        [0.993, 0.988, 0.995, 0.995, 0.993],
    );
}

/// The tenth author's file (heldout10/): run once blind after heldout9's rules were merged
/// (first-run.txt, at f1448f3: overall 0.943, names 0.929, addresses 0.985, precision
/// 0.972, whole 0.957); since the round after it development data: its misses and false
/// findings were read and fixed by general rules where one reached them (after-tuning.txt:
/// overall 0.990, names 0.984, addresses 1.000, precision 1.000, whole 0.991; what is
/// left in NOTES.md). Held just below what it reaches now, so that a regression fails.
#[test]
fn the_tenth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout10/test.jsonl"),
        "eval/heldout10/test.jsonl",
        [0.988, 0.981, 0.995, 0.995, 0.989],
    );
}

/// The eleventh author's file (heldout11/): run once blind after heldout10's rules were
/// merged (first-run.txt, at 7c978ff: overall 0.926, names 0.910, addresses 0.981,
/// precision 0.964, whole 0.949); since the round after it development data: its misses and
/// false findings were read and fixed by general rules where one reached them
/// (after-tuning.txt: overall 0.968, names 0.951, addresses 1.000, precision 0.980, whole
/// 0.973; what is left in NOTES.md). Held just below what it reaches now, so that a
/// regression fails.
#[test]
fn the_eleventh_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout11/test.jsonl"),
        "eval/heldout11/test.jsonl",
        [0.966, 0.948, 0.995, 0.977, 0.970],
    );
}

/// The twelfth author's file (heldout12/): run once blind after heldout11's rules were
/// merged (first-run.txt, at e7c04d5: overall 0.948, names 0.950, addresses 0.982,
/// precision 0.944, whole 0.958); since the round after it development data: its false
/// findings, then its misses were read and fixed by general rules where one reached them
/// (after-tuning.txt: overall 0.980, names 0.969, addresses 1.000, precision 0.994, whole
/// 0.983; what is left in NOTES.md). Held just below what it reaches now, so that a
/// regression fails.
#[test]
fn the_twelfth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout12/test.jsonl"),
        "eval/heldout12/test.jsonl",
        [0.978, 0.966, 0.995, 0.991, 0.980],
    );
}

/// The thirteenth author's file (heldout13/): run once blind after heldout12's rules were
/// merged (first-run.txt, at edd9e4b: overall 0.908, names 0.882, addresses 1.000,
/// precision 0.947, whole 0.939); since the round after it development data: its misses
/// and false findings were read and fixed by general rules where one reached them
/// (after-tuning.txt: overall 0.959, names 0.948, addresses 1.000, precision 0.978, whole
/// 0.971; what is left in NOTES.md). Held just below what it reaches now, so that a
/// regression fails.
#[test]
fn the_thirteenth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout13/test.jsonl"),
        "eval/heldout13/test.jsonl",
        [0.957, 0.945, 0.995, 0.975, 0.968],
    );
}

/// The fourteenth author's file (heldout14/): run once blind after heldout13's rules were
/// merged (first-run.txt, at a60ec84: overall 0.949, names 0.962, addresses 0.913,
/// precision 0.958, whole 0.961); since the round after it development data: its misses
/// and false findings were read and fixed by general rules where one reached them
/// (after-tuning.txt: overall 0.975, names 0.981, addresses 1.000, precision 0.978, whole
/// 0.981; what is left in NOTES.md). Held just below what it reaches now, so that a
/// regression fails.
#[test]
fn the_fourteenth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout14/test.jsonl"),
        "eval/heldout14/test.jsonl",
        [0.973, 0.978, 0.995, 0.975, 0.978],
    );
}

/// The fifteenth author's file (heldout15/): run once blind after heldout14's rules were
/// merged (first-run.txt, at 88d26e0: overall 0.923, names 0.924, addresses 0.946,
/// precision 0.930, whole 0.947); since the round after it development data: its misses
/// and false findings were read and fixed by general rules where one reached them
/// (after-tuning.txt: overall 0.967, names 0.965, addresses 0.964, precision 0.966, whole
/// 0.976; what is left in NOTES.md). Held just below what it reaches now, so that a
/// regression fails.
#[test]
fn the_fifteenth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout15/test.jsonl"),
        "eval/heldout15/test.jsonl",
        [0.965, 0.962, 0.962, 0.963, 0.974],
    );
}

/// The sixteenth author's file (heldout16/): run once blind after heldout15's rules were
/// merged (first-run.txt, at 1cf3916: overall 0.935, names 0.933, addresses 0.934,
/// precision 0.880, whole 0.942); since the round after it development data: its misses
/// and false findings were read and fixed by general rules where one reached them
/// (after-tuning.txt: overall 0.952, names 0.937, addresses 0.984, precision 0.934, whole
/// 0.958; what is left in NOTES.md). Held just below what it reaches now, so that a
/// regression fails.
#[test]
fn the_sixteenth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout16/test.jsonl"),
        "eval/heldout16/test.jsonl",
        [0.950, 0.935, 0.983, 0.932, 0.956],
    );
}

/// The seventeenth author's file (heldout17/): run once blind after heldout16's rules were
/// merged (first-run.txt, at b29f592: overall 0.929, names 0.922, addresses 0.938,
/// precision 0.922, whole 0.935); since the round after it development data: its misses
/// and false findings were read and fixed by general rules where one reached them
/// (after-tuning.txt: overall 0.951, names 0.948, addresses 0.969, precision 0.973, whole
/// 0.956; what is left in NOTES.md). Held just below what it reaches now, so that a
/// regression fails.
#[test]
fn the_seventeenth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout17/test.jsonl"),
        "eval/heldout17/test.jsonl",
        [0.949, 0.946, 0.967, 0.971, 0.954],
    );
}

/// The eighteenth author's file (heldout18/): run once blind after heldout17's rules were
/// merged (first-run.txt, at c384a10: overall 0.926, names 0.917, addresses 0.914,
/// precision 0.899, whole 0.944); since the round after it development data: its misses
/// and false findings were read and fixed by general rules where one reached them
/// (after-tuning.txt: overall 0.947, names 0.932, addresses 0.983, precision 0.935, whole
/// 0.958; what is left in NOTES.md). Held just below what it reaches now, so that a
/// regression fails.
#[test]
fn the_eighteenth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout18/test.jsonl"),
        "eval/heldout18/test.jsonl",
        [0.945, 0.930, 0.981, 0.933, 0.956],
    );
}

/// The nineteenth author's file (heldout19/): run once blind after heldout18's rules were
/// merged (first-run.txt, at 5d76c56: overall 0.933, names 0.918, addresses 0.962,
/// precision 0.893, whole 0.947); since the round after it development data: its misses
/// and false findings were read and fixed by general rules where one reached them
/// (after-tuning.txt: overall 0.936, names 0.920, addresses 0.962, precision 0.916, whole
/// 0.950; what is left in NOTES.md). Held just below what it reaches now, so that a
/// regression fails.
#[test]
fn the_nineteenth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout19/test.jsonl"),
        "eval/heldout19/test.jsonl",
        [0.934, 0.918, 0.960, 0.914, 0.948],
    );
}

/// The twentieth author's file (heldout20/): run once blind after heldout19's rules were
/// merged (first-run.txt, at ca553bb: overall 0.940, names 0.924, addresses 1.000,
/// precision 0.923, whole 0.957); since the round after it development data: its misses
/// and false findings were read and fixed by general rules where one reached them
/// (after-tuning.txt: overall 0.972, names 0.958, addresses 1.000, precision 0.958, whole
/// 0.980; what is left in NOTES.md). Held just below what it reaches now, so that a
/// regression fails.
#[test]
fn the_twentieth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout20/test.jsonl"),
        "eval/heldout20/test.jsonl",
        [0.970, 0.955, 0.995, 0.955, 0.977],
    );
}

/// The twenty-first author's file (heldout21/): run once blind after heldout20's rules were
/// merged (first-run.txt, at 794a996: overall 0.934, names 0.929, addresses 0.943,
/// precision 0.954, whole 0.948); since the round after it development data: its misses
/// and false findings were read and fixed by general rules where one reached them
/// (after-tuning.txt: overall 0.946, names 0.939, addresses 0.962, precision 0.961, whole
/// 0.958; what is left in NOTES.md). Held just below what it reaches now, so that a
/// regression fails.
#[test]
fn the_twenty_first_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout21/test.jsonl"),
        "eval/heldout21/test.jsonl",
        [0.944, 0.937, 0.960, 0.958, 0.955],
    );
}

/// Another author's template generator (generated2/): run once blind after heldout20's
/// rules were merged (first-run.txt, at 794a996: overall 0.973, names 0.970, addresses
/// 0.959, precision 0.994, whole 0.961); since the round after it development data
/// (after-tuning.txt: overall 0.982, names 0.972, addresses 1.000, precision 1.000, whole
/// 0.974; heldout21/NOTES.md). Held just below what it reaches now.
#[test]
fn another_authors_template_set_now_development_data() {
    assert_floors(
        &score("generated2/test.jsonl"),
        "eval/generated2/test.jsonl",
        [0.980, 0.970, 0.995, 0.995, 0.971],
    );
}

/// The twenty-second author's file (heldout22/): run once blind after heldout21's rules
/// were merged (first-run.txt, at 7febce5: overall 0.947, names 0.935, addresses 0.984,
/// precision 0.938, whole 0.964); since the round after it development data: its misses
/// and false findings were read and fixed by general rules where one reached them
/// (after-tuning.txt: overall 0.970, names 0.959, addresses 1.000, precision 0.948, whole
/// 0.977; what is left in NOTES.md). Held just below what it reaches now, so that a
/// regression fails.
#[test]
fn the_twenty_second_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout22/test.jsonl"),
        "eval/heldout22/test.jsonl",
        [0.968, 0.957, 0.995, 0.945, 0.975],
    );
}

/// A third author's template generator (generated3/): run once blind after heldout21's
/// rules were merged (first-run.txt at 7febce5, and after-bug-fixes.txt after one rule bug
/// fix: overall 0.977, names 0.976, addresses 0.987, precision 1.000, whole 0.974); since
/// the round after it development data (after-tuning.txt: overall 0.989, names 0.991,
/// addresses 1.000, precision 1.000, whole 0.987; heldout22/NOTES.md). Its 14 missed
/// organisation numbers of legal form 2 are an open question to the author. Held
/// just below what it reaches now.
#[test]
fn a_third_authors_template_set_now_development_data() {
    assert_floors(
        &score("generated3/test.jsonl"),
        "eval/generated3/test.jsonl",
        [0.986, 0.988, 0.995, 0.995, 0.985],
    );
}

/// The twenty-third author's file (heldout23/): run once blind after heldout22's rules
/// were merged (first-run.txt, at e258e2a: overall 0.932, names 0.931, addresses 0.952,
/// precision 0.936, whole 0.946); since the round after it development data: its misses
/// and false findings were read and fixed by general rules where one reached them
/// (after-tuning.txt: overall 0.936, names 0.931, addresses 0.952, precision 0.940, whole
/// 0.950; what is left in NOTES.md). Held just below what it reaches now, so that a
/// regression fails.
#[test]
fn the_twenty_third_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout23/test.jsonl"),
        "eval/heldout23/test.jsonl",
        // Names 0.938 since the lower-case first-name rule (floor 0.935).
        [0.934, 0.935, 0.950, 0.937, 0.948],
    );
}

/// A fourth author's template generator (generated4/): run once blind after heldout22's
/// rules were merged (first-run.txt at e258e2a: overall 0.960, names 0.966, addresses
/// 0.978, precision 0.917, whole 0.955); since the round after it development data
/// (after-tuning.txt: overall 0.973, names 0.981, addresses 1.000, precision 0.947, whole
/// 0.967; heldout23/NOTES.md). Its 36 missed organisation numbers of legal form 2 are an
/// open question to the author. Held just below what it reaches now.
#[test]
fn a_fourth_authors_template_set_now_development_data() {
    assert_floors(
        &score("generated4/test.jsonl"),
        "eval/generated4/test.jsonl",
        [0.970, 0.979, 0.995, 0.944, 0.964],
    );
}

/// The twenty-fourth author's file (heldout24/): run once blind after heldout23's rules
/// were merged (first-run.txt, at 29a5fa6: overall 0.948, names 0.945, addresses 0.984,
/// precision 0.930, whole 0.959); since the round after it development data: its misses
/// and false findings were read and fixed by general rules where one reached them
/// (after-tuning.txt: overall 0.959, names 0.963, addresses 0.984, precision 0.933, whole
/// 0.964; what is left in NOTES.md). Held just below what it reaches now, so that a
/// regression fails.
#[test]
fn the_twenty_fourth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout24/test.jsonl"),
        "eval/heldout24/test.jsonl",
        [0.957, 0.961, 0.982, 0.931, 0.962],
    );
}

/// A fifth author's template generator (generated5/): run once blind after heldout23's
/// rules were merged (first-run.txt at 29a5fa6: overall 0.941, names 0.952, addresses
/// 0.854, precision 0.947, whole 0.916); since the round after it development data
/// (after-tuning.txt: overall 0.981, names 0.986, addresses 0.992, precision 0.949, whole
/// 0.972; heldout24/NOTES.md). Its 25 missed organisation numbers of legal form 2 are the
/// open question to the author. Held just below what it reaches now.
#[test]
fn a_fifth_authors_template_set_now_development_data() {
    assert_floors(
        &score("generated5/test.jsonl"),
        "eval/generated5/test.jsonl",
        [0.979, 0.984, 0.990, 0.947, 0.970],
    );
}

/// The twenty-fifth author's file (heldout25/): run once blind after heldout24's rules
/// were merged (first-run.txt, at 78d177d: overall 0.943, names 0.939, addresses 0.953,
/// precision 0.940, whole 0.950); since the round after it development data: its misses
/// and false findings were read and fixed by general rules where one reached them
/// (after-tuning.txt: overall 0.951, names 0.942, addresses 0.953, precision 0.940, whole
/// 0.957; what is left in NOTES.md). Held just below what it reaches now, so that a
/// regression fails.
#[test]
fn the_twenty_fifth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout25/test.jsonl"),
        "eval/heldout25/test.jsonl",
        [0.949, 0.940, 0.951, 0.938, 0.955],
    );
}

/// The twenty-sixth author's file (heldout26/): run once blind after heldout24's rules
/// were merged, at the same time as heldout25 (first-run.txt, at 78d177d: overall 0.920,
/// names 0.912, addresses 0.955, precision 0.951, whole 0.934); since the round after it
/// development data (after-tuning.txt: overall 0.930, names 0.915, addresses 0.970,
/// precision 0.951, whole 0.943; heldout25/NOTES.md). Held just below what it reaches now.
#[test]
fn the_twenty_sixth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout26/test.jsonl"),
        "eval/heldout26/test.jsonl",
        [0.928, 0.913, 0.968, 0.949, 0.941],
    );
}

/// A sixth author's template generator (generated6/): run once blind after heldout24's
/// rules were merged (first-run.txt at 78d177d: overall 0.940, names 0.943, addresses
/// 0.919, precision 0.974, whole 0.920); since the round after it development data
/// (after-tuning.txt: overall 0.976, names 0.980, addresses 1.000, precision 0.975, whole
/// 0.968; heldout25/NOTES.md). Its 23 missed organisation numbers of legal form 2 are the
/// open question to the author. Held just below what it reaches now.
#[test]
fn a_sixth_authors_template_set_now_development_data() {
    assert_floors(
        &score("generated6/test.jsonl"),
        "eval/generated6/test.jsonl",
        [0.974, 0.978, 0.995, 0.973, 0.966],
    );
}

/// The twenty-seventh author's file (heldout27/): run once blind after heldout25's and
/// heldout26's rules were merged (first-run.txt, at 0bd59ae: overall 0.931, names 0.916,
/// addresses 1.000, precision 0.958, whole 0.946); scored again at 1278b3d after the
/// lower-case first-name rule, which was not tuned on it (0.939, 0.928, 1.000, 0.958,
/// 0.949); since round pii25 development data: its misses and false findings were read and
/// fixed by general rules where one reached them (after-tuning.txt, at 347d1e9: overall
/// 0.951, names 0.946, addresses 1.000, precision 0.964, whole 0.958; what is left in
/// NOTES.md). Held just below what it reaches now, so that a regression fails.
#[test]
fn the_twenty_seventh_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout27/test.jsonl"),
        "eval/heldout27/test.jsonl",
        [0.949, 0.944, 0.995, 0.962, 0.956],
    );
}

/// The twenty-eighth author's file (heldout28/): run once blind at the same time as
/// heldout27 (first-run.txt, at 0bd59ae: overall 0.942, names 0.927, addresses 0.971,
/// precision 0.958, whole 0.952); at 1278b3d 0.945, 0.929, 0.971, 0.958, 0.954; since
/// round pii25 development data (after-tuning.txt, at 347d1e9: overall 0.947, names 0.934,
/// addresses 0.971, precision 0.968, whole 0.957; heldout27/NOTES.md). Held just below
/// what it reaches now.
#[test]
fn the_twenty_eighth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout28/test.jsonl"),
        "eval/heldout28/test.jsonl",
        [0.945, 0.932, 0.969, 0.966, 0.955],
    );
}

/// A seventh author's template generator (generated7/): run once blind at the same time as
/// heldout27 (first-run.txt, at 0bd59ae: overall 0.933, names 0.946, addresses 0.892,
/// precision 0.930, whole 0.917); at 1278b3d 0.934, 0.948, 0.892, 0.930, 0.919; since round
/// pii25 development data (after-tuning.txt, at 347d1e9: overall 0.956, names 0.965,
/// addresses 0.968, precision 0.932, whole 0.946; heldout27/NOTES.md). Its 35 missed
/// organisation numbers of legal form 2 are the open question to the author. Held
/// just below what it reaches now.
#[test]
fn a_seventh_authors_template_set_now_development_data() {
    assert_floors(
        &score("generated7/test.jsonl"),
        "eval/generated7/test.jsonl",
        [0.954, 0.963, 0.966, 0.930, 0.944],
    );
}

/// The twenty-ninth author's corpus (heldout29/): run once blind at 1278b3d (first-run.txt:
/// overall 0.963, names 0.945, addresses 0.984, precision 0.959, whole 0.971), again after
/// round pii25 (second-run.txt, at 6da7a7d: 0.965, 0.945, 0.984, 0.968, 0.972) and at the
/// start of round pii27 (main at 6dd1e63: 0.968, 0.950, 0.984, 0.968, 0.973); since round
/// pii27 development data (heldout29/NOTES.md). Held just below what it reaches now.
#[test]
fn the_twenty_ninth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout29/test.jsonl"),
        "eval/heldout29/test.jsonl",
        [0.971, 0.958, 0.982, 0.966, 0.976],
    );
}

/// The thirtieth author's corpus (heldout30/): run once blind at 1278b3d (first-run.txt:
/// overall 0.952, names 0.934, addresses 0.959, precision 0.974, whole 0.967), unchanged
/// after round pii25, at the start of round pii27 0.954, 0.936, 0.959, 0.974, 0.968; since
/// round pii27 development data (heldout29/NOTES.md). Held just below what it reaches now.
#[test]
fn the_thirtieth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout30/test.jsonl"),
        "eval/heldout30/test.jsonl",
        [0.961, 0.948, 0.957, 0.972, 0.971],
    );
}

/// An eighth author's template generator (generated8/): run once blind at 1278b3d
/// (first-run.txt: overall 0.954, names 0.964, addresses 1.000, precision 0.997, whole
/// 0.942), unchanged after round pii25 and at the start of round pii27; since round pii27
/// development data (heldout29/NOTES.md). Its 34 missed public bodies' organisation
/// numbers are the open question to the author. Held just below what it reaches
/// now.
#[test]
fn an_eighth_authors_template_set_now_development_data() {
    assert_floors(
        &score("generated8/test.jsonl"),
        "eval/generated8/test.jsonl",
        [0.975, 0.984, 0.995, 0.997, 0.968],
    );
}

/// The thirty-first author's corpus (heldout31/): run once blind at 1278b3d (first-run.txt:
/// overall 0.971, names 0.962, addresses 0.985, precision 0.972, whole 0.979), again
/// before round pii28 (second-run.txt: 0.972, 0.962, 0.985, 0.972, 0.981, as at main
/// 6d448c11); since round pii28 development data (heldout31/NOTES.md). Held just below
/// what it reaches now.
#[test]
fn the_thirty_first_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout31/test.jsonl"),
        "eval/heldout31/test.jsonl",
        [0.976, 0.969, 0.983, 0.972, 0.981],
    );
}

/// The thirty-second author's corpus (heldout32/): run once blind at 1278b3d
/// (first-run.txt: overall 0.942, names 0.960, addresses 0.736, precision 0.963, whole
/// 0.952), again before round pii28 (second-run.txt: 0.944, 0.962, 0.736, 0.963, 0.953, as
/// at main 6d448c11); since round pii28 development data (heldout31/NOTES.md). Its 21
/// towns marked as addresses after a postal code are the open question to the issue's
/// author. Held just below what it reaches now.
#[test]
fn the_thirty_second_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout32/test.jsonl"),
        "eval/heldout32/test.jsonl",
        [0.945, 0.965, 0.734, 0.963, 0.954],
    );
}

/// A ninth author's template generator (generated9/): run once blind at 1278b3d
/// (first-run.txt: overall 0.965, names 0.964, addresses 0.937, precision 0.996, whole
/// 0.957), again before round pii28 (second-run.txt: 0.965, 0.965, 0.937, 0.996, 0.958, as
/// at main 6d448c11); since round pii28 development data (heldout31/NOTES.md). Held just
/// below what it reaches now.
#[test]
fn a_ninth_authors_template_set_now_development_data() {
    assert_floors(
        &score("generated9/test.jsonl"),
        "eval/generated9/test.jsonl",
        [0.990, 0.988, 0.985, 0.998, 0.989],
    );
}

/// The thirty-third author's corpus (heldout33/): run once blind at fbfc15e (first-run.txt:
/// overall 0.972, names 0.965, addresses 1.000, precision 0.981, whole 0.978), unchanged
/// after round pii28 (second-run.txt, main 4871f5e); since round pii29 development data
/// (heldout33/NOTES.md). Held just below what it reaches now.
#[test]
fn the_thirty_third_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout33/test.jsonl"),
        "eval/heldout33/test.jsonl",
        [0.970, 0.963, 0.998, 0.979, 0.976],
    );
}

/// The thirty-fourth author's corpus (heldout34/): run once blind at fbfc15e
/// (first-run.txt: overall 0.954, names 0.941, addresses 0.945, precision 0.966, whole
/// 0.964), again after round pii28 (second-run.txt: 0.955, 0.943, 0.945, 0.963, 0.965, as
/// at main 4871f5e); since round pii29 development data (heldout33/NOTES.md). Held just
/// below what it reaches now.
#[test]
fn the_thirty_fourth_held_out_file_now_development_data() {
    assert_floors(
        &score("heldout34/test.jsonl"),
        "eval/heldout34/test.jsonl",
        [0.953, 0.941, 0.943, 0.964, 0.963],
    );
}

/// A tenth author's template generator (generated10/): run once blind at fbfc15e
/// (first-run.txt: overall 0.955, names 0.946, addresses 0.980, precision 0.991, whole
/// 0.945), again after round pii28 (second-run.txt: 0.955, 0.946, 0.980, 0.992, 0.945, as
/// at main 4871f5e); since round pii29 development data (heldout33/NOTES.md). Held just
/// below what it reaches now.
#[test]
fn a_tenth_authors_template_set_now_development_data() {
    assert_floors(
        &score("generated10/test.jsonl"),
        "eval/generated10/test.jsonl",
        [0.962, 0.952, 0.978, 0.997, 0.956],
    );
}

/// An eleventh author's template generator (generated11/): run once blind at 4871f5e
/// (first-run.txt: overall 0.954, names 0.955, addresses 0.954, precision 0.985, whole
/// 0.943), again after round pii29 (second-run.txt: 0.955); 0.961 with the world's first
/// names (03aa88e); since 510c7a1 development data (its postal codes and streets, the
/// session's note in eval/HISTORY.md). Held just below what it reaches now.
#[test]
fn an_eleventh_authors_template_set_now_development_data() {
    assert_floors(
        &score("generated11/test.jsonl"),
        "eval/generated11/test.jsonl",
        [0.970, 0.964, 0.963, 0.984, 0.962],
    );
}

/// The thirty-fifth author's corpus (heldout35/): run once blind at 4871f5e (first-run.txt: overall
/// 0.969, names 0.961, addresses 0.972, precision 0.971, whole 0.973); since the session of 3 December 2026 development data. Held just below what it
/// reaches now.
#[test]
fn a_thirty_fifth_authors_corpus_now_development_data() {
    assert_floors(
        &score("heldout35/test.jsonl"),
        "eval/heldout35/test.jsonl",
        [0.980, 0.972, 0.984, 0.970, 0.982],
    );
}

/// The thirty-sixth author's corpus (heldout36/): run once blind at 4871f5e (first-run.txt: overall
/// 0.977, names 0.972, addresses 0.983, precision 0.987, whole 0.976); since the session of 3 December 2026 development data. Held just below what it
/// reaches now.
#[test]
fn a_thirty_sixth_authors_corpus_now_development_data() {
    assert_floors(
        &score("heldout36/test.jsonl"),
        "eval/heldout36/test.jsonl",
        [0.981, 0.978, 0.982, 0.986, 0.980],
    );
}

/// The thirty-seventh author's corpus (heldout37/): run once blind at 6db977e (first-run.txt: overall
/// 0.974, names 0.975, addresses 0.964, precision 0.969, whole 0.974); since the session of 3 December 2026 development data. Held just below what it
/// reaches now.
#[test]
fn a_thirty_seventh_authors_corpus_now_development_data() {
    assert_floors(
        &score("heldout37/test.jsonl"),
        "eval/heldout37/test.jsonl",
        [0.980, 0.981, 0.980, 0.968, 0.979],
    );
}

/// The thirty-eighth author's corpus (heldout38/): run once blind at 6db977e (first-run.txt: overall
/// 0.975, names 0.973, addresses 0.949, precision 0.972, whole 0.972); since the session of 3 December 2026 development data. Held just below what it
/// reaches now.
#[test]
fn a_thirty_eighth_authors_corpus_now_development_data() {
    assert_floors(
        &score("heldout38/test.jsonl"),
        "eval/heldout38/test.jsonl",
        [0.981, 0.981, 0.973, 0.971, 0.981],
    );
}

/// The thirty-ninth author's corpus (heldout39/): run once blind at 028d1c4 (first-run.txt: overall
/// 0.963, names 0.961, addresses 0.925, precision 0.993, whole 0.958); since the session of 3 December 2026 development data. Held just below what it
/// reaches now.
#[test]
fn a_thirty_ninth_authors_corpus_now_development_data() {
    assert_floors(
        &score("heldout39/test.jsonl"),
        "eval/heldout39/test.jsonl",
        [0.970, 0.966, 0.974, 0.991, 0.963],
    );
}

/// The fortieth author's corpus (heldout40/): run once blind at 74c1bd0 (first-run.txt: overall
/// 0.958, names 0.946, addresses 1.000, precision 0.982, whole 0.952); since the session of 3 December 2026 development data. Held just below what it
/// reaches now.
#[test]
fn a_fortieth_authors_corpus_now_development_data() {
    assert_floors(
        &score("heldout40/test.jsonl"),
        "eval/heldout40/test.jsonl",
        [0.960, 0.950, 0.999, 0.981, 0.954],
    );
}

/// A twelfth author's template generator (generated12/): run once blind at 6db977e
/// (first-run.txt: overall 0.959, names 0.946, addresses 1.000, precision 0.980, whole
/// 0.936); since the session of 3 December 2026 development data. Held just below what it
/// reaches now.
#[test]
fn a_twelfth_authors_template_set_now_development_data() {
    assert_floors(
        &score("generated12/test.jsonl"),
        "eval/generated12/test.jsonl",
        [0.978, 0.967, 0.999, 0.983, 0.965],
    );
}

/// The forty-second author's corpus (heldout42/): run once blind at 51164de (first-run.txt:
/// overall 0.959, names 0.954, addresses 0.959, precision 0.989, whole 0.901); development
/// data since the afternoon of 3 December 2026 (thirty of its miss lines were seen by
/// mistake). Held just below what it reaches now.
#[test]
fn a_forty_second_authors_corpus_now_development_data() {
    assert_floors(
        &score("heldout42/test.jsonl"),
        "eval/heldout42/test.jsonl",
        [0.973, 0.969, 0.999, 0.985, 0.930],
    );
}

/// The forty-third author's corpus (heldout43/): run once blind at 6649073 (first-run.txt:
/// overall 0.951, names 0.942, addresses 0.927, precision 0.990, whole 0.940); development
/// data since the evening of 3 December 2026. Held just below what it reaches now.
#[test]
fn a_forty_third_authors_corpus_now_development_data() {
    assert_floors(
        &score("heldout43/test.jsonl"),
        "eval/heldout43/test.jsonl",
        [0.972, 0.961, 0.999, 0.990, 0.965],
    );
}

/// The forty-fourth author's corpus (heldout44/): run once blind at 1112bf9 (first-run.txt:
/// overall 0.967, names 0.959, addresses 0.982, precision 0.983, whole 0.964); development
/// data since the evening of 3 December 2026. Held just below what it reaches now.
#[test]
fn a_forty_fourth_authors_corpus_now_development_data() {
    assert_floors(
        &score("heldout44/test.jsonl"),
        "eval/heldout44/test.jsonl",
        [0.981, 0.979, 0.980, 0.985, 0.977],
    );
}
