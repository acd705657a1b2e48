//! The message catalogue: every text a user reads comes from here, so that a translation
//! is one more file. Texts live in `locales/<lang>.toml` as dotted keys; placeholders are
//! written `{name}`. A missing key shows the key itself (a test keeps that from happening).

use std::collections::HashMap;
use std::sync::OnceLock;

/// One language's texts.
#[derive(Debug)]
pub struct Catalog {
    lang: &'static str,
    texts: HashMap<String, String>,
}

/// The Swedish texts: (file, TOML) for every file of `locales/sv` (gathered by build.rs).
const SV: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/sv_locales.rs"));

impl Catalog {
    /// Parses a catalogue from TOML; nested tables become dotted keys.
    pub fn parse(lang: &'static str, source: &str) -> anyhow::Result<Catalog> {
        Catalog::parse_files(lang, &[("", source)])
    }

    /// Parses a catalogue from several TOML files; a key given in two files is an error.
    pub fn parse_files(lang: &'static str, files: &[(&str, &str)]) -> anyhow::Result<Catalog> {
        let mut texts = HashMap::new();
        for (name, source) in files {
            let value: toml::Table = source
                .parse()
                .map_err(|e| anyhow::anyhow!("locales/{lang}/{name}.toml: {e}"))?;
            let mut part = HashMap::new();
            flatten("", &value, &mut part)?;
            for (key, text) in part {
                if texts.insert(key.clone(), text).is_some() {
                    anyhow::bail!(
                        "the key {key} is in two files of locales/{lang} (again in {name})"
                    );
                }
            }
        }
        Ok(Catalog { lang, texts })
    }

    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// The text for `key`.
    pub fn t<'a>(&'a self, key: &'a str) -> &'a str {
        match self.texts.get(key) {
            Some(text) => text.as_str(),
            None => {
                tracing::warn!(key, "missing text in catalogue");
                key
            }
        }
    }

    /// The text for `key` with `{name}` placeholders filled in.
    pub fn f(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut out = self.t(key).to_string();
        for (name, value) in args {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        out
    }

    /// The text for `key` with the catalogue's own lifetime, when there is one.
    pub fn lookup(&self, key: &str) -> Option<&str> {
        self.texts.get(key).map(String::as_str)
    }

    pub fn has(&self, key: &str) -> bool {
        self.texts.contains_key(key)
    }
}

fn flatten(
    prefix: &str,
    table: &toml::Table,
    out: &mut HashMap<String, String>,
) -> anyhow::Result<()> {
    for (key, value) in table {
        let full = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            toml::Value::String(s) => {
                out.insert(full, s.clone());
            }
            toml::Value::Table(t) => flatten(&full, t, out)?,
            _ => anyhow::bail!("catalogue key {full} is not a string"),
        }
    }
    Ok(())
}

/// The Swedish catalogue, parsed once from the embedded file.
pub fn sv() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| match Catalog::parse_files("sv", SV) {
        Ok(catalog) => catalog,
        // The file is embedded and checked by a test; failing here is a build defect.
        Err(err) => panic!("locales/sv is invalid: {err:#}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled() {
        let cat = Catalog::parse("sv", "[a]\nb = \"Rad {row}: {msg}\"\n").expect("parse");
        assert_eq!(cat.f("a.b", &[("row", "3"), ("msg", "fel")]), "Rad 3: fel");
    }

    /// Every key used in templates and code exists in the Swedish catalogue.
    #[test]
    fn every_used_key_exists() {
        let cat = sv();
        let mut missing = Vec::new();
        // The app's templates and the sources of every crate of the app: the house, the
        // capabilities (`crates/varn-*`) and the app itself.
        let crates = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        let mut dirs = vec![
            format!("{crates}/varn/templates"),
            format!("{crates}/varn/src"),
        ];
        for entry in std::fs::read_dir(crates).expect("crates").flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with("varn-") && name != "varn-pii" && name != "varn-docs" {
                dirs.push(format!("{crates}/{name}/src"));
            }
        }
        for dir in dirs {
            for path in walk(&dir).into_iter().filter(|p| !p.ends_with("i18n.rs")) {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for key in used_keys(&text) {
                    if !cat.has(&key) {
                        missing.push(format!("{path}: {key}"));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "missing texts:\n{}", missing.join("\n"));
    }

    fn walk(dir: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Ok(entries) = std::fs::read_dir(dir) {
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    out.extend(walk(&path.to_string_lossy()));
                } else {
                    out.push(path.to_string_lossy().into_owned());
                }
            }
        }
        out
    }

    /// Keys appear as `t("a.b")`, `f("a.b"` or `tk("a.b")` in code and templates.
    fn used_keys(text: &str) -> Vec<String> {
        let mut keys = Vec::new();
        for marker in ["t(\"", "f(\"", "tk(\""] {
            let mut rest = text;
            while let Some(pos) = rest.find(marker) {
                let preceded_by_ident = pos > 0 && {
                    let c = rest.as_bytes()[pos - 1];
                    c.is_ascii_alphanumeric() || c == b'_'
                };
                rest = &rest[pos + marker.len()..];
                if preceded_by_ident {
                    continue;
                }
                if let Some(end) = rest.find('"') {
                    let key = &rest[..end];
                    if key.contains('.')
                        && key
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_')
                    {
                        keys.push(key.to_string());
                    }
                }
            }
        }
        keys
    }
}
