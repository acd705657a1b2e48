//! Reads a hand-marked corpus: JSON lines `{"id", "text", "pii": [{"kind", "text"}]}`,
//! kinds as `Kind::as_str()`; every occurrence of a marked text counts as planted.

use varn_pii::eval::{mark, MarkedDoc};
use varn_pii::Kind;

pub fn parse_marked(jsonl: &str) -> Result<Vec<MarkedDoc>, String> {
    let mut docs = Vec::new();
    for (n, line) in jsonl
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let text = v["text"]
            .as_str()
            .ok_or(format!("line {}: no text", n + 1))?;
        let mut pii = Vec::new();
        for p in v["pii"]
            .as_array()
            .ok_or(format!("line {}: no pii", n + 1))?
        {
            let kind = p["kind"].as_str().unwrap_or_default();
            let kind = Kind::ALL
                .into_iter()
                .find(|k| k.as_str() == kind)
                .ok_or(format!("line {}: unknown kind {kind}", n + 1))?;
            let t = p["text"]
                .as_str()
                .ok_or(format!("line {}: no pii text", n + 1))?;
            if !text.contains(t) {
                return Err(format!("line {}: marked text not in the text", n + 1));
            }
            pii.push((kind, t));
        }
        docs.push(MarkedDoc {
            id: v["id"].as_str().unwrap_or_default().to_owned(),
            planted: mark(text, &pii),
            text: text.to_owned(),
        });
    }
    Ok(docs)
}
