//! Typed, layered configuration: built-in defaults, then a TOML file, then `VARN_`-prefixed
//! environment variables, then command-line flags. Unknown keys are rejected so that a typo
//! never silently falls back to a default. Secrets are wrapped in [`Secret`] and never printed.

use std::fmt;
use std::path::Path;

use anyhow::Context;
use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};

/// A value that must never appear in logs or output.
#[derive(Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }
    /// The secret's value; call only where it is used, never to print it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// Output format of the log lines.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

/// The whole configuration of a Värn process.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// `sqlite://path` or `postgres://…`; may carry a password, hence a secret.
    pub database_url: Secret,
    /// Address the server listens on.
    pub listen: String,
    /// Sets the `Secure` attribute on cookies. Browsers accept secure cookies on
    /// `localhost`/`127.0.0.1` over plain HTTP, so this stays on outside odd set-ups.
    pub cookie_secure: bool,
    /// How long a sign-in lasts, in hours.
    pub session_hours: u32,
    /// Failed sign-ins allowed per e-mail address per 15 minutes.
    pub sign_in_attempts: u32,
    /// Log filter in `tracing` syntax, e.g. `info` or `varn=debug`.
    pub log: String,
    pub log_format: LogFormat,
    /// The SMTP server for e-mail reminders, e.g. `smtps://user:password@mail.example.se`
    /// or `smtp://relay.example.se:25?tls=required`; empty: no e-mail is sent. May carry a
    /// password, hence a secret.
    pub smtp_url: Secret,
    /// The sender of Värn's e-mail.
    pub mail_from: String,
    /// The address people reach Värn at, for links in e-mail.
    pub public_url: String,
    /// The letters before an IA case number: a link to IA must read `<prefix>-YYYY-NNNN`.
    pub ia_number_prefix: String,
    /// Addresses of the reverse proxies in front of Värn. A request from one of them is
    /// taken to come from the address in `client_ip_header`; from anywhere else, the
    /// header is ignored. Empty: the connecting address counts.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// The header the proxies put the client's address in (the last one they add counts).
    pub client_ip_header: String,
    /// Serves Prometheus metrics at `/metrics` (keep it off where the port is public).
    pub metrics: bool,
    /// The accessibility statement's text (Markdown): what does not yet meet WCAG 2.1 AA,
    /// and how to report a shortcoming. Empty: Värn's own text.
    pub accessibility_statement: String,
    /// Where shortcomings in accessibility are reported (an e-mail address or a web form).
    pub accessibility_contact: String,
    /// Signing in with an e-mail address and a password. Turn it off where everyone signs
    /// in through the municipality's identity provider (`oidc_issuer`).
    pub password_sign_in: bool,
    /// The issuer URL of the municipality's OpenID Connect provider (its discovery document
    /// is `<issuer>/.well-known/openid-configuration`). Empty: no sign-in through a provider.
    pub oidc_issuer: String,
    /// The provider's name on the sign-in button: "Logga in med <name>".
    pub oidc_provider_name: String,
    /// Värn's client id at the provider.
    pub oidc_client_id: String,
    /// Värn's client secret at the provider; empty for a public client (PKCE only).
    pub oidc_client_secret: Secret,
    /// The scopes asked for besides `openid`.
    pub oidc_scopes: Vec<String>,
    /// The claim of the id token that names a Värn account: its e-mail address, or the
    /// provider's subject, linked to the account with that e-mail the first time.
    pub oidc_user_claim: OidcUserClaim,
    /// The code of the social services' administration, whose coordinators advise in case
    /// consultations (DOMAIN.md §11).
    pub social_services: String,
    /// When the 24-hour clock warns, in whole hours after the request: increasing, each
    /// before the deadline (the deadline itself always warns).
    pub first_contact_warning_hours: Vec<u32>,
    /// How long each record type is kept before the purge deletes it (`[retention]`, in
    /// months; README gives the defaults and their reasons).
    pub retention: Retention,
}

