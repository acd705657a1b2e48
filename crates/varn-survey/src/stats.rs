//! The survey's statistics: counts, shares, mean, median and the full distribution of
//! whole-number answers (a scale step, a percent), and counts and shares of options. Exact:
//! sums in integers, the mean divided once, the median from the counts. Pure.

use serde::Serialize;

/// One value of a distribution: how many answered it, and their share of all answers.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct SurveyStep {
    pub value: i64,
    pub count: usize,
    /// Share of the answers, 0–1.
    pub share: f64,
    /// Hidden by small-cell suppression (count and share are then 0).
    pub hidden: bool,
}

/// The figures of whole-number answers.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct SurveySummary {
    pub count: usize,
    pub mean: Option<f64>,
    pub median: Option<f64>,
    /// Each value from the lowest to the highest answered (or the whole scale when given).
    pub distribution: Vec<SurveyStep>,
}

/// The figures of `values`; with `scale`, every step of the scale is in the distribution,
/// answered or not.
pub fn summarize(values: &[i64], scale: Option<(i64, i64)>) -> SurveySummary {
    let mut counts = std::collections::BTreeMap::<i64, usize>::new();
    if let Some((low, high)) = scale {
        for v in low..=high {
            counts.insert(v, 0);
        }
    }
    for v in values {
        *counts.entry(*v).or_default() += 1;
    }
    let count = values.len();
    let sum: i128 = values.iter().map(|v| i128::from(*v)).sum();
    let mean = (count > 0).then(|| sum as f64 / count as f64);
    let median = (count > 0).then(|| {
        // The middle value(s) by walking the counts: positions (count-1)/2 and count/2.
        let (lo, hi) = ((count - 1) / 2, count / 2);
        let (mut a, mut b, mut seen) = (None, None, 0usize);
        for (v, n) in &counts {
            let next = seen + n;
            if a.is_none() && lo < next {
                a = Some(*v);
            }
            if b.is_none() && hi < next {
                b = Some(*v);
                break;
            }
            seen = next;
        }
        let (a, b) = (a.unwrap_or(0), b.unwrap_or(0));
        (i128::from(a) + i128::from(b)) as f64 / 2.0
    });
    let distribution = counts
        .into_iter()
        .map(|(value, n)| SurveyStep {
            value,
            count: n,
            share: if count == 0 {
                0.0
            } else {
                n as f64 / count as f64
            },
            hidden: false,
        })
        .collect();
    SurveySummary {
        count,
        mean,
        median,
        distribution,
    }
}

/// How many chose each option (numbered from 0) and their share of `base` respondents.
pub fn options(chosen: &[i64], n_options: usize, base: usize) -> Vec<SurveyStep> {
    (0..n_options)
        .map(|i| {
            let n = chosen.iter().filter(|v| **v == i as i64).count();
            SurveyStep {
                value: i as i64,
                count: n,
                share: if base == 0 {
                    0.0
                } else {
                    n as f64 / base as f64
                },
                hidden: false,
            }
        })
        .collect()
}

/// A number with `places` decimals and a decimal comma, as Swedish writes it ("3,07").
pub fn decimal(x: f64, places: usize) -> String {
    format!("{x:.places$}").replace('.', ",")
}

/// A share as whole percent ("44 %").
pub fn percent(share: f64) -> String {
    format!("{} %", (share * 100.0).round() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Seed 002: Södermalm's 27 internal answers in 2021 — a quarter at 2, 44 % at 3, a
    /// quarter at 4 and one unit at 5 — give a mean of 3.07 and a median of 3.
    #[test]
    fn the_seed_figures_of_sodermalm_2021() {
        let mut answers = vec![2; 7];
        answers.extend([3; 12]);
        answers.extend([4; 7]);
        answers.push(5);
        assert_eq!(answers.len(), 27);
        let s = summarize(&answers, Some((1, 5)));
        assert_eq!(decimal(s.mean.expect("mean"), 2), "3,07");
        assert_eq!(s.median, Some(3.0));
        let shares: Vec<String> = s.distribution.iter().map(|d| percent(d.share)).collect();
        assert_eq!(shares, ["0 %", "26 %", "44 %", "26 %", "4 %"]);
        assert_eq!(s.distribution[4].count, 1);
    }

    #[test]
    fn no_answers_have_no_mean() {
        let s = summarize(&[], Some((1, 5)));
        assert_eq!((s.count, s.mean, s.median), (0, None, None));
        assert_eq!(s.distribution.len(), 5);
    }

    #[test]
    fn an_even_count_has_the_middle_two_for_median() {
        assert_eq!(summarize(&[1, 2, 4, 5], None).median, Some(3.0));
        assert_eq!(summarize(&[2, 3], None).median, Some(2.5));
    }

    /// The plain way: sort, add up, divide, pick the middle.
    fn reference(values: &[i64]) -> (f64, f64) {
        let mut v = values.to_vec();
        v.sort_unstable();
        let mean = v.iter().sum::<i64>() as f64 / v.len() as f64;
        let n = v.len();
        let median = if n % 2 == 1 {
            v[n / 2] as f64
        } else {
            (v[n / 2 - 1] + v[n / 2]) as f64 / 2.0
        };
        (mean, median)
    }

    proptest! {
        #[test]
        fn statistics_match_a_plain_reference(values in proptest::collection::vec(1i64..=5, 1..400)) {
            let s = summarize(&values, Some((1, 5)));
            let (mean, median) = reference(&values);
            prop_assert!((s.mean.expect("mean") - mean).abs() < 1e-12);
            prop_assert_eq!(s.median.expect("median"), median);
            prop_assert_eq!(s.count, values.len());
            for step in &s.distribution {
                let n = values.iter().filter(|v| **v == step.value).count();
                prop_assert_eq!(step.count, n);
                prop_assert!((step.share - n as f64 / values.len() as f64).abs() < 1e-12);
            }
            let total: f64 = s.distribution.iter().map(|d| d.share).sum();
            prop_assert!((total - 1.0).abs() < 1e-9);
        }

        #[test]
        fn percent_answers_match_too(values in proptest::collection::vec(0i64..=100, 1..200)) {
            let s = summarize(&values, None);
            let (mean, median) = reference(&values);
            prop_assert!((s.mean.expect("mean") - mean).abs() < 1e-9);
            prop_assert_eq!(s.median.expect("median"), median);
        }

        #[test]
        fn option_counts_match(chosen in proptest::collection::vec(0i64..4, 0..100)) {
            let steps = options(&chosen, 4, chosen.len().max(1));
            prop_assert_eq!(steps.iter().map(|s| s.count).sum::<usize>(), chosen.len());
        }
    }
}
