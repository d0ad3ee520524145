//! Checkpoints: one safetensors file holding the model's weights
//! (`param.<name>`), the optimiser's moments (`adam.m.<name>`,
//! `adam.v.<name>`), and in its metadata the format, the PPO and model
//! configurations, the iteration, the optimiser step and the random state.
//!
//! Files are written to a temporary name in the same directory and renamed,
//! so a kill mid-write leaves the previous checkpoint intact.

use crate::{
    Rng,
    agent::ActorCritic,
    ppo::{PpoConfig, PpoError, Trainer},
};
use candle_core::{DType, Device, Tensor};
use std::{collections::HashMap, path::Path};

/// Format tag stored in every checkpoint.
pub const FORMAT: &str = "mlirrl-ppo-checkpoint-1";

fn err(path: &Path, reason: impl Into<String>) -> PpoError {
    PpoError::Checkpoint { path: path.display().to_string(), reason: reason.into() }
}

/// Writes `tensors` and `metadata` to `path` atomically.
pub fn write_atomic(
    path: &Path,
    tensors: &[(String, Tensor)],
    metadata: HashMap<String, String>,
) -> Result<(), PpoError> {
    let views: Vec<(String, Tensor)> = tensors
        .iter()
        .map(|(n, t)| Ok((n.clone(), t.to_dtype(DType::F32)?.contiguous()?)))
        .collect::<Result<_, candle_core::Error>>()?;
    let data: Vec<(String, Vec<u8>, Vec<usize>)> = views
        .iter()
        .map(|(n, t)| {
            let v: Vec<f32> = t.flatten_all()?.to_vec1()?;
            Ok((n.clone(), v, t.dims().to_vec()))
        })
        .collect::<Result<Vec<(String, Vec<f32>, Vec<usize>)>, candle_core::Error>>()?
        .into_iter()
        .map(|(n, v, dims)| {
            // A diverged run must not replace the last good checkpoint.
            match v.iter().position(|x| !x.is_finite()) {
                Some(i) => Err(err(
                    path,
                    format!(
                        "not written: tensor `{n}` holds a non-finite value ({} at element {i}); \
                         the run diverged",
                        v[i]
                    ),
                )),
                None => Ok((n, v.iter().flat_map(|x| x.to_le_bytes()).collect(), dims)),
            }
        })
        .collect::<Result<_, PpoError>>()?;
    let st: Vec<(String, safetensors::tensor::TensorView<'_>)> = data
        .iter()
        .map(|(n, bytes, shape)| {
            safetensors::tensor::TensorView::new(safetensors::Dtype::F32, shape.clone(), bytes)
                .map(|v| (n.clone(), v))
                .map_err(|e| err(path, e.to_string()))
        })
        .collect::<Result<_, _>>()?;
    let bytes = safetensors::serialize(st, Some(metadata)).map_err(|e| err(path, e.to_string()))?;
    // A killed writer leaves a checkpoint-sized temporary: clear old ones.
    if let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|n| n.to_str())) {
        let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
        mlirrl_util::fs::remove_stale_temporaries(dir, name);
    }
    mlirrl_util::fs::write_atomic(path, &bytes).map_err(|e| err(path, format!("cannot write: {e}")))
}

/// Tensors and metadata of a checkpoint file.
pub type Contents = (HashMap<String, Tensor>, HashMap<String, String>);

/// The checked metadata of checkpoint bytes read from `path`.
fn checked_metadata(path: &Path, bytes: &[u8]) -> Result<HashMap<String, String>, PpoError> {
    let (_, header) = safetensors::SafeTensors::read_metadata(bytes).map_err(|e| {
        err(path, format!("not a checkpoint (corrupt or truncated safetensors): {e}"))
    })?;
    let metadata = header.metadata().clone().unwrap_or_default();
    if metadata.get("format").map(String::as_str) != Some(FORMAT) {
        return Err(err(
            path,
            format!(
                "not an mlirrl checkpoint (format {:?}, expected {FORMAT})",
                metadata.get("format")
            ),
        ));
    }
    Ok(metadata)
}

/// Reads only the metadata of a checkpoint file (configurations, iteration).
pub fn read_metadata(path: &Path) -> Result<HashMap<String, String>, PpoError> {
    let bytes = std::fs::read(path).map_err(|e| err(path, format!("cannot read: {e}")))?;
    checked_metadata(path, &bytes)
}

