//! Range checks for configuration values: every number a configuration
//! file, a command line or a checkpoint's metadata can set is checked before
//! it is used, and a bad one is an error naming the key and the range.
//!
//! ```
//! use mlirrl_ppo::check;
//! assert!(check::float("ppo.gamma", 0.99, 0.0, 1.0).is_ok());
//! let err = check::float("ppo.gamma", -5.0, 0.0, 1.0).unwrap_err();
//! assert_eq!(err, "ppo.gamma = -5 is outside [0, 1]");
//! assert!(check::float("ppo.adam.lr", f64::NAN, 0.0, 1.0).is_err());
//! ```

/// `value` must be finite and within `[lo, hi]`.
pub fn float(key: &str, value: f64, lo: f64, hi: f64) -> Result<(), String> {
    if !value.is_finite() {
        return Err(format!("{key} = {value} is not a finite number"));
    }
    if value < lo || value > hi {
        return Err(format!("{key} = {value} is outside [{lo}, {hi}]"));
    }
    Ok(())
}

/// `value` must be finite, above `lo` (exclusive) and at most `hi`.
pub fn positive(key: &str, value: f64, hi: f64) -> Result<(), String> {
    float(key, value, 0.0, hi)?;
    if value <= 0.0 {
        return Err(format!("{key} = {value} must be greater than 0"));
    }
    Ok(())
}

/// `value` must be within `[lo, hi]`.
pub fn int<T: PartialOrd + std::fmt::Display + Copy>(
    key: &str,
    value: T,
    lo: T,
    hi: T,
) -> Result<(), String> {
    if value < lo || value > hi {
        return Err(format!("{key} = {value} is outside [{lo}, {hi}]"));
    }
    Ok(())
}
