//! Small-cell suppression (DOMAIN.md §12): a count that leaves its administration is shown
//! only when it is 0 or above the threshold; and so that no hidden count can be worked out
//! by subtraction, no row or column with a shown total may hold exactly one hidden cell, and no
//! hidden cell may follow from the published sums taken together (checked by solving them).
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
    let grand: i64 = (0..rows).map(row_total).sum();
    let mut total_hidden = primary(grand, threshold);
    loop {
        lines(
            &mut hidden,
            &mut row_hidden_total,
            &mut col_hidden_total,
            &value,
        );
        total_hidden |= (0..rows).filter(|&r| row_hidden_total[r]).count() == 1
            || (0..cols).filter(|&c| col_hidden_total[c]).count() == 1;
        // The sums together may still give a hidden cell back (two rows and two columns
        // sharing hidden cells with shown totals): hide the smallest shown count beside
        // it, else its row's total, else its column's, else the grand total.
        let Some((r, c)) = leak(&hidden, &row_hidden_total, &col_hidden_total, total_hidden) else {
            break;
        };
        let beside = (0..cols)
            .filter(|&k| !hidden[r][k] && value(r, k) > 0)
            .map(|k| (value(r, k), r, k))
            .chain(
                (0..rows)
                    .filter(|&k| !hidden[k][c] && value(k, c) > 0)
                    .map(|k| (value(k, c), k, c)),
            )
            .min();
        if let Some((_, rr, cc)) = beside {
            hidden[rr][cc] = true;
        } else if !row_hidden_total[r] {
            row_hidden_total[r] = true;
        } else if !col_hidden_total[c] {
            col_hidden_total[c] = true;
        } else if let Some(k) = (0..cols).find(|&k| !hidden[r][k]) {
            // Only shown zeros are left beside it.
            hidden[r][k] = true;
        } else if let Some(k) = (0..rows).find(|&k| !hidden[k][c]) {
            hidden[k][c] = true;
        } else if !total_hidden {
            total_hidden = true;
        } else {
            // Everything around it is hidden; nothing more to hide (the property test
            // checks this is never reached with a leak left).
            break;
        }
    }
    let cell = |h: bool, n: i64| if h { Cell::Hidden } else { Cell::Shown(n) };
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

/// Secondary suppression line by line until nothing changes: every row or column with a
/// shown total and exactly one hidden cell hides its smallest other non-zero cell, or else
/// its total.
fn lines(
    hidden: &mut [Vec<bool>],
    row_hidden_total: &mut [bool],
    col_hidden_total: &mut [bool],
    value: &dyn Fn(usize, usize) -> i64,
) {
    let rows = hidden.len();
    let cols = col_hidden_total.len();
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
            return;
        }
    }
}

