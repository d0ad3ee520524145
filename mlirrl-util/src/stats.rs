//! Statistics of reports.

/// Geometric mean of positive values (values below 1e-12 count as 1e-12);
/// `None` for no values.
///
/// ```
/// assert_eq!(mlirrl_util::stats::geomean(&[1.0, 4.0]), Some(2.0));
/// assert_eq!(mlirrl_util::stats::geomean(&[]), None);
/// ```
pub fn geomean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| {
        (values.iter().map(|v| v.max(1e-12).ln()).sum::<f64>() / values.len() as f64).exp()
    })
}

/// The best speedup after each of a search's measurements, in order
/// (`None`: the schedule failed or ran wrong). It starts from 1.0, the
/// untransformed program, until a schedule beats it.
///
/// ```
/// let curve = mlirrl_util::stats::best_so_far([Some(0.5), Some(2.0), None, Some(1.5)]);
/// assert_eq!(curve, [1.0, 2.0, 2.0, 2.0]);
/// ```
pub fn best_so_far(speedups: impl IntoIterator<Item = Option<f64>>) -> Vec<f64> {
    let mut best = 1.0f64;
    speedups
        .into_iter()
        .map(|s| {
            best = best.max(s.unwrap_or(0.0));
            best
        })
        .collect()
}
