//! E-mail: the one place that sends it, over SMTP when `smtp_url` is configured (lettre,
//! the maintained SMTP client for Rust, with rustls). Without `smtp_url` there is no
//! mailer, and the interface says that reminders are shown but not sent.

use anyhow::Context;
use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::Config;

/// Sends e-mail through the configured SMTP server.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The transport holds the SMTP credentials: never printed.
        f.debug_struct("Mailer").field("from", &self.from).finish()
    }
}

impl Mailer {
    /// The mailer of a configuration; `None` when no SMTP server is configured.
    pub fn from_config(config: &Config) -> anyhow::Result<Option<Mailer>> {
        let url = config.smtp_url.expose().trim();
        if url.is_empty() {
            return Ok(None);
        }
        // The URL may hold a password: errors name the setting, never its value.
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|_| anyhow::anyhow!("smtp_url is not a valid SMTP URL"))?
            .build();
        let from = config.mail_from.parse().with_context(|| {
            format!("mail_from ”{}” is not an e-mail address", config.mail_from)
        })?;
        Ok(Some(Mailer { transport, from }))
    }

    /// Sends one plain-text message to the given addresses.
    pub async fn send(&self, to: &[String], subject: &str, body: &str) -> anyhow::Result<()> {
        let mut message = Message::builder().from(self.from.clone());
        for address in to {
            message = message.to(address
                .parse()
                .with_context(|| format!("{address} is not an e-mail address"))?);
        }
        let message = message
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body.to_string())
            .context("could not build the message")?;
        self.transport
            .send(message)
            .await
            .context("the SMTP server did not take the message")?;
        Ok(())
    }
}
