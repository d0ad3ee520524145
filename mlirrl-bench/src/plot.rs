//! PNG plots with plotters: speedup per family and per benchmark, and
//! training curves from `metrics.jsonl`. Text uses a Latin subset of the
//! DejaVu Sans font embedded in the crate (`fonts/`, under its own licence,
//! `fonts/LICENSE-DejaVu.txt`), so plots need no system fonts.

use crate::report::Report;
use plotters::prelude::*;
use std::{path::Path, sync::OnceLock};

/// The embedded font: DejaVu Sans, Basic Latin and Latin-1 only.
pub const FONT: &[u8] = include_bytes!("../fonts/DejaVuSans-subset.ttf");

fn ensure_font() -> Result<(), String> {
    static DONE: OnceLock<Result<(), String>> = OnceLock::new();
    DONE.get_or_init(|| {
        plotters::style::register_font("sans-serif", FontStyle::Normal, FONT)
            .map_err(|_| "the embedded font is not a usable TrueType font".to_string())
    })
    .clone()
}

const COLORS: [RGBColor; 4] =
    [RGBColor(31, 119, 180), RGBColor(255, 127, 14), RGBColor(44, 160, 44), RGBColor(214, 39, 40)];

fn grouped_bars(
    path: &Path,
    title: &str,
    labels: &[String],
    series: &[(&str, Vec<f64>)],
) -> Result<(), String> {
    ensure_font()?;
    let width = (160 + labels.len() * 70).clamp(640, 2400) as u32;
    let root = BitMapBackend::new(path, (width, 640)).into_drawing_area();
    let e = |e: &dyn std::fmt::Display| e.to_string();
    root.fill(&WHITE).map_err(|x| e(&x))?;
    let max = series.iter().flat_map(|(_, v)| v.iter().copied()).fold(1.0f64, f64::max) * 1.15;
    let n = labels.len().max(1);
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 22))
        .margin(12)
        .x_label_area_size(170)
        .y_label_area_size(60)
        .build_cartesian_2d(0i32..(n as i32 * 10), 0f64..max)
        .map_err(|x| e(&x))?;
    let names = labels.to_vec();
    // Ten x units per group; a label at each group's centre.
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(n * 10 + 1)
        .x_label_formatter(&|_| String::new())
        .y_desc("speedup over untransformed (x)")
        .draw()
        .map_err(|x| e(&x))?;
    let k = series.len().max(1) as i32;
    let width = (8 / k).max(1);
    for (s, (name, values)) in series.iter().enumerate() {
        let color = COLORS[s % COLORS.len()];
        chart
            .draw_series(values.iter().enumerate().map(|(i, &v)| {
                let x0 = i as i32 * 10 + 1 + width * s as i32;
                Rectangle::new([(x0, 0.0), (x0 + width, v)], color.filled())
            }))
            .map_err(|x| e(&x))?
            .label(*name)
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], color.filled()));
    }
    chart
        .draw_series(std::iter::once(PathElement::new(
            vec![(0, 1.0), (n as i32 * 10, 1.0)],
            BLACK.stroke_width(1),
        )))
        .map_err(|x| e(&x))?;
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()
        .map_err(|x| e(&x))?;
    // Group labels, rotated, hanging below each group's centre.
    let style = ("sans-serif", 12).into_font().transform(FontTransform::Rotate90).color(&BLACK);
    for (i, name) in names.iter().enumerate() {
        let (x, y) = chart.backend_coord(&(i as i32 * 10 + 5, 0.0));
        root.draw(&Text::new(name.clone(), (x - 6, y + 6), style.clone())).map_err(|x| e(&x))?;
    }
    root.present().map_err(|x| e(&x))?;
    Ok(())
}

fn methods(report: &Report) -> Vec<&'static str> {
    ["policy", "heuristic", "random"]
        .into_iter()
        .filter(|m| {
            report.rows.iter().any(|r| match *m {
                "policy" => r.policy.is_some(),
                "heuristic" => r.heuristic.is_some(),
                _ => r.random.is_some(),
            })
        })
        .collect()
}

/// Speedups as grouped bars: one group per label, one bar per series, with
/// the 1x line drawn across.
pub fn speedup_bars(
    path: &Path,
    title: &str,
    labels: &[String],
    series: &[(&str, Vec<f64>)],
) -> Result<(), String> {
    grouped_bars(path, title, labels, series)
}

/// Geometric-mean speedup per family, one bar per method.
pub fn family_speedups(report: &Report, path: &Path) -> Result<(), String> {
    let families = report.families();
    let series: Vec<(&str, Vec<f64>)> = methods(report)
        .into_iter()
        .map(|m| {
            (
                m,
                families
                    .iter()
                    .map(|f| report.aggregate(m, Some(f)).geomean.unwrap_or(1.0))
                    .collect(),
            )
        })
        .collect();
    grouped_bars(path, "Geometric-mean speedup per family", &families, &series)
}

