//! Who owns each table (issue 11): the house's tables (`varn_house::TABLES`) and each
//! capability's (`Capability::tables`), gathered from the one list of capabilities. Every
//! table the migrations create has exactly one owner (an integration test migrates both
//! backends and checks); only its owner's SQL writes it, and another's SQL reads it only
//! when the owner declared it shared (a source test below reads every crate's SQL).

use crate::app::CAPABILITIES;
use crate::web::capability::Table;

/// The name the house's tables are owned under.
pub const HOUSE: &str = "house";

/// Every declared table with its owner: the house's first, then each capability's in the
/// order of `app::CAPABILITIES`.
pub fn owners() -> Vec<(&'static str, Table)> {
    varn_house::TABLES
        .iter()
        .map(|t| (HOUSE, *t))
        .chain(
            CAPABILITIES
                .iter()
                .flat_map(|c| c.tables.iter().map(|t| (c.name, *t))),
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    /// One statement's use of a table, as the source test reads it.
    #[derive(Debug, Clone, PartialEq, Eq)]
    struct Use {
        table: String,
        write: bool,
    }

    /// The string literals of Rust source (plain, byte and raw), comments left out; escapes
    /// are kept as written (a `\` before a line break continues the literal).
    fn literals(code: &str) -> Vec<&str> {
        let b = code.as_bytes();
        let find = |from: usize, pat: &[u8]| {
            b[from.min(b.len())..]
                .windows(pat.len())
                .position(|w| w == pat)
                .map(|n| from + n)
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            let ident_before = i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
            if b[i..].starts_with(b"//") {
                i = find(i, b"\n").unwrap_or(b.len());
            } else if b[i..].starts_with(b"/*") {
                i = find(i, b"*/").map_or(b.len(), |n| n + 2);
            } else if b[i] == b'\'' {
                // A char literal ('"', '\'', '\u{e4}', 'ä') or a lifetime ('a).
                if b.get(i + 1) == Some(&b'\\') {
                    i = find(i + 3, b"'").map_or(b.len(), |n| n + 1);
                } else {
                    let c = code[i + 1..].chars().next().map_or(1, char::len_utf8);
                    i += if b.get(i + 1 + c) == Some(&b'\'') {
                        c + 2
                    } else {
                        1
                    };
                }
            } else if (b[i] == b'r' || b[i..].starts_with(b"br")) && !ident_before {
                let start = if b[i] == b'b' { i + 2 } else { i + 1 };
                let hashes = b[start..].iter().take_while(|c| **c == b'#').count();
                if b.get(start + hashes) == Some(&b'"') {
                    let body = start + hashes + 1;
                    let end = format!("\"{}", "#".repeat(hashes));
                    let close = find(body, end.as_bytes()).unwrap_or(b.len());
                    out.push(&code[body..close]);
                    i = close + end.len();
                } else {
                    i += 1;
                }
            } else if b[i] == b'"' {
                let mut j = i + 1;
                while j < b.len() && b[j] != b'"' {
                    j += if b[j] == b'\\' { 2 } else { 1 };
                }
                out.push(&code[i + 1..j.min(b.len())]);
                i = j + 1;
            } else {
                i += 1;
            }
        }
        out
    }

    /// The tables among `known` an SQL text writes (`INSERT INTO t`, `UPDATE t`, `DELETE
    /// FROM t`) and reads (`FROM t`, `JOIN t`, and each further table of a `FROM t a, u b`
    /// list). A name that is no table (a column in `EXTRACT(YEAR FROM c)`, a subquery's
    /// alias, `{table}` of a `format!`) is passed over.
    fn uses(sql: &str, known: &dyn Fn(&str) -> bool) -> Vec<Use> {
        let mut tokens = Vec::new();
        let mut word = String::new();
        for c in sql.chars() {
            if c.is_ascii_alphanumeric() || c == '_' {
                word.push(c);
                continue;
            }
            if !word.is_empty() {
                tokens.push(std::mem::take(&mut word));
            }
            if !c.is_whitespace() {
                tokens.push(c.to_string());
            }
        }
        if !word.is_empty() {
            tokens.push(word);
        }
        let is = |i: usize, kw: &str| tokens.get(i).is_some_and(|t| t.eq_ignore_ascii_case(kw));
        let table = |i: usize| tokens.get(i).map(|t| t.to_lowercase()).filter(|t| known(t));
        let mut out = Vec::new();
        let mut push = |i: usize, write: bool| {
            if let Some(t) = table(i) {
                out.push(Use { table: t, write });
            }
        };
        let mut i = 0;
        while i < tokens.len() {
            if is(i, "INSERT") && is(i + 1, "INTO") {
                push(i + 2, true);
                i += 2;
            } else if is(i, "UPDATE") && !(i > 0 && is(i - 1, "DO")) {
                push(i + 1, true);
            } else if is(i, "DELETE") && is(i + 1, "FROM") {
                push(i + 2, true);
                i += 2;
            } else if is(i, "JOIN") {
                push(i + 1, false);
            } else if is(i, "FROM") {
                // FROM t [[AS] a] [, u [[AS] b]]…
                let mut at = i + 1;
                while table(at).is_some() {
                    push(at, false);
                    at += 1;
                    if is(at, "AS") {
                        at += 1;
                    }
                    if !is(at, ",") && is(at + 1, ",") {
                        at += 1;
                    }
                    if !is(at, ",") {
                        break;
                    }
                    at += 1;
                }
            }
            i += 1;
        }
        out
    }

    fn known(t: &str) -> bool {
        ["users", "units", "plans", "reports", "report_terms"].contains(&t)
    }

    #[test]
    fn the_scanner_finds_reads_and_writes() {
        let r = |t: &str| Use {
            table: t.into(),
            write: false,
        };
        let w = |t: &str| Use {
            table: t.into(),
            write: true,
        };
        assert_eq!(
            uses(
                "INSERT INTO plans (a) SELECT u.id FROM units u JOIN users x ON x.id = u.id \
                 ON CONFLICT (a) DO UPDATE SET a = excluded.a",
                &known
            ),
            vec![w("plans"), r("units"), r("users")]
        );
        assert_eq!(
            uses(
                "update Reports SET x = 1 FROM report_terms rt WHERE EXTRACT(YEAR FROM plans) = 1",
                &known
            ),
            vec![w("reports"), r("report_terms"), r("plans")]
        );
        assert_eq!(
            uses(
                "DELETE FROM users WHERE id IN (SELECT id FROM units)",
                &known
            ),
            vec![w("users"), r("units")]
        );
        assert_eq!(
            uses(
                "SELECT 1 FROM units u, users AS x , plans WHERE a IN (reports, units)",
                &known
            ),
            vec![r("units"), r("users"), r("plans")]
        );
        assert_eq!(
            uses("SELECT 1 FROM {table} JOIN (SELECT 1) users", &known),
            vec![]
        );
        assert_eq!(uses("läs från users; FROM x", &known), vec![]);
    }

    #[test]
    fn the_scanner_reads_literals_and_skips_comments() {
        let code = r####"
            // "SELECT 1 FROM users" in a comment
            /* "DELETE FROM units" */
            let q = sqlx::query("SELECT a FROM units \
                                 JOIN users u ON u.id = a");
            let c = '"'; let e = '\''; fn f<'a>(x: &'a str) {}
            let raw = r#"UPDATE "plans" SET x = 'y' "#;
            let s = "say \"hi\"";
        "####;
        let found = literals(code);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].starts_with("SELECT a FROM units"));
        assert_eq!(found[1], r#"UPDATE "plans" SET x = 'y' "#);
        assert_eq!(found[2], r#"say \"hi\""#);
    }

    /// The owner of every source file of the app's crates with SQL of its own: a
    /// capability's crate is its capability, the house's is the house, and the app's
    /// files but `home.rs` are the composition roots, which own no table.
    fn owned_sources() -> Vec<(String, String, String)> {
        let crates = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
        let mut files = Vec::new();
        for entry in std::fs::read_dir(&crates).expect("crates").flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let owner = match name.as_str() {
                "varn" => "app".to_string(),
                "varn-house" => HOUSE.to_string(),
                "varn-pii" | "varn-docs" => continue,
                n if n.starts_with("varn-") => n["varn-".len()..].to_string(),
                _ => continue,
            };
            for (rel, text) in crate::app::tests::crate_files(&entry.path().join("src")) {
                let rel = format!("{name}/src/{rel}");
                let owner = if rel == "varn/src/home.rs" {
                    "home".to_string()
                } else {
                    owner.clone()
                };
                files.push((rel, owner, text));
            }
        }
        files
    }

    /// A crate's SQL writes only the tables its capability (or the house) owns, and reads
    /// only those and the tables their owners declared shared. (Test modules are left
    /// out: tests may reach anywhere.)
    #[test]
    fn sql_writes_its_own_tables_and_reads_only_shared_ones() {
        let owners = owners();
        let of: BTreeMap<&str, (&str, bool)> = owners
            .iter()
            .map(|(o, t)| (t.name, (*o, t.shared)))
            .collect();
        let known = |t: &str| of.contains_key(t);
        let mut bad = Vec::new();
        let mut found = 0;
        let mut plans_read_units = false;
        for (rel, owner, text) in owned_sources() {
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            for lit in literals(code) {
                for u in uses(lit, &known) {
                    found += 1;
                    let (table_owner, shared) = of[u.table.as_str()];
                    plans_read_units |= owner == "plans" && u.table == "units";
                    if table_owner == owner {
                        continue;
                    }
                    if u.write {
                        bad.push(format!("{rel} writes {} (owned by {table_owner})", u.table));
                    } else if !shared {
                        bad.push(format!(
                            "{rel} reads {} (owned by {table_owner}, not shared)",
                            u.table
                        ));
                    }
                }
            }
        }
        bad.sort();
        bad.dedup();
        assert!(
            found > 500,
            "the scan found too few uses of tables: {found}"
        );
        assert!(
            plans_read_units,
            "the scan found no known edge (plans reads units)"
        );
        assert!(bad.is_empty(), "{bad:#?}");
    }

    /// No table is declared twice (the integration test `schema::every_table_has_one_owner`
    /// compares them with what the migrations create).
    #[test]
    fn no_table_has_two_owners() {
        let mut seen = BTreeMap::new();
        for (owner, t) in owners() {
            if let Some(first) = seen.insert(t.name, owner) {
                panic!("{} is declared by {first} and {owner}", t.name);
            }
        }
        assert!(seen.len() > 90, "{}", seen.len());
    }
}
