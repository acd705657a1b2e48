//! Importing an association list (CSV or XLSX) into an administration's register: one row
//! per association with `organisationsnummer`, `namn`, `typ` and an optional `kontaktroll`.
//! All or nothing: every row is checked (the check digit, a personal identity number, the
//! kind, the PII guard over the texts, a number twice in the file), every problem is named
//! with its row and field, and nothing is written unless the whole file is clean.

use std::collections::HashMap;
use varn_house::kernel::ids::AdministrationId;

use serde::Serialize;

use crate::service::{field, GrantsAssociationInput};
use crate::store::{self, NewAssociation};
use crate::Record;
use varn_house::audit::{self, Action, Actor, Entry};
use varn_house::i18n;
use varn_house::import::table::{self as tabular, cell, Limits};
use varn_house::kernel::error::{Error, Problem, Result};

/// An association list: a municipality has some thousands of associations.
const LIMITS: Limits = Limits {
    rows: 10_000,
    columns: 20,
    cells: 100_000,
};

/// What an import did.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct GrantsImported {
    pub read: usize,
    /// Associations new to the municipality's register.
    pub new: usize,
    /// Associations already registered (by this or another administration), now linked.
    pub linked: usize,
}

/// Reads and checks a file: the associations, or every problem with its row and field.
pub fn read(bytes: &[u8], guard: &varn_pii::Guard) -> Result<Vec<NewAssociation>> {
    let t = tabular::read(bytes, LIMITS)?;
    let cat = i18n::sv();
    let org = t.column(&["organisationsnummer", "orgnr", "org nr", "organisationsnr"]);
    let name = t.column(&["namn", "föreningens namn", "förening"]);
    let kind = t.column(&["typ", "föreningstyp", "typ av förening"]);
    let role = t.column(&["kontaktroll", "kontaktpersonens roll", "roll"]);
    let missing: Vec<Problem> = [(org, "org_number"), (name, "name"), (kind, "kind")]
        .iter()
        .filter(|(c, _)| c.is_none())
        .map(|(_, k)| Problem::row(1, field(k), cat.t("import.missing_column")))
        .collect();
    if !missing.is_empty() {
        return Err(Error::Invalid(missing));
    }
    let mut problems = Vec::new();
    let mut out = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for row in &t.rows {
        let input = GrantsAssociationInput {
            org_number: cell(row, org).into(),
            name: cell(row, name).into(),
            kind: cell(row, kind).into(),
            contact_role: cell(row, role).into(),
        };
        match input.check(guard, Some(row.line)) {
            Ok(a) => {
                if let Some(first) = seen.insert(a.org_number.clone(), row.line) {
                    problems.push(Problem::row(
                        row.line,
                        field("org_number"),
                        cat.f("grants.number_twice", &[("row", &first.to_string())]),
                    ));
                }
                out.push(a);
            }
            Err(Error::Invalid(p)) => problems.extend(p),
            Err(e) => return Err(e),
        }
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    Ok(out)
}

/// Reads, checks and registers a file of `admin`'s associations, all or nothing.
pub async fn import(
    state: &varn_house::web::AppState,
    actor: &Actor,
    admin: AdministrationId,
    bytes: Vec<u8>,
) -> Result<GrantsImported> {
    let guard = state.pii.get();
    let rows = state.work.try_run(move || read(&bytes, &guard)).await?;
    let mut tx = state.db.begin_write().await?;
    let mut done = GrantsImported {
        read: rows.len(),
        ..Default::default()
    };
    for a in &rows {
        let (id, new) = store::register(&mut tx, &actor.label, admin, a).await?;
        if new {
            done.new += 1;
        } else {
            done.linked += 1;
        }
        audit::record(
            &mut tx,
            actor,
            Entry::new(
                if new { Action::Create } else { Action::Update },
                Record::Association,
                id,
            )
            .admin(Some(admin))
            .summary(a.org_number.clone()),
        )
        .await?;
    }
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Import, Record::Association, admin)
            .admin(Some(admin))
            .summary(format!("{} / {}", done.read, done.new)),
    )
    .await?;
    tx.commit().await?;
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_list_is_refused_whole_naming_rows_and_fields() {
        let guard = varn_pii::Guard::default();
        let good = "Organisationsnummer;Namn;Typ;Kontaktroll\n802400-1235;Bollklubben;sports;Ordförande\n802455-6675;Mosaik;Kulturförening;\n";
        assert_eq!(read(good.as_bytes(), &guard).expect("good").len(), 2);
        let bad = "Organisationsnummer;Namn;Typ\n802400-1235;Bollklubben;sports\n802400-1236;Felet;sports\n811228-9874;Firman;other\n802400-1235;Igen;sports\n802455-6675;Mosaik;okänd\n";
        let Err(Error::Invalid(p)) = read(bad.as_bytes(), &guard) else {
            panic!("a bad list was taken");
        };
        let at: Vec<(Option<usize>, &str)> = p.iter().map(|p| (p.row, p.field.as_str())).collect();
        assert_eq!(
            at,
            vec![
                (Some(3), "Organisationsnummer"),
                (Some(4), "Organisationsnummer"),
                (Some(5), "Organisationsnummer"),
                (Some(6), "Typ av förening"),
            ]
        );
        let missing = "Namn;Typ\nA;sports\n";
        assert!(matches!(
            read(missing.as_bytes(), &guard),
            Err(Error::Invalid(_))
        ));
    }
}
