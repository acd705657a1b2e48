//! `varn pii scan`: the PII guard on standard input, for outside scripts that evaluate it
//! and for people who want to check a text before they paste it into a form.
//!
//! With `--jsonl` it reads lines `{"id": <any JSON>, "text": <string>}` and writes, in the
//! same order, one line per input: `{"id": <same>, "findings": [{"kind", "start", "end"}]}`
//! with UTF-8 byte offsets into `text`. A line that cannot be read gets
//! `{"id": <id or null>, "error": "<Swedish message>"}` and the rest are still answered;
//! blank lines are skipped. A text the guard cannot vouch for gets its findings and an
//! `error`, never a bare clean answer.
//!
//! It must never echo the scanned text: output holds kinds, positions and the guard's fixed
//! wording only.

use std::io::{BufRead, Read, Write};

use serde_json::{json, Value};

fn findings_json(scan: &varn_pii::Scan) -> Value {
    Value::Array(
        scan.findings
            .iter()
            .map(|f| json!({"kind": f.kind.as_str(), "start": f.start, "end": f.end}))
            .collect(),
    )
}

/// One JSON line in, one JSON value out.
pub fn answer_line(guard: &varn_pii::Guard, line: &str) -> Value {
    let parsed: Result<Value, _> = serde_json::from_str(line);
    let mut object = match parsed {
        Ok(Value::Object(object)) => object,
        Ok(_) => {
            return json!({"id": Value::Null, "error": "Raden är inte ett JSON-objekt."});
        }
        Err(_) => {
            return json!({"id": Value::Null, "error": "Raden är inte giltig JSON."});
        }
    };
    let id = object.remove("id").unwrap_or(Value::Null);
    let Some(Value::String(text)) = object.remove("text") else {
        return json!({"id": id, "error": "Fältet ”text” saknas eller är inte en sträng."});
    };
    let scan = guard.scan(&text);
    match scan.verdict {
        varn_pii::Verdict::Failed(why) => {
            json!({"id": id, "findings": findings_json(&scan), "error": why})
        }
        varn_pii::Verdict::Clean | varn_pii::Verdict::Flagged => {
            json!({"id": id, "findings": findings_json(&scan)})
        }
    }
}

/// `varn pii scan --jsonl`: one answer line per non-blank input line, in order. Only a
/// failure to read or write stops it; a bad line gets an error line.
pub fn scan_jsonl<R: BufRead, W: Write>(
    guard: &varn_pii::Guard,
    mut input: R,
    mut output: W,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        let answer = match std::str::from_utf8(&buf) {
            Ok(line) if line.trim().is_empty() => continue,
            Ok(line) => answer_line(guard, line),
            Err(_) => json!({"id": Value::Null, "error": "Raden är inte giltig UTF-8."}),
        };
        writeln!(output, "{answer}")?;
    }
    output.flush()
}