/// Reads only the metadata of checkpoint bytes; `path` names them in errors.
pub fn read_metadata_bytes(path: &Path, bytes: &[u8]) -> Result<HashMap<String, String>, PpoError> {
    checked_metadata(path, bytes)
}

/// Metadata key set in checkpoints written by [`Trainer::save_weights`].
pub const WEIGHTS_ONLY: &str = "weights_only";

/// Sets `model`'s weights from checkpoint contents read from `path` (a
/// full or a weights-only checkpoint): the stored model configuration must
/// be one the model accepts, and every weight must be present with the
/// model's shape.
pub fn load_weights<M: ActorCritic>(
    model: &M,
    (tensors, metadata): &Contents,
    path: &Path,
) -> Result<(), PpoError> {
    let stored_model = metadata.get("model").cloned().unwrap_or_default();
    if !model.accepts_config(&stored_model) {
        return Err(err(
            path,
            format!(
                "model configuration mismatch: checkpoint has {stored_model}, this model is {}",
                model.config_json()
            ),
        ));
    }
    for (name, var) in model.variables() {
        let key = format!("param.{name}");
        let t = tensors.get(&key).ok_or_else(|| err(path, format!("missing weight `{name}`")))?;
        if t.shape() != var.shape() {
            return Err(err(
                path,
                format!(
                    "weight `{name}` has shape {:?}, the model expects {:?}",
                    t.dims(),
                    var.dims()
                ),
            ));
        }
        var.set(t)?;
    }
    Ok(())
}

/// Reads every tensor and the metadata of a checkpoint file.
pub fn read(path: &Path, device: &Device) -> Result<Contents, PpoError> {
    let bytes = std::fs::read(path).map_err(|e| err(path, format!("cannot read: {e}")))?;
    read_bytes(path, &bytes, device)
}

/// Reads every tensor and the metadata of checkpoint bytes (a checkpoint
/// embedded in a binary, or received over a network); `path` names them in
/// errors.
pub fn read_bytes(path: &Path, bytes: &[u8], device: &Device) -> Result<Contents, PpoError> {
    let metadata = checked_metadata(path, bytes)?;
    let st = safetensors::SafeTensors::deserialize(bytes)
        .map_err(|e| err(path, format!("corrupt tensor data: {e}")))?;
    let mut tensors = HashMap::new();
    for (name, view) in st.tensors() {
        if view.dtype() != safetensors::Dtype::F32 {
            return Err(err(path, format!("tensor `{name}` is {:?}, expected F32", view.dtype())));
        }
        let values: Vec<f32> = view
            .data()
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        if let Some(i) = values.iter().position(|v| !v.is_finite()) {
            return Err(err(
                path,
                format!(
                    "tensor `{name}` holds a non-finite value ({} at element {i}); the checkpoint \
                     is corrupt or came from a diverged run",
                    values[i]
                ),
            ));
        }
        tensors.insert(name.clone(), Tensor::from_vec(values, view.shape(), device)?);
    }
    Ok((tensors, metadata))
}

/// Writes the weights-only form of the checkpoint at `from` to `to`
/// (atomically): its weights and configurations, without optimiser moments
/// or random state, as [`Trainer::save_weights`] would have written them.
pub fn export_weights(from: &Path, to: &Path) -> Result<(), PpoError> {
    let (tensors, metadata) = read(from, &Device::Cpu)?;
    let mut weights: Vec<(String, Tensor)> =
        tensors.into_iter().filter(|(n, _)| n.starts_with("param.")).collect();
    weights.sort_by(|a, b| a.0.cmp(&b.0));
    if weights.is_empty() {
        return Err(err(from, "the checkpoint holds no weights"));
    }
    let mut metadata: HashMap<String, String> = metadata
        .into_iter()
        .filter(|(k, _)| !matches!(k.as_str(), "adam_step" | "rng" | "entropy_scale"))
        .collect();
    metadata.insert(WEIGHTS_ONLY.into(), "true".into());
    write_atomic(to, &weights, metadata)
}

