//! The set of administrations a permission reaches, and the one place it becomes SQL.
//! Every list that is filtered by scope goes through [`Scope::filter`]; a mistake here would
//! be a leak between administrations, so it is tested on its own below and nowhere copied.

use crate::kernel::ids::AdministrationId;
/// The administrations a permission reaches: all of them, or these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    All,
    Only(Vec<AdministrationId>),
}

/// What a scope asks of a query on one column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    /// Every row: add nothing.
    Everything,
    /// No row at all: the caller answers "nothing" without asking the database.
    Nothing,
    /// A condition to add, beginning with ` AND `.
    Clause(String),
}

impl Scope {
    pub fn contains(&self, administration_id: AdministrationId) -> bool {
        match self {
            Scope::All => true,
            Scope::Only(ids) => ids.contains(&administration_id),
        }
    }

    pub fn is_empty(&self) -> bool {
        matches!(self, Scope::Only(ids) if ids.is_empty())
    }

    /// The condition that keeps only rows whose `column` (an administration id) is in the
    /// scope. The ids are integers that came from the database, never text from a user,
    /// so they are written into the SQL; `column` is a constant of the calling store.
    pub fn filter(&self, column: &str) -> Filter {
        match self {
            Scope::All => Filter::Everything,
            Scope::Only(ids) if ids.is_empty() => Filter::Nothing,
            Scope::Only(ids) => Filter::Clause(format!(
                " AND {column} IN ({})",
                ids.iter()
                    .map(AdministrationId::to_string)
                    .collect::<Vec<_>>()
                    .join(",")
            )),
        }
    }

    /// The condition as text to append, or `None` when nothing can match.
    pub fn clause(&self, column: &str) -> Option<String> {
        match self.filter(column) {
            Filter::Everything => Some(String::new()),
            Filter::Nothing => None,
            Filter::Clause(c) => Some(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(ids: &[i64]) -> Vec<AdministrationId> {
        ids.iter().copied().map(AdministrationId::new).collect()
    }

    #[test]
    fn the_whole_municipality_adds_nothing() {
        assert_eq!(Scope::All.filter("r.administration_id"), Filter::Everything);
        assert_eq!(Scope::All.clause("x"), Some(String::new()));
    }

    #[test]
    fn no_administration_matches_nothing() {
        assert_eq!(Scope::Only(vec![]).filter("x"), Filter::Nothing);
        assert_eq!(Scope::Only(vec![]).clause("x"), None);
        assert!(Scope::Only(vec![]).is_empty());
        assert!(!Scope::Only(vec![]).contains(AdministrationId::new(1)));
    }

    #[test]
    fn some_administrations_become_one_in_list() {
        assert_eq!(
            Scope::Only(ids(&[3, 7]))
                .clause("a.administration_id")
                .as_deref(),
            Some(" AND a.administration_id IN (3,7)")
        );
        assert!(Scope::Only(ids(&[3, 7])).contains(AdministrationId::new(7)));
        assert!(!Scope::Only(ids(&[3, 7])).contains(AdministrationId::new(4)));
    }

    /// The clause, read back, keeps exactly the rows that `contains` keeps.
    #[test]
    fn the_clause_keeps_exactly_the_rows_in_scope() {
        let rows = [(1, 1), (2, 2), (3, 3), (4, 2)];
        for scope in [
            Scope::All,
            Scope::Only(ids(&[2])),
            Scope::Only(ids(&[1, 3])),
            Scope::Only(vec![]),
        ] {
            let kept: Vec<i64> = rows
                .iter()
                .filter(|(_, admin)| scope.contains(AdministrationId::new(*admin)))
                .map(|(id, _)| *id)
                .collect();
            let expected: Vec<i64> = match scope.filter("admin") {
                Filter::Everything => rows.iter().map(|r| r.0).collect(),
                Filter::Nothing => vec![],
                Filter::Clause(c) => {
                    let list: Vec<i64> = c
                        .trim_start_matches(" AND admin IN (")
                        .trim_end_matches(')')
                        .split(',')
                        .map(|n| n.parse().expect("id"))
                        .collect();
                    rows.iter()
                        .filter(|r| list.contains(&r.1))
                        .map(|r| r.0)
                        .collect()
                }
            };
            assert_eq!(kept, expected, "{scope:?}");
        }
    }
}