/// The retention period of each record type that Värn purges, in whole months (DOMAIN.md
/// §13). A row is expired when its date lies more than its type's months before the day
/// the purge runs. Each period has a minimum ([`Retention::MINIMUM`]) below which a figure
/// that is still read from the rows would change, and is refused at start.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct Retention {
    /// The anonymized forms with their notes, terms and links, once closed (assessed or
    /// forwarded), by when they came in; a form not yet assessed is kept.
    pub forms: u32,
    /// The rows read from IA (`ia_incidents`), by the date of the event.
    pub ia: u32,
    /// Training completions and manual marks, by their date.
    pub training: u32,
    /// The audit log's entries, by when they were written.
    pub audit_log: u32,
    /// Imports' records of progress and problems (`import_jobs`), by their last change.
    pub imports: u32,
    /// Consultations, by the day held, and 24-hour requests with their warnings, once the
    /// Swedish year they were received in is closed and none of its requests is open.
    pub consultations: u32,
    /// Survey answers (the responses of a round), once the round is closed, by its last day
    /// of answers; their figures are kept as counts.
    pub survey: u32,
}

impl Default for Retention {
    fn default() -> Retention {
        Retention {
            forms: 36,
            ia: 60,
            training: 60,
            audit_log: 36,
            imports: 3,
            consultations: 36,
            survey: 60,
        }
    }
}

impl Retention {
    /// Every type's key under `[retention]` and its shortest allowed period in months: the
    /// current and the previous calendar year (24 months always reach back past the first
    /// of January of the previous year) for the types whose rows something still reads for
    /// that time (forms: the coordinators' follow-up of this year's and last year's forms
    /// and their notes, which the picture's narrative compares; IA rows: the triage of the year's rows and the undoing of an import;
    /// training: rates on any day of the year compared with the year before; the audit log:
    /// the follow-up of who read which form, a year at a time); a month for an import's
    /// record, which nothing reads once the person who started it has seen how it went.
    /// Consultations and 24-hour requests: 24 months, for the same two calendar years (the
    /// coordinators' own lists and follow-up dates, the yearly report of the year before).
    /// Survey answers: 24 months, so that the round before (a survey runs about once a
    /// year) can still be read and exported as answers while this year's is compared with
    /// it; its figures are counted before they go.
    pub const MINIMUM: [(&'static str, u32); 7] = [
        ("forms", 24),
        ("ia", 24),
        ("training", 24),
        ("audit_log", 24),
        ("imports", 1),
        ("consultations", 24),
        ("survey", 24),
    ];

    /// The period of a type by its key; `None` for a key no type has.
    pub fn months(&self, key: &str) -> Option<u32> {
        match key {
            "forms" => Some(self.forms),
            "ia" => Some(self.ia),
            "training" => Some(self.training),
            "audit_log" => Some(self.audit_log),
            "imports" => Some(self.imports),
            "consultations" => Some(self.consultations),
            "survey" => Some(self.survey),
            _ => None,
        }
    }
}

/// Which claim of the id token names a Värn account.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum OidcUserClaim {
    /// `email`: the account with that e-mail address.
    Email,
    /// `sub`: the account once linked to that subject; the first sign-in links it by `email`.
    Sub,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            database_url: Secret::new("sqlite://varn.db"),
            listen: "127.0.0.1:8080".into(),
            cookie_secure: true,
            session_hours: 10,
            sign_in_attempts: 5,
            log: "info".into(),
            log_format: LogFormat::Text,
            smtp_url: Secret::new(""),
            mail_from: "Värn <varn@localhost>".into(),
            public_url: "http://127.0.0.1:8080".into(),
            ia_number_prefix: "IA".into(),
            trusted_proxies: Vec::new(),
            client_ip_header: "x-forwarded-for".into(),
            metrics: false,
            accessibility_statement: String::new(),
            accessibility_contact: String::new(),
            password_sign_in: true,
            oidc_issuer: String::new(),
            oidc_provider_name: String::new(),
            oidc_client_id: String::new(),
            oidc_client_secret: Secret::new(""),
            oidc_scopes: vec!["email".into(), "profile".into()],
            oidc_user_claim: OidcUserClaim::Email,
            social_services: "SOF".into(),
            first_contact_warning_hours: vec![16, 22],
            retention: Retention::default(),
        }
    }
}

/// Flags given on the command line, the last and strongest layer.
#[derive(Debug, Default, Serialize)]
pub struct Overrides {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listen: Option<String>,
}

