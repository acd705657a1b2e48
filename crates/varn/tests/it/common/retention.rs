//! What the retention tests share: the shortest periods configuration allows (so the demo's
//! old rows expire), the time they run as of, and a count by SQL.

use chrono::NaiveDateTime;
use varn::config::Retention;
use varn::db::Db;

/// Every type at its minimum.
pub const PERIODS: Retention = Retention {
    forms: 24,
    ia: 24,
    training: 24,
    audit_log: 24,
    imports: 1,
    consultations: 24,
    survey: 24,
};

/// Noon today, the time the purges run as of.
pub fn now() -> NaiveDateTime {
    NaiveDateTime::parse_from_str(&format!("{}T12:00", varn::db::today()), "%Y-%m-%dT%H:%M")
        .expect("now")
}

pub async fn count(db: &Db, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(db.pool())
        .await
        .expect(sql)
}