/// Line and column (both from 1, the column in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// `varn pii scan`: plain text in, one readable line per finding out
/// (`rad:kolumn  etikett  förklaring`), then a summary. The found text itself is not shown.
pub fn scan_plain<R: Read, W: Write>(
    guard: &varn_pii::Guard,
    mut input: R,
    mut output: W,
) -> std::io::Result<()> {
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes)?;
    let text = String::from_utf8_lossy(&bytes);
    if matches!(text, std::borrow::Cow::Owned(_)) {
        writeln!(
            output,
            "Obs: texten var inte giltig UTF-8; ogiltiga tecken ersattes före kontrollen."
        )?;
    }
    let scan = guard.scan(&text);
    for f in &scan.findings {
        let (line, column) = line_column(&text, f.start);
        write!(
            output,
            "{line}:{column}\t{}\t{}",
            f.kind.label(),
            f.explanation
        )?;
        if let Some(suggestion) = f.suggestion {
            write!(output, " {suggestion}")?;
        }
        writeln!(output)?;
    }
    match scan.verdict {
        varn_pii::Verdict::Clean => writeln!(output, "Inga identifierande uppgifter hittades.")?,
        varn_pii::Verdict::Flagged => writeln!(
            output,
            "{} möjliga identifierande uppgifter hittades.",
            scan.findings.len()
        )?,
        varn_pii::Verdict::Failed(why) => {
            writeln!(output, "Texten kunde inte kontrolleras helt: {why}")?
        }
    }
    output.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jsonl(input: &[u8]) -> Vec<Value> {
        let guard = varn_pii::Guard::new();
        let mut out = Vec::new();
        scan_jsonl(&guard, input, &mut out).expect("scan");
        String::from_utf8(out)
            .expect("utf8")
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .collect()
    }

    #[test]
    fn jsonl_answers_every_line_in_order_with_byte_offsets() {
        let input = "{\"id\": 1, \"text\": \"Åsa ringde 070-174 06 12\"}\nnot json\n\n   \n{\"id\": {\"x\": [2]}, \"text\": \"Inget här.\"}\n{\"id\": \"z\"}\n[1, 2]\n{\"id\": 5, \"text\": 7}";
        let lines = jsonl(input.as_bytes());
        assert_eq!(lines.len(), 6);
        assert_eq!(lines[0]["id"], 1);
        assert!(lines[0].get("error").is_none());
        let phone = lines[0]["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .find(|f| f["kind"] == "phone")
            .expect("phone");
        assert_eq!(
            (phone["start"].as_u64(), phone["end"].as_u64()),
            (Some(12), Some(25))
        );
        assert!(lines[1]["error"].is_string() && lines[1]["id"].is_null());
        assert_eq!(lines[2]["id"], json!({"x": [2]}));
        assert_eq!(lines[2]["findings"], json!([]));
        assert_eq!(lines[3]["id"], "z");
        assert!(lines[3]["error"].is_string());
        assert!(lines[4]["id"].is_null() && lines[4]["error"].is_string());
        assert_eq!(lines[5]["id"], 5);
        assert!(lines[5]["error"].is_string());
    }

    #[test]
    fn jsonl_answers_a_line_that_is_not_utf8_and_goes_on() {
        let mut input = b"{\"id\": 1, \"text\": \"\xff\"}\n".to_vec();
        input.extend_from_slice(b"{\"id\": 2, \"text\": \"Lugnt.\"}\r\n");
        let lines = jsonl(&input);
        assert_eq!(lines.len(), 2);
        assert!(lines[0]["id"].is_null() && lines[0]["error"].is_string());
        assert_eq!(lines[1], json!({"id": 2, "findings": []}));
    }

    #[test]
    fn jsonl_never_answers_a_failed_scan_as_clean() {
        let guard = varn_pii::Guard::with_limits(varn_pii::Limits {
            max_bytes: 10,
            steps_per_byte: 64,
        });
        let mut out = Vec::new();
        scan_jsonl(
            &guard,
            "{\"id\": 1, \"text\": \"en text som är för lång\"}\n".as_bytes(),
            &mut out,
        )
        .expect("scan");
        let line: Value = serde_json::from_slice(&out).expect("json");
        assert_eq!(line["id"], 1);
        assert_eq!(line["findings"], json!([]));
        assert!(line["error"].is_string());
    }

    #[test]
    fn plain_output_names_line_and_column_without_echoing_the_text() {
        let guard = varn_pii::Guard::new();
        let mut out = Vec::new();
        scan_plain(
            &guard,
            "Hej\nMamman Zlatkowicz ringde från 070-174 06 12.".as_bytes(),
            &mut out,
        )
        .expect("scan");
        let text = String::from_utf8(out).expect("utf8");
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].starts_with("2:8\tnamn\t"), "{text}");
        assert!(lines[1].starts_with("2:31\ttelefonnummer\t"), "{text}");
        assert!(lines[2].starts_with("2 möjliga"), "{text}");
        assert!(
            !text.contains("Zlatkowicz") && !text.contains("174"),
            "{text}"
        );
    }

    #[test]
    fn plain_output_says_when_nothing_was_found() {
        let guard = varn_pii::Guard::new();
        let mut out = Vec::new();
        scan_plain(&guard, "Ett lugnt möte.".as_bytes(), &mut out).expect("scan");
        assert_eq!(
            String::from_utf8(out).expect("utf8"),
            "Inga identifierande uppgifter hittades.\n"
        );
    }
}