impl Config {
    /// Builds the configuration from its layers. `file` is read when given, and
    /// `varn.toml` in the working directory is read when it exists.
    pub fn load(file: Option<&Path>, overrides: &Overrides) -> anyhow::Result<Config> {
        Config::load_from(file, overrides, Env::prefixed("VARN_"))
    }

    fn load_from(file: Option<&Path>, overrides: &Overrides, env: Env) -> anyhow::Result<Config> {
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        match file {
            Some(path) => {
                if !path.exists() {
                    anyhow::bail!("configuration file {} does not exist", path.display());
                }
                figment = figment.merge(Toml::file(path));
            }
            None => figment = figment.merge(Toml::file("varn.toml")),
        }
        figment = figment.merge(env).merge(Serialized::defaults(overrides));
        let config: Config = figment.extract().context("invalid configuration")?;
        config.check()?;
        Ok(config)
    }

    /// True when sign-in through the municipality's identity provider is configured.
    pub fn oidc_enabled(&self) -> bool {
        !self.oidc_issuer.trim().is_empty()
    }

    /// Refuses settings that cannot work together, naming the key in Swedish: sign-in
    /// through a provider without what it needs, or no way to sign in at all.
    pub fn check(&self) -> anyhow::Result<()> {
        let cat = crate::i18n::sv();
        let refuse = |key: &str, problem: &str| {
            anyhow::anyhow!(
                "{}",
                cat.f(
                    "config.refused",
                    &[("key", key), ("problem", cat.t(problem))]
                )
            )
        };
        if self.social_services.trim().is_empty() {
            return Err(refuse("social_services", "config.empty"));
        }
        let hours = &self.first_contact_warning_hours;
        if hours.is_empty() {
            return Err(refuse("first_contact_warning_hours", "config.empty"));
        }
        if hours.iter().any(|h| *h == 0 || *h >= 24) {
            return Err(refuse(
                "first_contact_warning_hours",
                "config.past_deadline",
            ));
        }
        if hours.windows(2).any(|w| w[0] >= w[1]) {
            return Err(refuse(
                "first_contact_warning_hours",
                "config.not_increasing",
            ));
        }
        for (key, minimum) in Retention::MINIMUM {
            let months = self.retention.months(key).unwrap_or(0);
            if months < minimum {
                let (name, months, minimum) = (
                    format!("retention.{key}"),
                    months.to_string(),
                    minimum.to_string(),
                );
                let label = format!("retention.type.{key}");
                let kind = cat.t(&label);
                return Err(anyhow::anyhow!(
                    "{}",
                    cat.f(
                        "config.retention_too_short",
                        &[
                            ("key", name.as_str()),
                            ("type", kind),
                            ("months", months.as_str()),
                            ("minimum", minimum.as_str()),
                        ]
                    )
                ));
            }
        }
        if !self.oidc_enabled() {
            if !self.password_sign_in {
                return Err(refuse("password_sign_in", "config.no_way_in"));
            }
            return Ok(());
        }
        let issuer = url::Url::parse(self.oidc_issuer.trim())
            .map_err(|_| refuse("oidc_issuer", "config.not_a_url"))?;
        if !secure_or_loopback(&issuer) || issuer.query().is_some() || issuer.fragment().is_some() {
            return Err(refuse("oidc_issuer", "config.not_https"));
        }
        if self.oidc_client_id.trim().is_empty() {
            return Err(refuse("oidc_client_id", "config.missing"));
        }
        if self.oidc_provider_name.trim().is_empty() {
            return Err(refuse("oidc_provider_name", "config.missing"));
        }
        if self.oidc_provider_name.chars().count() > 80 {
            return Err(refuse("oidc_provider_name", "config.too_long"));
        }
        let bad_scope = |s: &String| {
            s.is_empty()
                || s.len() > 100
                || !s
                    .chars()
                    .all(|c| c.is_ascii_graphic() && c != '"' && c != '\\')
        };
        if self.oidc_scopes.iter().any(bad_scope) {
            return Err(refuse("oidc_scopes", "config.bad_scope"));
        }
        // Both ways to name an account need the e-mail address: `sub` links by it once.
        if !self.oidc_scopes.iter().any(|s| s == "email") {
            return Err(refuse("oidc_scopes", "config.needs_email"));
        }
        let public = url::Url::parse(&self.public_url)
            .map_err(|_| refuse("public_url", "config.not_a_url"))?;
        if !matches!(public.scheme(), "http" | "https") {
            return Err(refuse("public_url", "config.not_a_url"));
        }
        Ok(())
    }
}

