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
}
