//! The `varn` command line. Command names and flags are a contract that outside scripts
//! use: `serve`, `migrate`, `demo`, `user add`, `token create`, `pii scan`.

use std::io::BufRead;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::mail::Mailer;
use crate::web::capability::TickContext;
use anyhow::{bail, Context};
use clap::{Args, Parser, Subcommand};

use crate::app::App;
use crate::audit::{self, Actor, Entry};
use crate::auth::{password, Role};
use crate::config::{Config, LogFormat, Overrides};
use crate::people::{self as people, NewGrant};

#[derive(Debug, Parser)]
#[command(
    name = "varn",
    version,
    about = "Värn: the municipality's work against violent extremism"
)]
pub struct Cli {
    /// Database URL: sqlite://FILE (default sqlite://varn.db) or postgres://…
    #[arg(long, global = true, env = "VARN_DATABASE_URL", hide_env_values = true)]
    database_url: Option<String>,
    /// A TOML configuration file (default: varn.toml when it exists).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Runs the web server (migrating the database first).
    Serve {
        /// Address to listen on.
        #[arg(long)]
        listen: Option<String>,
        /// Creates or updates the demo municipality before serving.
        #[arg(long)]
        demo: bool,
    },
    /// Runs the database migrations and exits.
    Migrate,
    /// Creates or updates the demo municipality; running it twice changes nothing.
    Demo,
    /// Manages users.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Manages API tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Action plans: import and export.
    Plan {
        #[command(subcommand)]
        command: PlanCommand,
    },
    /// The situational picture: its compiled document.
    Situation {
        #[command(subcommand)]
        command: SituationCommand,
    },
    /// The city-wide follow-up for the executive board.
    City {
        #[command(subcommand)]
        command: CityCommand,
    },
    /// Sends the follow-up reminders that are due by e-mail (needs smtp_url); each is sent
    /// once. `serve` does this by itself (each capability's scheduled work, at its own
    /// interval); this is for a scheduled job.
    Reminders {
        /// Act as of this time (UTC, `2026-11-30T12:00`) instead of now; for tests and for
        /// catching up after a stop.
        #[arg(long)]
        now: Option<String>,
    },
    /// Retention (gallring): what has expired by each record type's period in the
    /// configuration (`[retention]`). `serve` purges by itself every six hours; this is for
    /// a scheduled job and for seeing what would go first.
    Retention {
        #[command(subcommand)]
        command: RetentionCommand,
    },
    /// Writes a consistent copy of the SQLite database while the server runs (PostgreSQL:
    /// use pg_dump; see README).
    Backup {
        /// The file to write; it must not exist.
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Restores a backup into an empty SQLite database and migrates it.
    Restore {
        /// The backup written by `varn backup`.
        file: std::path::PathBuf,
    },
    /// The PII guard.
    Pii {
        #[command(subcommand)]
        command: PiiCommand,
    },
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Adds a user; the password is read from standard input (one line).
    Add(UserAdd),
}

#[derive(Debug, Args)]
struct UserAdd {
    #[arg(long)]
    email: String,
    #[arg(long)]
    name: String,
    /// employee, partner, manager, coordinator, central_coordinator, reader or administrator
    #[arg(long)]
    role: String,
    /// Administration codes separated by commas, or `all` for the whole municipality.
    #[arg(long, default_value = "all")]
    scope: String,
}

#[derive(Debug, Subcommand)]
enum TokenCommand {
    /// Prints a new API bearer token for a user.
    Create {
        #[arg(long)]
        email: String,
        /// What the token is for.
        #[arg(long, default_value = "")]
        label: String,
    },
}

#[derive(Debug, Subcommand)]
enum PlanCommand {
    /// Imports a plan from a JSON file (docs/plan-json.md); all or nothing.
    Import {
        /// The JSON file.
        file: PathBuf,
    },
    /// Writes a plan to a file as JSON, Word (docx) or PDF.
    Export {
        /// The plan's id.
        plan: i64,
        /// json, docx or pdf
        #[arg(long, default_value = "json")]
        format: String,
        /// The file to write.
        #[arg(long)]
        out: PathBuf,
        /// Writes the follow-up report at this point (T1, T2, VB or a date) instead of the
        /// plan; docx or pdf only.
        #[arg(long)]
        point: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
enum SituationCommand {
    /// Writes an administration's picture of a year, with exact figures, as Word or PDF.
    Export {
        /// The administration's code, e.g. SOD.
        #[arg(long)]
        administration: String,
        #[arg(long)]
        year: i64,
        /// docx or pdf
        #[arg(long, default_value = "docx")]
        format: String,
        /// The file to write.
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
enum CityCommand {
    /// Writes the year's city-wide follow-up (every administration, figures suppressed) as
    /// Word or PDF.
    Export {
        #[arg(long)]
        year: i32,
        /// docx or pdf
        #[arg(long, default_value = "docx")]
        format: String,
        /// The file to write.
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
enum RetentionCommand {
    /// Shows, per record type, how many rows the next run would delete and the cut-off;
    /// deletes nothing.
    Plan {
        /// As of this time (UTC, `2026-11-30T12:00`) instead of now.
        #[arg(long)]
        now: Option<String>,
    },
    /// Deletes what has expired, in batches (each its own transaction, written to the audit
    /// log); a run stopped halfway can simply run again.
    Run {
        /// As of this time (UTC, `2026-11-30T12:00`) instead of now.
        #[arg(long)]
        now: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
enum PiiCommand {
    /// Scans text from standard input for identifying information.
    Scan {
        /// Reads JSON lines {"id":…, "text":…} and writes one result line per input.
        #[arg(long)]
        jsonl: bool,
    },
}

/// Entry point: parses, runs, prints the error chain on failure.
pub fn main() -> ExitCode {
    // A panic message can quote the text being handled (a slicing error shows the string),
    // so only the place is printed, never the payload.
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        tracing::error!(at = %at, "internal error (panic)");
        eprintln!("varn: internt fel vid {at}");
    }));
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("varn: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_new(&config.log)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match config.log_format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

fn run(cli: Cli) -> anyhow::Result<()> {
    if let Command::Pii {
        command: PiiCommand::Scan { jsonl },
    } = &cli.command
    {
        return pii_scan(*jsonl);
    }
    let listen = match &cli.command {
        Command::Serve { listen, .. } => listen.clone(),
        _ => None,
    };
    let overrides = Overrides {
        database_url: cli.database_url.clone(),
        listen,
    };
    let config = Config::load(cli.config.as_deref(), &overrides)?;
    init_logging(&config);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("could not start the runtime")?;
    runtime.block_on(async move {
        match cli.command {
            Command::Serve { demo, .. } => serve(config, demo).await,
            Command::Migrate => {
                crate::app::prepare(config.database_url.expose()).await?;
                println!("Databasen är uppdaterad.");
                Ok(())
            }
            Command::Demo => {
                let db = crate::app::prepare(config.database_url.expose()).await?;
                let report = crate::demo::load(&db).await?;
                println!("{report}");
                Ok(())
            }
            Command::User {
                command: UserCommand::Add(add),
            } => user_add(&config, add).await,
            Command::Token {
                command: TokenCommand::Create { email, label },
            } => token_create(&config, &email, &label).await,
            Command::Plan { command } => plan_command(&config, command).await,
            Command::Situation {
                command:
                    SituationCommand::Export {
                        administration,
                        year,
                        format,
                        out,
                    },
            } => situation_export(&config, &administration, year, &format, &out).await,
            Command::City {
                command: CityCommand::Export { year, format, out },
            } => city_export(&config, year, &format, &out).await,
            Command::Reminders { now } => {
                let mailer = Mailer::from_config(&config)?;
                if mailer.is_none() {
                    bail!("ingen e-postserver är inställd (smtp_url): inga påminnelser skickades");
                }
                let now = match now {
                    Some(text) => parse_now(&text)?,
                    None => chrono::Utc::now().naive_utc(),
                };
                let cx = TickContext {
                    db: crate::app::prepare(config.database_url.expose()).await?,
                    mailer,
                    public_url: config.public_url.clone(),
                    now,
                    config: std::sync::Arc::new(config.clone()),
                };
                let mut failed = 0;
                for c in crate::app::CAPABILITIES {
                    let Some(tick) = c.tick else { continue };
                    let report = crate::web::capability::run_tick(c.name, &tick, &cx)
                        .await
                        .map_err(|e| anyhow::anyhow!("{}", describe(e)))?;
                    let Some(report) = report else {
                        println!(
                            "{}",
                            crate::i18n::sv().f("shell.tick_elsewhere", &[("name", c.name)])
                        );
                        continue;
                    };
                    for line in &report.lines {
                        println!("{line}");
                    }
                    failed += report.failed;
                }
                if failed > 0 {
                    bail!("{failed} e-brev kunde inte skickas; de försöks igen nästa gång");
                }
                Ok(())
            }
            Command::Retention { command } => retention_command(&config, command).await,
            Command::Backup { out } => {
                let db = crate::db::Db::connect(config.database_url.expose()).await?;
                crate::db::backup::backup(&db, &out).await?;
                println!("Säkerhetskopian är skriven till {}.", out.display());
                Ok(())
            }
            Command::Restore { file } => {
                crate::db::backup::restore(config.database_url.expose(), &file).await?;
                println!("Säkerhetskopian är återställd och databasen uppdaterad.");
                Ok(())
            }
            Command::Pii { .. } => Ok(()),
        }
    })
}

async fn serve(config: Config, demo: bool) -> anyhow::Result<()> {
    let listen = config.listen.clone();
    let app = App::build(config).await?;
    if demo {
        let report = crate::demo::load(&app.state.db).await?;
        println!("{report}");
    }
    let listener = tokio::net::TcpListener::bind(&listen)
        .await
        .with_context(|| format!("could not listen on {listen}"))?;
    spawn_ticks(&app.state)?;
    let addr = listener.local_addr()?;
    // Scripts read this line to find the port when listening on port 0.
    println!("Värn lyssnar på http://{addr}");
    tracing::info!(%addr, backend = app.state.db.backend().name(), "listening");
    app.serve(listener).await
}

/// Runs every capability's scheduled work (`Capability::tick`) at its own interval, on the
/// wall clock, for as long as the server runs. A tick that fails is logged and tried again
/// at its next turn.
fn spawn_ticks(state: &crate::web::AppState) -> anyhow::Result<()> {
    let mailer = Mailer::from_config(&state.config)?;
    let db = state.db.clone();
    let public_url = state.config.public_url.clone();
    let config = state.config.clone();
    tokio::spawn(async move {
        let mut ticks: Vec<_> = crate::app::CAPABILITIES
            .iter()
            .filter_map(|c| c.tick.map(|t| (c.name, t)))
            .collect();
        let mut due = vec![tokio::time::Instant::now(); ticks.len()];
        // The purge first runs a while after the start, not in the middle of it.
        ticks.push((crate::retention::NAME, crate::app::RETENTION_TICK));
        due.push(tokio::time::Instant::now() + std::time::Duration::from_secs(10 * 60));
        let mut beat = tokio::time::interval(std::time::Duration::from_secs(15));
        loop {
            beat.tick().await;
            let cx = TickContext {
                db: db.clone(),
                mailer: mailer.clone(),
                public_url: public_url.clone(),
                now: chrono::Utc::now().naive_utc(),
                config: config.clone(),
            };
            for ((name, tick), next) in ticks.iter().zip(due.iter_mut()) {
                if tokio::time::Instant::now() < *next {
                    continue;
                }
                *next = tokio::time::Instant::now() + tick.every;
                match crate::web::capability::run_tick(name, tick, &cx).await {
                    Ok(Some(report)) if report.failed > 0 => {
                        tracing::warn!(
                            capability = name,
                            failed = report.failed,
                            "e-mail could not be sent; tried again later"
                        )
                    }
                    Ok(Some(_)) => {
                        tracing::info!(capability = name, "scheduled work done")
                    }
                    Ok(None) => {
                        tracing::info!(
                            capability = name,
                            "scheduled work left to another process running it now"
                        )
                    }
                    Err(e) => {
                        tracing::warn!(capability = name, error = %e, "scheduled work could not run")
                    }
                }
            }
        }
    });
    Ok(())
}

async fn retention_command(config: &Config, command: RetentionCommand) -> anyhow::Result<()> {
    let db = crate::app::prepare(config.database_url.expose()).await?;
    let purges = crate::app::purges();
    let (RetentionCommand::Plan { now } | RetentionCommand::Run { now }) = &command;
    let now = match now {
        Some(text) => parse_now(text)?,
        None => chrono::Utc::now().naive_utc(),
    };
    let lines = match command {
        RetentionCommand::Plan { .. } => {
            let planned = crate::retention::plan(&db, &config.retention, now, &purges)
                .await
                .map_err(|e| anyhow::anyhow!("{}", describe(e)))?;
            crate::retention::plan_lines(&planned)
        }
        RetentionCommand::Run { .. } => {
            let purged = crate::retention::run_exclusive(
                &db,
                &config.retention,
                now,
                &purges,
                crate::retention::Limits::default(),
            )
            .await
            .map_err(|e| anyhow::anyhow!("{}", describe(e)))?;
            match purged {
                Some(purged) => crate::retention::run_lines(&purged),
                None => vec![crate::i18n::sv().t("retention.elsewhere").to_string()],
            }
        }
    };
    for line in lines {
        println!("{line}");
    }
    Ok(())
}

/// A time given on the command line, in UTC: `2026-11-30T12:00` or `2026-11-30T12:00:00`.
fn parse_now(text: &str) -> anyhow::Result<chrono::NaiveDateTime> {
    let text = text.trim().trim_end_matches('Z');
    chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M"))
        .map_err(|_| {
            anyhow::anyhow!(
                "--now: ange tiden i UTC som ÅÅÅÅ-MM-DDTTT:MM, till exempel 2026-11-30T12:00"
            )
        })
}

async fn user_add(config: &Config, add: UserAdd) -> anyhow::Result<()> {
    let Some(role) = Role::parse(&add.role) else {
        bail!("okänd roll ”{}”: använd employee, partner, manager, coordinator, central_coordinator, reader eller administrator", add.role);
    };
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("could not read the password from standard input")?;
    let password_text = line.trim_end_matches(['\r', '\n']).to_string();
    if let Err(message) = password::check_strength(&password_text) {
        bail!("{message}");
    }
    let db = crate::app::prepare(config.database_url.expose()).await?;
    let mut admins = Vec::new();
    if add.scope.trim() != "all" {
        for code in add
            .scope
            .split(',')
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            match crate::org::administration_by_code(&db, code).await? {
                Some(id) => admins.push(Some(id)),
                None => bail!("okänd förvaltning ”{code}”"),
            }
        }
    }
    if admins.is_empty() {
        admins.push(None);
    }
    let hash = password::hash(password_text).await?;
    let mut tx = db.begin_write().await?;
    let actor = Actor::system("cli");
    let id = match people::id_by_email(&mut tx, &add.email).await? {
        Some(id) => {
            people::set_password(&mut tx, id, &hash).await?;
            id
        }
        None => people::create(&mut tx, &add.email, &add.name, Some(&hash))
            .await
            .map_err(|e| anyhow::anyhow!("{}", describe(e)))?,
    };
    for admin in admins {
        let grant = NewGrant {
            role: role.as_str().into(),
            administration_id: admin,
            unit_id: None,
        };
        people::check_grant(&mut tx, &grant, None)
            .await
            .map_err(|e| anyhow::anyhow!("{}", describe(e)))?;
        people::add_grant(&mut tx, id, role, admin, None)
            .await
            .map_err(|e| anyhow::anyhow!("{}", describe(e)))?;
    }
    audit::record(
        &mut tx,
        &actor,
        Entry::new(
            crate::audit::Action::Create,
            crate::people::Record::User,
            id,
        )
        .summary(format!(
            "{} ({})",
            people::normalise_email(&add.email),
            role.label()
        )),
    )
    .await?;
    tx.commit().await?;
    println!(
        "Användaren {} har lagts till.",
        people::normalise_email(&add.email)
    );
    Ok(())
}

/// A domain error as one Swedish line for the terminal.
fn describe(err: crate::kernel::error::Error) -> String {
    match err {
        crate::kernel::error::Error::Invalid(problems) => problems
            .iter()
            .map(|p| p.sentence())
            .collect::<Vec<_>>()
            .join(" "),
        crate::kernel::error::Error::Conflict(m) => m,
        other => format!("{other:#}"),
    }
}

async fn token_create(config: &Config, email: &str, label: &str) -> anyhow::Result<()> {
    let db = crate::app::prepare(config.database_url.expose()).await?;
    let mut conn = db.pool().acquire().await?;
    let Some(user_id) = people::id_by_email(&mut conn, email)
        .await
        .map_err(|e| anyhow::anyhow!("{}", describe(e)))?
    else {
        bail!("det finns ingen användare med e-postadressen {email}");
    };
    drop(conn);
    let token = crate::auth::tokens::create(&db, user_id, label).await?;
    audit::record_now(
        &db,
        &Actor::system("cli"),
        Entry::new(
            crate::audit::Action::TokenCreate,
            crate::auth::Record::ApiToken,
            user_id,
        )
        .summary(label.to_string()),
    )
    .await?;
    println!("{token}");
    Ok(())
}

fn pii_scan(jsonl: bool) -> anyhow::Result<()> {
    let guard = varn_pii::Guard::new();
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    if jsonl {
        crate::pii_cli::scan_jsonl(&guard, stdin.lock(), stdout.lock())?;
    } else {
        crate::pii_cli::scan_plain(&guard, stdin.lock(), stdout.lock())?;
    }
    Ok(())
}

async fn situation_export(
    config: &Config,
    code: &str,
    year: i64,
    format: &str,
    out: &std::path::Path,
) -> anyhow::Result<()> {
    use crate::situation::{document, figures, narrative};
    if !matches!(format, "docx" | "pdf") {
        bail!("okänt format ”{format}”: använd docx eller pdf");
    }
    let db = crate::app::prepare(config.database_url.expose()).await?;
    let Some(admin) = crate::org::administration_by_code(&db, code).await? else {
        bail!("okänd förvaltning ”{code}”");
    };
    let fail = |e: crate::kernel::error::Error| anyhow::anyhow!("{}", describe(e));
    let year = narrative::check_year(year).map_err(fail)?;
    let administration = crate::org::get_administration(&db, admin)
        .await
        .map_err(fail)?;
    let n = narrative::load(&db, admin, year).await.map_err(fail)?;
    narrative::record_read(&db, &Actor::system("cli"), &n, format)
        .await
        .map_err(fail)?;
    let others = crate::web::capability::picture_grids(
        crate::app::CAPABILITIES,
        &db,
        admin,
        &administration.name,
    )
    .await
    .map_err(fail)?;
    let figures = figures::figures(&db, admin, &administration.name, Some(year), 0, others)
        .await
        .map_err(fail)?;
    let blocks = document::blocks(&administration.name, &n, &figures, true);
    let title = document::title(year);
    let labels = document::labels();
    let bytes = if format == "docx" {
        varn_docs::docx::render(&title, &administration.name, &blocks, &labels)?
    } else {
        varn_docs::pdf::render(&title, &administration.name, &blocks, &labels)
    };
    std::fs::write(out, bytes).with_context(|| format!("could not write {}", out.display()))?;
    println!("Lägesbilden är skriven till {}.", out.display());
    Ok(())
}

async fn city_export(
    config: &Config,
    year: i32,
    format: &str,
    out: &std::path::Path,
) -> anyhow::Result<()> {
    use crate::citywide::{desk, document};
    if !matches!(format, "docx" | "pdf") {
        bail!("okänt format ”{format}”: använd docx eller pdf");
    }
    let fail = |e: crate::kernel::error::Error| anyhow::anyhow!("{}", describe(e));
    let year = desk::year_of(Some(&year.to_string())).map_err(fail)?;
    let db = crate::app::prepare(config.database_url.expose()).await?;
    let d = desk::desk_for(
        crate::app::CAPABILITIES,
        &db,
        &crate::kernel::scope::Scope::All,
        year,
    )
    .await
    .map_err(fail)?;
    let municipality = crate::org::municipality_name(&db).await?;
    let blocks = document::blocks(&d, &municipality);
    let title = document::title(year);
    let labels = document::labels();
    let bytes = if format == "docx" {
        varn_docs::docx::render(&title, &municipality, &blocks, &labels)?
    } else {
        varn_docs::pdf::render(&title, &municipality, &blocks, &labels)
    };
    std::fs::write(out, bytes).with_context(|| format!("could not write {}", out.display()))?;
    println!("Stadens uppföljning är skriven till {}.", out.display());
    Ok(())
}

async fn plan_command(config: &Config, command: PlanCommand) -> anyhow::Result<()> {
    let db = crate::app::prepare(config.database_url.expose()).await?;
    match command {
        PlanCommand::Import { file } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("could not read {}", file.display()))?;
            let json: crate::plans::json::PlanJson = serde_json::from_str(&text).map_err(|e| {
                anyhow::anyhow!("filen är inte en plan i formatet varn-plan/1: {e}")
            })?;
            let mut tx = db.begin_write().await?;
            let id = crate::plans::json::import(&mut tx, &Actor::system("cli"), &json)
                .await
                .map_err(|e| anyhow::anyhow!("{}", describe(e)))?;
            tx.commit().await?;
            println!("Planen är inläst med id {id}.");
        }
        PlanCommand::Export {
            plan,
            format,
            out,
            point,
        } => {
            let mut conn = db.pool().acquire().await?;
            let bytes = match (format.as_str(), point) {
                ("docx" | "pdf", Some(point)) => {
                    let p =
                        crate::plans::get_plan(&mut conn, crate::plans::domain::PlanId::new(plan))
                            .await
                            .map_err(|e| anyhow::anyhow!("{}", describe(e)))?;
                    let Some(point) = crate::plans::domain::Point::parse(&point) else {
                        bail!(
                            "okänd uppföljningspunkt ”{point}”: använd T1, T2, VB eller ett datum"
                        );
                    };
                    let blocks = crate::plans::doc::follow_up_blocks(&p, &point);
                    let title = format!("{} {}", p.title, point.code());
                    let labels = crate::plans::doc::labels();
                    if format == "docx" {
                        varn_docs::docx::render(&title, &p.administration, &blocks, &labels)?
                    } else {
                        varn_docs::pdf::render(&title, &p.administration, &blocks, &labels)
                    }
                }
                (_, Some(_)) => bail!("en uppföljningsrapport skrivs som docx eller pdf"),
                ("json", None) => {
                    let json = crate::plans::json::export(
                        &mut conn,
                        crate::plans::domain::PlanId::new(plan),
                    )
                    .await
                    .map_err(|e| anyhow::anyhow!("{}", describe(e)))?;
                    serde_json::to_vec_pretty(&json)?
                }
                ("docx" | "pdf", None) => {
                    let p =
                        crate::plans::get_plan(&mut conn, crate::plans::domain::PlanId::new(plan))
                            .await
                            .map_err(|e| anyhow::anyhow!("{}", describe(e)))?;
                    if format == "docx" {
                        crate::plans::doc::docx(&p)?
                    } else {
                        crate::plans::doc::pdf(&p)
                    }
                }
                (other, None) => bail!("okänt format ”{other}”: använd json, docx eller pdf"),
            };
            std::fs::write(&out, bytes)
                .with_context(|| format!("could not write {}", out.display()))?;
            println!("Planen är skriven till {}.", out.display());
        }
    }
    Ok(())
}
