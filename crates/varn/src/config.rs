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
        figment.extract().context("invalid configuration")
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
            ..Config::default()
        };
        assert!(!format!("{config:?}").contains("hunter2"));
    }
}
