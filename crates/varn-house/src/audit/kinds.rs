//! What the audit log says: one list of actions for every capability, and the kinds of
//! record, each declared by the capability that owns them (with [`crate::audit_records!`])
//! and registered with it, so that the log's page can name and filter every kind in
//! Swedish. An entry is made only from these types, never from loose strings.

/// What was done. Each has a Swedish label (`audit.action.<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    SignIn,
    SignInFailed,
    SignOut,
    Create,
    Update,
    Delete,
    End,
    Import,
    TokenCreate,
    Read,
    Export,
    Publish,
    Decide,
    Approve,
    Supersede,
    Revise,
    Report,
    Finalize,
    Reopen,
    Assess,
    Remind,
    Purge,
}

impl Action {
    pub const ALL: &'static [Action] = &[
        Action::SignIn,
        Action::SignInFailed,
        Action::SignOut,
        Action::Create,
        Action::Update,
        Action::Delete,
        Action::End,
        Action::Import,
        Action::TokenCreate,
        Action::Read,
        Action::Export,
        Action::Publish,
        Action::Decide,
        Action::Approve,
        Action::Supersede,
        Action::Revise,
        Action::Report,
        Action::Finalize,
        Action::Reopen,
        Action::Assess,
        Action::Remind,
        Action::Purge,
    ];

    /// The code stored in the log.
    pub fn code(self) -> &'static str {
        match self {
            Action::SignIn => "sign_in",
            Action::SignInFailed => "sign_in_failed",
            Action::SignOut => "sign_out",
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
            Action::End => "end",
            Action::Import => "import",
            Action::TokenCreate => "token_create",
            Action::Read => "read",
            Action::Export => "export",
            Action::Publish => "publish",
            Action::Decide => "decide",
            Action::Approve => "approve",
            Action::Supersede => "supersede",
            Action::Revise => "revise",
            Action::Report => "report",
            Action::Finalize => "finalize",
            Action::Reopen => "reopen",
            Action::Assess => "assess",
            Action::Remind => "remind",
            Action::Purge => "purge",
        }
    }

    pub fn parse(code: &str) -> Option<Action> {
        Action::ALL.iter().copied().find(|a| a.code() == code)
    }
}

/// A kind of record that the log names. Made with [`crate::audit_records!`].
pub trait RecordKind: Copy + Send + Sync + 'static {
    /// The code stored in the log; its Swedish label is `audit.type.<code>`.
    fn code(self) -> &'static str;
    /// Every kind of this enum, for the registry.
    fn all() -> &'static [Self];
    /// Every code of this enum.
    fn codes() -> Vec<&'static str> {
        Self::all().iter().map(|k| k.code()).collect()
    }
}

/// Declares a capability's kinds of record:
/// `audit_records!(pub enum Record { Plan = "plan", Activity = "plan_activity" });`
#[macro_export]
macro_rules! audit_records {
    ($(#[$m:meta])* $vis:vis enum $name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        $vis enum $name { $($variant),+ }

        impl $crate::audit::RecordKind for $name {
            fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            fn all() -> &'static [$name] {
                &[$($name::$variant),+]
            }
        }
    };
}

/// The Swedish label of an action's code; "Annat" for a code no longer in use.
pub fn action_label(code: &str) -> &'static str {
    label("audit.action", code)
}

/// The Swedish label of a record kind's code; "Annat" for a code no longer in use.
pub fn record_label(code: &str) -> &'static str {
    label("audit.type", code)
}

/// A stored summary as a person reads it: every internal code in it (a role, a form's or an
/// activity's status, a file format, a reminder's kind: `employee`, `assessed_vbe`,
/// `not_started`, `docx`) replaced by its Swedish label. Summaries written before the
/// capabilities wrote labels keep their codes in the append-only log; this shows them in
/// Swedish without changing what is stored. Only whole words that are codes are replaced
/// (lower case with letters, digits and underscores, found under `audit.word`, `role`,
/// `Status` or `plans.fu`), so Swedish text is left as written.
pub fn readable(summary: &str) -> String {
    let cat = crate::i18n::sv();
    let word = |w: &str| -> Option<&'static str> {
        if w.is_empty() || !w.chars().any(|c| c.is_ascii_lowercase()) {
            return None;
        }
        ["audit.word", "role", "Status", "plans.fu"]
            .iter()
            .find_map(|group| cat.lookup(&format!("{group}.{w}")))
            .filter(|_| !SWEDISH_TOO.contains(&w))
    };
    let mut out = String::with_capacity(summary.len());
    let mut token = String::new();
    let code_char = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_';
    let flush = |token: &mut String, out: &mut String, next: Option<char>| {
        // A token glued to other letters ("vbe" in "vbeärende") or part of an address
        // ("done@x.example") is not a code.
        let glued = next.is_some_and(|c| c.is_alphanumeric() || c == '@')
            || out.ends_with(['@', '.', '/', '-']);
        match word(token.as_str()).filter(|_| !glued) {
            Some(label) => out.push_str(label),
            None => out.push_str(token),
        }
        token.clear();
    };
    let mut prev_alpha = false;
    for c in summary.chars() {
        if code_char(c) && (!token.is_empty() || !prev_alpha) {
            token.push(c);
        } else {
            if !token.is_empty() {
                flush(&mut token, &mut out, Some(c));
            }
            out.push(c);
        }
        prev_alpha = c.is_alphanumeric();
    }
    flush(&mut token, &mut out, None);
    out
}

/// Codes that are Swedish words too, left as written.
const SWEDISH_TOO: &[&str] = &["partner"];

fn label(group: &str, code: &str) -> &'static str {
    let cat = crate::i18n::sv();
    cat.lookup(&format!("{group}.{code}"))
        .unwrap_or_else(|| cat.t("audit.other"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_a_swedish_label() {
        let cat = crate::i18n::sv();
        for a in Action::ALL {
            assert!(cat.has(&format!("audit.action.{}", a.code())), "{a:?}");
            assert_eq!(Action::parse(a.code()), Some(*a));
        }
        assert_eq!(action_label("no_such"), cat.t("audit.other"));
    }

    #[test]
    fn codes_in_summaries_read_in_swedish() {
        // What the first users found in the log (issue 20 point 20).
        assert_eq!(
            readable("anna@x.example (employee)"),
            "anna@x.example (Medarbetare)"
        );
        assert_eq!(readable("assessed_vbe"), "Bedömd som VBE");
        assert_eq!(
            readable("T1 not_started Två möten"),
            "T1 Ej påbörjad Två möten"
        );
        assert_eq!(readable("2026 docx"), "2026 Word");
        assert_eq!(readable("vbe"), "VBE");
        assert_eq!(
            readable("T1 overdue → a@b.example"),
            "T1 påminnelse efter sista dagen → a@b.example"
        );
        // Swedish text and words that only contain a code stay as written.
        assert_eq!(
            readable("Möte med partner i Västberga"),
            "Möte med partner i Västberga"
        );
        assert_eq!(
            readable("Ärendet vbe2 och donewell"),
            "Ärendet vbe2 och donewell"
        );
        assert_eq!(readable("Åtgärdvbe"), "Åtgärdvbe");
        assert_eq!(readable("done@x.example, x.done"), "done@x.example, x.done");
        assert_eq!(readable(""), "");
    }
}