/// Speedup per benchmark, one bar per method.
pub fn benchmark_speedups(report: &Report, path: &Path) -> Result<(), String> {
    let labels: Vec<String> = report.rows.iter().map(|r| r.name.clone()).collect();
    let series: Vec<(&str, Vec<f64>)> = methods(report)
        .into_iter()
        .map(|m| {
            (
                m,
                report
                    .rows
                    .iter()
                    .map(|r| {
                        let o = match m {
                            "policy" => r.policy.as_ref(),
                            "heuristic" => r.heuristic.as_ref(),
                            _ => r.random.as_ref(),
                        };
                        o.map_or(1.0, |o| o.speedup)
                    })
                    .collect(),
            )
        })
        .collect();
    grouped_bars(path, "Speedup per benchmark", &labels, &series)
}

/// Training curves (mean episode return and geomean speedup per iteration)
/// from a `metrics.jsonl` file.
pub fn training_curve(metrics: &Path, path: &Path) -> Result<(), String> {
    ensure_font()?;
    let text =
        std::fs::read_to_string(metrics).map_err(|e| format!("{}: {e}", metrics.display()))?;
    let mut returns = Vec::new();
    let mut speedups = Vec::new();
    for line in text.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let it = v["iteration"].as_f64().unwrap_or(0.0);
        if let Some(r) = v["mean_return"].as_f64() {
            returns.push((it, r));
        }
        if let Some(s) = v["geomean_speedup"].as_f64() {
            speedups.push((it, s));
        }
    }
    if returns.is_empty() {
        return Err(format!("{}: no iterations", metrics.display()));
    }
    let e = |e: &dyn std::fmt::Display| e.to_string();
    let root = BitMapBackend::new(path, (900, 480)).into_drawing_area();
    root.fill(&WHITE).map_err(|x| e(&x))?;
    let (upper, lower) = root.split_horizontally(450);
    let xmax = returns.iter().map(|p| p.0).fold(1.0, f64::max);
    for (area, data, name, color) in [
        (&upper, &returns, "mean episode return", COLORS[0]),
        (&lower, &speedups, "geomean speedup (x)", COLORS[1]),
    ] {
        let (lo, hi) = data.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
        let (lo, hi) = if data.is_empty() { (0.0, 1.0) } else { (lo.min(0.0), hi * 1.1 + 1e-9) };
        let mut chart = ChartBuilder::on(area)
            .caption(name, ("sans-serif", 18))
            .margin(10)
            .x_label_area_size(40)
            .y_label_area_size(55)
            .build_cartesian_2d(0f64..xmax, lo..hi)
            .map_err(|x| e(&x))?;
        chart.configure_mesh().x_desc("iteration").draw().map_err(|x| e(&x))?;
        chart
            .draw_series(LineSeries::new(data.iter().copied(), color.stroke_width(2)))
            .map_err(|x| e(&x))?;
    }
    root.present().map_err(|x| e(&x))?;
    Ok(())
}

/// Best-so-far curves: for each named series, the best speedup after each
/// measurement (x: measurements, from 1).
pub fn best_so_far(path: &Path, title: &str, series: &[(String, Vec<f64>)]) -> Result<(), String> {
    ensure_font()?;
    let e = |e: &dyn std::fmt::Display| e.to_string();
    let xmax = series.iter().map(|(_, v)| v.len()).max().unwrap_or(1).max(2) as f64;
    let ymax = series.iter().flat_map(|(_, v)| v.iter().copied()).fold(1.0, f64::max) * 1.1;
    let root = BitMapBackend::new(path, (900, 480)).into_drawing_area();
    root.fill(&WHITE).map_err(|x| e(&x))?;
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 20))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(55)
        .build_cartesian_2d(1f64..xmax, 0f64..ymax)
        .map_err(|x| e(&x))?;
    chart
        .configure_mesh()
        .x_desc("measurements")
        .y_desc("best speedup so far (x)")
        .draw()
        .map_err(|x| e(&x))?;
    for (i, (name, values)) in series.iter().enumerate() {
        let color = COLORS[i % COLORS.len()];
        let points = values.iter().enumerate().map(|(k, &v)| ((k + 1) as f64, v));
        chart
            .draw_series(LineSeries::new(points, color.stroke_width(2)))
            .map_err(|x| e(&x))?
            .label(name.clone())
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 18, y)], color.stroke_width(2))
            });
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .position(SeriesLabelPosition::LowerRight)
        .draw()
        .map_err(|x| e(&x))?;
    root.present().map_err(|x| e(&x))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_renders_with_the_embedded_font_alone() {
        // plotters' ab_glyph backend knows only registered fonts: text drawn
        // here comes from the embedded file, whatever the system has.
        ensure_font().unwrap();
        let (w, h) = (240u32, 48u32);
        let mut pixels = vec![255u8; (w * h * 3) as usize];
        {
            let root = BitMapBackend::with_buffer(&mut pixels, (w, h)).into_drawing_area();
            let style = ("sans-serif", 24).into_font().color(&BLACK);
            root.draw_text("matmul 57.0x ±", &style, (4, 8)).unwrap();
            root.present().unwrap();
        }
        let dark = pixels.chunks(3).filter(|p| p[0] < 100).count();
        assert!(dark > 200, "only {dark} dark pixels: no text was drawn");
    }
}
