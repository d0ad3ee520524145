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