/// HTTPS, or plain HTTP to this machine (a provider on loopback, as in the tests).
fn secure_or_loopback(url: &url::Url) -> bool {
    match url.scheme() {
        "https" => url.host().is_some(),
        "http" => match url.host() {
            Some(url::Host::Domain(d)) => d == "localhost",
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        },
        _ => false,
    }
}

#[cfg(test)]
#[allow(clippy::result_large_err)] // figment::Jail's own error type
mod tests {
    use super::*;

    #[test]
    fn layers_apply_in_order() {
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "varn.toml",
                "listen = \"127.0.0.1:9000\"\nsession_hours = 4\n",
            )?;
            jail.set_env("VARN_SESSION_HOURS", "6");
            let overrides = Overrides {
                listen: Some("127.0.0.1:7000".into()),
                ..Overrides::default()
            };
            let config = Config::load(None, &overrides).map_err(|e| e.to_string())?;
            assert_eq!(config.listen, "127.0.0.1:7000");
            assert_eq!(config.session_hours, 6);
            assert_eq!(config.database_url.expose(), "sqlite://varn.db");
            Ok(())
        });
    }

    #[test]
    fn unknown_keys_are_rejected() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("varn.toml", "lissten = \"x\"\n")?;
            let err = Config::load(None, &Overrides::default()).expect_err("must fail");
            assert!(format!("{err:#}").contains("lissten"));
            jail.create_file("varn.toml", "")?;
            jail.set_env("VARN_DATABSE_URL", "sqlite://x.db");
            assert!(Config::load(None, &Overrides::default()).is_err());
            Ok(())
        });
    }

    #[test]
    fn secrets_never_print() {
        let config = Config {
            database_url: Secret::new("postgres://u:hunter2@db/varn"),
            oidc_client_secret: Secret::new("s3cret-of-the-city"),
            ..Config::default()
        };
        let printed = format!("{config:?}");
        assert!(!printed.contains("hunter2"));
        assert!(!printed.contains("s3cret-of-the-city"));
    }

    fn oidc() -> Config {
        Config {
            oidc_issuer: "https://login.example.se/tenant/v2.0".into(),
            oidc_provider_name: "Stadens inloggning".into(),
            oidc_client_id: "varn".into(),
            oidc_client_secret: Secret::new("x"),
            ..Config::default()
        }
    }

    #[test]
    fn a_wrong_oidc_configuration_is_refused_naming_the_key() {
        assert!(oidc().check().is_ok());
        assert!(Config {
            oidc_issuer: "http://127.0.0.1:4000".into(),
            ..oidc()
        }
        .check()
        .is_ok());
        let cases: Vec<(Config, &str)> = vec![
            (
                Config {
                    oidc_issuer: "inte en adress".into(),
                    ..oidc()
                },
                "oidc_issuer",
            ),
            (
                Config {
                    oidc_issuer: "http://login.example.se".into(),
                    ..oidc()
                },
                "oidc_issuer",
            ),
            (
                Config {
                    oidc_client_id: " ".into(),
                    ..oidc()
                },
                "oidc_client_id",
            ),
            (
                Config {
                    oidc_provider_name: String::new(),
                    ..oidc()
                },
                "oidc_provider_name",
            ),
            (
                Config {
                    oidc_scopes: vec!["email profile".into()],
                    ..oidc()
                },
                "oidc_scopes",
            ),
            (
                Config {
                    oidc_scopes: vec!["profile".into()],
                    ..oidc()
                },
                "oidc_scopes",
            ),
            (
                Config {
                    password_sign_in: false,
                    ..Config::default()
                },
                "password_sign_in",
            ),
        ];
        for (config, key) in cases {
            let message = format!("{:#}", config.check().expect_err(key));
            assert!(message.contains(key), "{message}");
            assert!(message.contains("Inställningen"), "{message}");
        }
        assert!(Config {
            oidc_scopes: vec!["profile".into()],
            oidc_user_claim: OidcUserClaim::Sub,
            ..oidc()
        }
        .check()
        .is_err());
    }

    #[test]
    fn a_retention_period_shorter_than_the_figures_need_is_refused_naming_the_type() {
        assert!(Config::default().check().is_ok());
        for (key, minimum) in Retention::MINIMUM {
            let mut config = Config::default();
            match key {
                "forms" => config.retention.forms = minimum - 1,
                "ia" => config.retention.ia = minimum - 1,
                "training" => config.retention.training = minimum - 1,
                "audit_log" => config.retention.audit_log = minimum - 1,
                "consultations" => config.retention.consultations = minimum - 1,
                "survey" => config.retention.survey = minimum - 1,
                _ => config.retention.imports = minimum - 1,
            }
            let message = format!("{:#}", config.check().expect_err(key));
            assert!(message.contains(&format!("retention.{key}")), "{message}");
            let label = format!("retention.type.{key}");
            assert!(message.contains(crate::i18n::sv().t(&label)), "{message}");
            assert!(message.contains(&minimum.to_string()), "{message}");
        }
    }

    #[test]
    fn a_survey_retention_shorter_than_two_years_is_refused_naming_survey_answers() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("varn.toml", "[retention]\nsurvey = 23\n")?;
            let err = Config::load(None, &Overrides::default()).expect_err("too short");
            let err = format!("{err:#}");
            assert!(err.contains("retention.survey"), "{err}");
            assert!(err.contains("Enkätsvar"), "{err}");
            assert!(err.contains("24"), "{err}");
            jail.create_file("varn.toml", "[retention]\nsurvey = 24\n")?;
            let config = Config::load(None, &Overrides::default()).map_err(|e| e.to_string())?;
            assert_eq!(config.retention.survey, 24);
            assert_eq!(Retention::default().survey, 60);
            Ok(())
        });
    }

    #[test]
    fn retention_periods_come_from_the_file() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("varn.toml", "[retention]\nia = 120\n")?;
            let config = Config::load(None, &Overrides::default()).map_err(|e| e.to_string())?;
            assert_eq!(config.retention.ia, 120);
            assert_eq!(config.retention.training, Retention::default().training);
            jail.create_file("varn.toml", "[retention]\nforms = 12\n")?;
            assert!(Config::load(None, &Overrides::default()).is_err());
            jail.create_file("varn.toml", "[retention]\ntraining = 6\n")?;
            let err = Config::load(None, &Overrides::default()).expect_err("too short");
            assert!(format!("{err:#}").contains("retention.training"));
            jail.create_file("varn.toml", "[retention]\nconsultations = 23\n")?;
            let err = Config::load(None, &Overrides::default()).expect_err("too short");
            let err = format!("{err:#}");
            assert!(err.contains("retention.consultations"), "{err}");
            assert!(
                err.contains("Konsultationer och 24-timmarsärenden"),
                "{err}"
            );
            jail.create_file("varn.toml", "[retention]\nconsultations = 48\n")?;
            let config = Config::load(None, &Overrides::default()).map_err(|e| e.to_string())?;
            assert_eq!(config.retention.consultations, 48);
            Ok(())
        });
    }

    #[test]
    fn oidc_settings_come_from_the_environment() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("VARN_OIDC_ISSUER", "https://login.example.se");
            jail.set_env("VARN_OIDC_CLIENT_ID", "varn");
            jail.set_env("VARN_OIDC_PROVIDER_NAME", "Stadens inloggning");
            jail.set_env("VARN_OIDC_USER_CLAIM", "sub");
            jail.set_env("VARN_OIDC_SCOPES", "[email, profile, groups]");
            jail.set_env("VARN_PASSWORD_SIGN_IN", "false");
            let config = Config::load(None, &Overrides::default()).map_err(|e| e.to_string())?;
            assert_eq!(config.oidc_user_claim, OidcUserClaim::Sub);
            assert_eq!(config.oidc_scopes, ["email", "profile", "groups"]);
            assert!(!config.password_sign_in);
            jail.set_env("VARN_OIDC_CLIENT_ID", "");
            let err = Config::load(None, &Overrides::default()).expect_err("must fail");
            assert!(format!("{err:#}").contains("oidc_client_id"));
            Ok(())
        });
    }
}