/// A hidden cell whose value follows from what is published, if any. The unknowns are the
/// hidden cells and totals; each row, each column and the grand total is one equation
/// among them (the shown numbers are constants). In the reduced row echelon form of those
/// equations, an unknown is determined exactly when it is a pivot whose row has no other
/// unknown left.
fn leak(
    hidden: &[Vec<bool>],
    row_hidden_total: &[bool],
    col_hidden_total: &[bool],
    total_hidden: bool,
) -> Option<(usize, usize)> {
    let rows = hidden.len();
    let cols = col_hidden_total.len();
    // Unknowns: cells first (their position kept), then totals.
    let mut cells = Vec::new();
    let mut at = vec![vec![usize::MAX; cols]; rows];
    for r in 0..rows {
        for c in 0..cols {
            if hidden[r][c] {
                at[r][c] = cells.len();
                cells.push((r, c));
            }
        }
    }
    if cells.is_empty() {
        return None;
    }
    let mut n = cells.len();
    let mut slot = |h: bool| {
        h.then(|| {
            n += 1;
            n - 1
        })
    };
    let row_slot: Vec<Option<usize>> = row_hidden_total.iter().map(|&h| slot(h)).collect();
    let col_slot: Vec<Option<usize>> = col_hidden_total.iter().map(|&h| slot(h)).collect();
    let total_slot = slot(total_hidden);
    let mut eqs: Vec<Vec<f64>> = Vec::with_capacity(rows + cols + 2);
    let mut equation = |members: &mut dyn Iterator<Item = usize>, sum: Option<usize>| {
        let mut e = vec![0.0; n];
        for m in members {
            e[m] += 1.0;
        }
        if let Some(t) = sum {
            e[t] -= 1.0;
        }
        if e.iter().any(|v| *v != 0.0) {
            eqs.push(e);
        }
    };
    for r in 0..rows {
        equation(
            &mut (0..cols).filter(|&c| hidden[r][c]).map(|c| at[r][c]),
            row_slot[r],
        );
    }
    for c in 0..cols {
        equation(
            &mut (0..rows).filter(|&r| hidden[r][c]).map(|r| at[r][c]),
            col_slot[c],
        );
    }
    equation(&mut row_slot.iter().flatten().copied(), total_slot);
    equation(&mut col_slot.iter().flatten().copied(), total_slot);
    // Reduced row echelon form.
    let mut pivots = Vec::new();
    let mut rank = 0;
    for col in 0..n {
        let Some(p) = (rank..eqs.len()).find(|&r| eqs[r][col].abs() > 1e-9) else {
            continue;
        };
        eqs.swap(rank, p);
        let lead = eqs[rank][col];
        for v in eqs[rank].iter_mut() {
            *v /= lead;
        }
        let pivot_row = eqs[rank].clone();
        for (r, row) in eqs.iter_mut().enumerate() {
            if r != rank && row[col].abs() > 1e-9 {
                let f = row[col];
                for (v, p) in row.iter_mut().zip(&pivot_row) {
                    *v -= f * p;
                }
            }
        }
        pivots.push((rank, col));
        rank += 1;
    }
    pivots
        .into_iter()
        .filter(|&(_, col)| col < cells.len())
        .find(|&(row, col)| {
            eqs[row]
                .iter()
                .enumerate()
                .all(|(k, v)| k == col || v.abs() <= 1e-9)
        })
        .map(|(_, col)| cells[col])
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
        (1usize..10, 1usize..7).prop_flat_map(|(r, c)| {
            prop::collection::vec(
                prop::collection::vec(prop_oneof![Just(0i64), 1i64..4, 4i64..60], c),
                r,
            )
        })
    }

    /// The rank of a small matrix (Gaussian elimination; the entries are -1, 0 and 1, so
    /// floating point is exact enough at these sizes).
    fn rank(mut m: Vec<Vec<f64>>) -> usize {
        let cols = m.first().map_or(0, Vec::len);
        let mut rank = 0;
        for c in 0..cols {
            let Some(p) = (rank..m.len()).find(|&r| m[r][c].abs() > 1e-9) else {
                continue;
            };
            m.swap(rank, p);
            for r in 0..m.len() {
                if r != rank && m[r][c].abs() > 1e-9 {
                    let f = m[r][c] / m[rank][c];
                    let pivot = m[rank].clone();
                    for (v, p) in m[r].iter_mut().zip(pivot) {
                        *v -= f * p;
                    }
                }
            }
            rank += 1;
        }
        rank
    }

    /// The hidden cells whose value follows from what is published: the shown cells, row,
    /// column and grand totals are known; the hidden cells and totals are unknowns tied by
    /// the sums. A hidden cell is recoverable when its unit vector lies in the span of
    /// those equations.
    fn recoverable(s: &Suppressed) -> Vec<(usize, usize)> {
        let rows = s.cells.len();
        let cols = s.column_totals.len();
        // One unknown per hidden cell, hidden row total, hidden column total, hidden total.
        let mut index = std::collections::HashMap::new();
        let unknown = |key: (u8, usize, usize), index: &mut std::collections::HashMap<_, _>| {
            let n = index.len();
            *index.entry(key).or_insert(n)
        };
        for r in 0..rows {
            for c in 0..cols {
                if s.cells[r][c] == Cell::Hidden {
                    unknown((0, r, c), &mut index);
                }
            }
            if s.row_totals[r] == Cell::Hidden {
                unknown((1, r, 0), &mut index);
            }
        }
        for c in 0..cols {
            if s.column_totals[c] == Cell::Hidden {
                unknown((2, c, 0), &mut index);
            }
        }
        if s.total == Cell::Hidden {
            unknown((3, 0, 0), &mut index);
        }
        let n = index.len();
        let mut eqs: Vec<Vec<f64>> = Vec::new();
        let mut add = |terms: Vec<((u8, usize, usize), f64)>| {
            let mut e = vec![0.0; n];
            for (k, v) in terms {
                if let Some(&i) = index.get(&k) {
                    e[i] += v;
                }
            }
            eqs.push(e);
        };
        for r in 0..rows {
            let mut t: Vec<_> = (0..cols).map(|c| ((0, r, c), 1.0)).collect();
            t.push(((1, r, 0), -1.0));
            add(t);
        }
        for c in 0..cols {
            let mut t: Vec<_> = (0..rows).map(|r| ((0, r, c), 1.0)).collect();
            t.push(((2, c, 0), -1.0));
            add(t);
        }
        let mut t: Vec<_> = (0..rows).map(|r| ((1, r, 0), 1.0)).collect();
        t.push(((3, 0, 0), -1.0));
        add(t);
        let mut t: Vec<_> = (0..cols).map(|c| ((2, c, 0), 1.0)).collect();
        t.push(((3, 0, 0), -1.0));
        add(t);
        let base = rank(eqs.clone());
        let mut found = Vec::new();
        for (&(kind, r, c), &i) in &index {
            if kind != 0 {
                continue;
            }
            let mut with = eqs.clone();
            let mut unit = vec![0.0; n];
            unit[i] = 1.0;
            with.push(unit);
            if rank(with) == base {
                found.push((r, c));
            }
        }
        found
    }

    #[test]
    fn the_recoverability_check_sees_a_lone_hidden_cell() {
        // Published by hand with one hidden cell and every total shown: recoverable.
        let leaky = Suppressed {
            cells: vec![vec![Cell::Hidden, Cell::Shown(10)]],
            row_totals: vec![Cell::Shown(12)],
            column_totals: vec![Cell::Shown(2), Cell::Shown(10)],
            total: Cell::Shown(12),
        };
        assert_eq!(recoverable(&leaky), vec![(0, 0)]);
        assert!(recoverable(&suppress(&[vec![2, 10, 7], vec![5, 12, 9]], 3)).is_empty());
    }

    proptest! {
        /// No hidden cell of a suppressed table — the city's follow-up publishes each with
        /// its row, column and grand totals — can be worked out from what is shown, by any
        /// combination of the sums (not only a line with one hidden cell).
        #[test]
        fn no_hidden_cell_follows_from_the_published_totals(t in table(), threshold in 1i64..5) {
            let s = suppress(&t, threshold);
            let found = recoverable(&s);
            prop_assert!(found.is_empty(), "{found:?} recoverable in {s:?} from {t:?}");
        }

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