impl<M: ActorCritic> Trainer<M> {
    /// The model's weights as checkpoint tensors (`param.<name>`).
    fn weight_tensors(&self) -> Vec<(String, Tensor)> {
        self.model
            .variables()
            .into_iter()
            .map(|(n, v)| (format!("param.{n}"), v.as_tensor().clone()))
            .collect()
    }

    /// Metadata every checkpoint carries: the extras, the format, the model
    /// and PPO configurations and the iteration.
    fn common_metadata(&self, path: &Path) -> Result<HashMap<String, String>, PpoError> {
        let mut metadata: HashMap<String, String> =
            self.metadata.iter().map(|(k, v)| (format!("extra.{k}"), v.clone())).collect();
        metadata.insert("format".into(), FORMAT.into());
        metadata.insert("model".into(), self.model.config_json());
        metadata.insert(
            "ppo".into(),
            serde_json::to_string(&self.config).map_err(|e| err(path, e.to_string()))?,
        );
        metadata.insert("iteration".into(), self.iteration.to_string());
        Ok(metadata)
    }

    /// Saves weights, optimiser state, configuration, iteration and random
    /// state to `path` (atomically).
    pub fn save(&self, path: &Path) -> Result<(), PpoError> {
        let mut tensors = self.weight_tensors();
        tensors.extend(self.optimizer.state());
        let mut metadata = self.common_metadata(path)?;
        metadata.insert("adam_step".into(), self.optimizer.step_count().to_string());
        metadata.insert("entropy_scale".into(), self.entropy_scale.to_string());
        metadata.insert(
            "rng".into(),
            serde_json::to_string(&self.rng).map_err(|e| err(path, e.to_string()))?,
        );
        write_atomic(path, &tensors, metadata)
    }

    /// Saves the weights and configurations only (no optimiser moments, no
    /// random state), atomically: the file to ship for inference, a third of
    /// a full checkpoint's size. It loads with [`load_weights`] (and so with
    /// `Policy::load`) but cannot resume training.
    pub fn save_weights(&self, path: &Path) -> Result<(), PpoError> {
        let mut metadata = self.common_metadata(path)?;
        metadata.insert(WEIGHTS_ONLY.into(), "true".into());
        write_atomic(path, &self.weight_tensors(), metadata)
    }

    /// Loads a checkpoint into this trainer (whose model must have the same
    /// configuration): weights, optimiser state, iteration and random state.
    /// The PPO configuration of the checkpoint replaces the trainer's.
    pub fn load(&mut self, path: &Path) -> Result<(), PpoError> {
        let contents = read(path, self.model.device())?;
        if contents.1.contains_key(WEIGHTS_ONLY) {
            return Err(err(
                path,
                "a weights-only checkpoint (for inference) cannot resume training: it has no \
                 optimiser state",
            ));
        }
        load_weights(&self.model, &contents, path)?;
        let (tensors, metadata) = contents;
        let number = |key: &str| -> Result<u64, PpoError> {
            metadata
                .get(key)
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| err(path, format!("missing or invalid `{key}`")))
        };
        let step = number("adam_step")?;
        self.optimizer.load_state(&tensors, step).map_err(|e| err(path, e))?;
        self.iteration = number("iteration")?;
        // Checkpoints from before the entropy guard have no scale: 1.
        self.entropy_scale = metadata
            .get("entropy_scale")
            .and_then(|v| v.parse::<f64>().ok())
            .filter(|s| s.is_finite() && (1.0..=crate::ppo::MAX_ENTROPY_SCALE).contains(s))
            .unwrap_or(1.0);
        let rng: Rng = metadata
            .get("rng")
            .and_then(|v| serde_json::from_str(v).ok())
            .ok_or_else(|| err(path, "missing or invalid random state"))?;
        self.rng = rng;
        let config: PpoConfig = metadata
            .get("ppo")
            .and_then(|v| serde_json::from_str(v).ok())
            .ok_or_else(|| err(path, "missing or invalid PPO configuration"))?;
        config.validate().map_err(|e| err(path, format!("stored PPO configuration: {e}")))?;
        self.config = config;
        self.metadata = metadata
            .iter()
            .filter_map(|(k, v)| k.strip_prefix("extra.").map(|k| (k.to_string(), v.clone())))
            .collect();
        Ok(())
    }
}
