//! `varn pii scan`: the PII guard on standard input, for outside scripts that evaluate it.
//!
//! With `--jsonl` it reads lines `{"id": <any JSON>, "text": <string>}` and writes, in the
//! same order, one line per input: `{"id": <same>, "findings": [{"kind", "start", "end"}]}`
//! with UTF-8 byte offsets into `text`. A line that cannot be read gets
//! `{"id": <id or null>, "error": "<Swedish message>"}` and the rest are still answered.
//! A text the guard cannot vouch for gets its findings and an `error`, never a bare clean answer.

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

/// One JSON line in, one JSON line out.
pub fn answer_line(guard: &varn_pii::Guard, line: &str) -> Value {
    let parsed: Result<Value, _> = serde_json::from_str(line);
    let Ok(Value::Object(mut object)) = parsed else {
        return json!({"id": Value::Null, "error": "Raden är inte ett JSON-objekt."});
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
        _ => json!({"id": id, "findings": findings_json(&scan)}),
    }
}

/// `varn pii scan --jsonl`
pub fn scan_jsonl<R: BufRead, W: Write>(
    guard: &varn_pii::Guard,
    input: R,
    mut output: W,
) -> std::io::Result<()> {
    for line in input.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        writeln!(output, "{}", answer_line(guard, &line))?;
    }
    output.flush()
}

/// `varn pii scan`: plain text in, findings out as readable lines (line:column, kind, why).
pub fn scan_plain<R: Read, W: Write>(
    guard: &varn_pii::Guard,
    mut input: R,
    mut output: W,
) -> std::io::Result<()> {
    let mut text = String::new();
    input.read_to_string(&mut text)?;
    let scan = guard.scan(&text);
    for f in &scan.findings {
        let before = &text[..f.start];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        writeln!(
            output,
            "{line}:{column}\t{}\t{}",
            f.kind.as_str(),
            f.explanation
        )?;
    }
    match scan.verdict {
        varn_pii::Verdict::Clean => writeln!(output, "Inga identifierande uppgifter hittades.")?,
        varn_pii::Verdict::Flagged => writeln!(output, "{} fynd.", scan.findings.len())?,
        varn_pii::Verdict::Failed(why) => writeln!(output, "Kunde inte kontrolleras: {why}")?,
    }
    output.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_answers_every_line_in_order_with_byte_offsets() {
        let guard = varn_pii::Guard::new();
        let input = "{\"id\": 1, \"text\": \"Åsa ringde 070-174 06 12\"}\nnot json\n\n{\"id\": {\"x\": [2]}, \"text\": \"Inget här.\"}\n{\"id\": \"z\"}\n";
        let mut out = Vec::new();
        scan_jsonl(&guard, input.as_bytes(), &mut out).expect("scan");
        let lines: Vec<Value> = String::from_utf8(out)
            .expect("utf8")
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0]["id"], 1);
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
    }

    #[test]
    fn plain_output_names_line_and_column() {
        let guard = varn_pii::Guard::new();
        let mut out = Vec::new();
        scan_plain(&guard, "Hej\nMamman Zlatkowicz kom.".as_bytes(), &mut out).expect("scan");
        let text = String::from_utf8(out).expect("utf8");
        assert!(text.starts_with("2:8\tname\t"), "{text}");
    }
}
