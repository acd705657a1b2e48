//! Small-cell suppression (DOMAIN.md §12): a count that leaves its administration is shown
//! only when it is 0 or above the threshold; and so that no hidden count can be worked out
//! by subtraction, no row or column with a shown total may hold exactly one hidden cell.
//! Pure: a table in, the same table with hidden cells out.

use serde::Serialize;

/// The default threshold: counts 1, 2 and 3 are hidden ("<3" is not shown; "–" is).
pub const THRESHOLD: i64 = 3;

/// A count as it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Cell {
    Shown(i64),
    Hidden,
}

impl Cell {
    /// The cell as people read it: the number, or "–" for a hidden one.
    pub fn display(&self) -> String {
        match self {
            Cell::Shown(n) => n.to_string(),
            Cell::Hidden => "–".to_string(),
        }
    }
}

/// A table after suppression, with its row and column totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Suppressed {
    pub cells: Vec<Vec<Cell>>,
    pub row_totals: Vec<Cell>,
    pub column_totals: Vec<Cell>,
    pub total: Cell,
}

fn primary(n: i64, threshold: i64) -> bool {
    (1..=threshold).contains(&n)
}

/// Suppresses `table` (rows of equal length; negative counts are treated as 0).
pub fn suppress(table: &[Vec<i64>], threshold: i64) -> Suppressed {
    let rows = table.len();
    let cols = table.iter().map(Vec::len).max().unwrap_or(0);
    let value = |r: usize, c: usize| {
        table
            .get(r)
            .and_then(|row| row.get(c))
            .copied()
            .unwrap_or(0)
            .max(0)
    };
    let mut hidden = vec![vec![false; cols]; rows];
    for (r, row) in hidden.iter_mut().enumerate() {
        for (c, h) in row.iter_mut().enumerate() {
            *h = primary(value(r, c), threshold);
        }
    }
    let row_total = |r: usize| (0..cols).map(|c| value(r, c)).sum::<i64>();
    let col_total = |c: usize| (0..rows).map(|r| value(r, c)).sum::<i64>();
    let mut row_hidden_total: Vec<bool> = (0..rows)
        .map(|r| primary(row_total(r), threshold))
        .collect();
    let mut col_hidden_total: Vec<bool> = (0..cols)
        .map(|c| primary(col_total(c), threshold))
        .collect();
    // Secondary suppression until nothing changes: every line with a shown total and
    // exactly one hidden cell hides its smallest other non-zero cell, or else its total.
    loop {
        let mut changed = false;
        for r in 0..rows {
            let count = (0..cols).filter(|&c| hidden[r][c]).count();
            if count == 1 && !row_hidden_total[r] {
                let candidate = (0..cols)
                    .filter(|&c| !hidden[r][c] && value(r, c) > 0)
                    .min_by_key(|&c| value(r, c));
                match candidate {
                    Some(c) => hidden[r][c] = true,
                    None => row_hidden_total[r] = true,
                }
                changed = true;
            }
        }
        for c in 0..cols {
            let count = (0..rows).filter(|&r| hidden[r][c]).count();
            if count == 1 && !col_hidden_total[c] {
                let candidate = (0..rows)
                    .filter(|&r| !hidden[r][c] && value(r, c) > 0)
                    .min_by_key(|&r| value(r, c));
                match candidate {
                    Some(r) => hidden[r][c] = true,
                    None => col_hidden_total[c] = true,
                }
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let cell = |h: bool, n: i64| if h { Cell::Hidden } else { Cell::Shown(n) };
    let grand: i64 = (0..rows).map(row_total).sum();
    let total_hidden = primary(grand, threshold)
        || ((0..rows).filter(|&r| row_hidden_total[r]).count() == 1)
        || ((0..cols).filter(|&c| col_hidden_total[c]).count() == 1);
    Suppressed {
        cells: (0..rows)
            .map(|r| (0..cols).map(|c| cell(hidden[r][c], value(r, c))).collect())
            .collect(),
        row_totals: (0..rows)
            .map(|r| cell(row_hidden_total[r], row_total(r)))
            .collect(),
        column_totals: (0..cols)
            .map(|c| cell(col_hidden_total[c], col_total(c)))
            .collect(),
        total: cell(total_hidden, grand),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn small_counts_hide_with_a_partner() {
        let s = suppress(&[vec![2, 10, 7], vec![5, 12, 9]], 3);
        assert_eq!(
            s.cells[0],
            vec![Cell::Hidden, Cell::Shown(10), Cell::Hidden]
        );
        assert_eq!(
            s.cells[1],
            vec![Cell::Hidden, Cell::Shown(12), Cell::Hidden]
        );
        assert_eq!(s.row_totals, vec![Cell::Shown(19), Cell::Shown(26)]);
        assert_eq!(s.column_totals[1], Cell::Shown(22));
    }

    #[test]
    fn a_lone_small_count_hides_its_total() {
        let s = suppress(&[vec![2, 0]], 3);
        assert_eq!(s.cells[0][0], Cell::Hidden);
        assert_eq!(s.row_totals[0], Cell::Hidden);
    }

    fn table() -> impl Strategy<Value = Vec<Vec<i64>>> {
        (1usize..6, 1usize..6).prop_flat_map(|(r, c)| {
            prop::collection::vec(
                prop::collection::vec(prop_oneof![Just(0i64), 1i64..4, 4i64..60], c),
                r,
            )
        })
    }

    proptest! {
        #[test]
        fn nothing_small_is_shown_and_nothing_hidden_is_recoverable(t in table(), threshold in 1i64..5) {
            let s = suppress(&t, threshold);
            let shown = |c: &Cell| if let Cell::Shown(n) = c { !primary(*n, threshold) } else { true };
            prop_assert!(s.cells.iter().flatten().all(shown));
            prop_assert!(s.row_totals.iter().all(shown) && s.column_totals.iter().all(shown) && shown(&s.total));
            // No line with a shown total has exactly one hidden cell.
            for (r, row) in s.cells.iter().enumerate() {
                let n = row.iter().filter(|c| **c == Cell::Hidden).count();
                prop_assert!(n != 1 || s.row_totals[r] == Cell::Hidden, "row {r}: {s:?}");
            }
            for c in 0..s.column_totals.len() {
                let n = s.cells.iter().filter(|row| row[c] == Cell::Hidden).count();
                prop_assert!(n != 1 || s.column_totals[c] == Cell::Hidden, "column {c}: {s:?}");
            }
            // Shown values are the true ones.
            for (r, row) in s.cells.iter().enumerate() {
                for (c, cell) in row.iter().enumerate() {
                    if let Cell::Shown(n) = cell { prop_assert_eq!(*n, t[r][c]); }
                }
            }
        }
    }
}
