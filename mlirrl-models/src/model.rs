//! The hierarchical policy and value networks of the original system, with
//! an LSTM or a transformer encoder.
//!
//! Observation layout ([`ObsLayout`]): `[op features (F), producer features
//! (F), action history (H), loop count (1)]`, where an op's features are
//! `[op-type one-hot (6), trip counts (L), iterator flags (L), load accesses
//! (LS·LSD·L), store accesses (LS·LSD·L), op counts (5)]`.
//!
//! - LSTM encoder: a shared MLP `F → 512 → 512` (ELU, dropout) embeds the op
//!   and its producer; an LSTM reads the two embeddings; its last hidden
//!   state is concatenated with the history.
//! - Transformer encoder: tokens CLS, op summary, producer summary, one token
//!   per loop of the op and of the producer (trip count, iterator flag, the
//!   loop's column of every access matrix, op type, op counts); role, token
//!   type and depth embeddings; pre-norm self-attention layers; the CLS
//!   output is concatenated with the history. Padding loops are masked.
//! - Policy: encoder → 3 × (Linear, ReLU) → one head per action sub-space
//!   (Linear, ReLU, Linear). With the transformer's `loop_heads`, the tile
//!   heads score each loop's row from that loop's token and the interchange
//!   pointer scores each loop from its token (weights shared across loops).
//!   Value: its own encoder → 3 × (Linear, ReLU) → Linear → 1. The two share
//!   no weights.

use crate::fused::Activation;
use crate::layers::{LayerNorm, Linear, Lstm, ParamBuilder, SelfAttention, dropout};
use candle_core::{DType, Device, IndexOp, Result, Tensor, Var};
use mlirrl_ppo::{ActionHeads, ActorCritic, Mode, Rng, dist::HeadLogits};
use serde::{Deserialize, Serialize};

/// How the observation vector is laid out (plain sizes; see the module docs).
///
/// The environment builds it from its feature extractor, so a model fits
/// any extractor: the LSTM encoder reads op features as an opaque vector,
/// the transformer encoder needs [`ObsLayout::loop_tokens`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObsLayout {
    /// F: features of one op.
    pub op_features: usize,
    /// H: action-history block.
    pub history: usize,
    /// How an op's features split into per-loop tokens, if they do.
    pub loop_tokens: Option<LoopTokenLayout>,
}

/// The per-loop tokens of an op's features: token `i` is
/// `features[indices[i * width + j]]` for `j < width`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoopTokenLayout {
    /// L: token slots (loops per op).
    pub loops: usize,
    /// Values per token.
    pub width: usize,
    /// Indices into the op features, `loops × width`, row-major.
    pub indices: Vec<u32>,
}

impl ObsLayout {
    /// Total observation length: 2F + H + 1.
    pub fn total(&self) -> usize {
        2 * self.op_features + self.history + 1
    }

    /// Checks that the sizes are usable and the token indices lie inside
    /// the op features.
    pub fn validate(&self) -> std::result::Result<(), String> {
        if self.op_features == 0 {
            return Err("op_features is 0".into());
        }
        if let Some(t) = &self.loop_tokens {
            if t.loops == 0 || t.width == 0 || t.indices.len() != t.loops * t.width {
                return Err(format!(
                    "{} loop-token indices for {} loops of width {}",
                    t.indices.len(),
                    t.loops,
                    t.width
                ));
            }
            if let Some(i) = t.indices.iter().find(|&&i| i as usize >= self.op_features) {
                return Err(format!(
                    "loop-token index {i} is outside the {} op features",
                    self.op_features
                ));
            }
        }
        Ok(())
    }
}

/// Encoder choice and sizes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum EncoderConfig {
    /// The LSTM encoder.
    Lstm {
        /// Width of the op-embedding MLP.
        embed: usize,
        /// LSTM hidden size.
        hidden: usize,
        /// Dropout in the embedding MLP.
        dropout: f64,
    },
    /// The transformer encoder.
    Transformer {
        /// Model width.
        d_model: usize,
        /// Attention heads.
        heads: usize,
        /// Layers.
        layers: usize,
        /// Feed-forward width.
        ffn: usize,
        /// Dropout.
        dropout: f64,
        /// Per-loop parameter heads: each tile-size row is scored from its
        /// own loop token (with the pooled state), and each interchange
        /// pointer from the token of the loop it points at, so one set of
        /// weights serves every loop position and a rule learnt on one
        /// loop (vector width on the innermost parallel loop, say) carries
        /// over to ops whose loops sit elsewhere. Off: every head reads only
        /// the pooled CLS state, as in the original system. A configuration
        /// or checkpoint written without the key has it off.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        loop_heads: bool,
        /// Token embeddings (role, type, depth) that training changes: they
        /// are looked up at every forward pass. Off: the embeddings are
        /// read once when the model is built, so the network sees their
        /// initial values whatever training or a checkpoint sets (what
        /// checkpoints written without the key were trained with, and keep).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        learned_embeddings: bool,
    },
}

impl EncoderConfig {
    /// The original system's LSTM sizes (512, 411, dropout 0.225).
    pub fn lstm() -> Self {
        Self::Lstm { embed: 512, hidden: 411, dropout: 0.225 }
    }

    /// The original system's small transformer (d 64, 2 heads, 2 layers, FFN
    /// 128; pooled heads).
    pub fn transformer_small() -> Self {
        Self::Transformer {
            d_model: 64,
            heads: 2,
            layers: 2,
            ffn: 128,
            dropout: 0.1,
            loop_heads: false,
            learned_embeddings: true,
        }
    }

    /// The DistilBERT-shaped transformer (d 768, 12 heads, 6 layers, FFN
    /// 3072; pooled heads).
    pub fn distilbert() -> Self {
        Self::Transformer {
            d_model: 768,
            heads: 12,
            layers: 6,
            ffn: 3072,
            dropout: 0.1,
            loop_heads: false,
            learned_embeddings: true,
        }
    }
}

/// Model configuration. Every key is optional in a configuration file
/// (missing ones take [`ModelConfig::default`]'s values).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ModelConfig {
    /// Encoder.
    pub encoder: EncoderConfig,
    /// Width of the backbone and head hidden layers.
    pub width: usize,
    /// Backbone layers.
    pub backbone_layers: usize,
    /// Seed of the initial weights.
    pub seed: u64,
}

impl Default for ModelConfig {
    fn default() -> Self {
        Self { encoder: EncoderConfig::lstm(), width: 512, backbone_layers: 3, seed: 0 }
    }
}

impl ModelConfig {
    /// Checks every size against its range (keys as in the `[model]`
    /// section), so an absurd width is an error, not an allocation failure.
    pub fn validate(&self) -> std::result::Result<(), String> {
        use mlirrl_ppo::check::{float, int};
        int("model.width", self.width, 1, 16_384)?;
        // The heads read `width` values: at least one backbone layer.
        int("model.backbone_layers", self.backbone_layers, 1, 64)?;
        match &self.encoder {
            EncoderConfig::Lstm { embed, hidden, dropout } => {
                int("model.encoder.embed", *embed, 1, 16_384)?;
                int("model.encoder.hidden", *hidden, 1, 16_384)?;
                float("model.encoder.dropout", *dropout, 0.0, 0.99)
            }
            EncoderConfig::Transformer { d_model, heads, layers, ffn, dropout, .. } => {
                int("model.encoder.d_model", *d_model, 1, 16_384)?;
                int("model.encoder.heads", *heads, 1, 256)?;
                int("model.encoder.layers", *layers, 1, 64)?;
                int("model.encoder.ffn", *ffn, 1, 65_536)?;
                float("model.encoder.dropout", *dropout, 0.0, 0.99)
            }
        }
    }
}

/// Why a model could not be built.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// Sizes do not fit together.
    #[error("invalid model configuration: {0}")]
    Config(String),
    /// A tensor operation failed.
    #[error(transparent)]
    Candle(#[from] candle_core::Error),
}

enum Encoder {
    Lstm { mlp: [Linear; 2], lstm: Lstm, dropout: f64 },
    Transformer(Box<TransformerEncoder>),
}

struct TransformerLayer {
    norm1: LayerNorm,
    attn: SelfAttention,
    norm2: LayerNorm,
    ff1: Linear,
    ff2: Linear,
}

/// The role, type and depth embedding tables and each token's row in them.
struct TokenEmbeddings {
    tables: [Tensor; 3],
    ids: [Tensor; 3],
}

impl TokenEmbeddings {
    /// `[tokens, d]`: each token's role + type + depth embedding.
    fn lookup(&self) -> Result<Tensor> {
        let [a, b, c] = [0, 1, 2].map(|i| self.tables[i].index_select(&self.ids[i], 0));
        (a? + b?)? + c?
    }
}

/// The token embeddings as the encoder adds them (see
/// [`EncoderConfig::Transformer`]'s `learned_embeddings`).
enum TokenEmbed {
    /// Looked up at every forward pass.
    Learned(TokenEmbeddings),
    /// Looked up once, when the model was built.
    Frozen(Tensor),
}

impl TokenEmbed {
    fn get(&self) -> Result<Tensor> {
        match self {
            Self::Learned(e) => e.lookup(),
            Self::Frozen(t) => Ok(t.clone()),
        }
    }
}

struct TransformerEncoder {
    summary: [Linear; 2],
    loop_proj: [Linear; 2],
    cls: Tensor,
    token_embed: TokenEmbed,
    layers: Vec<TransformerLayer>,
    final_norm: LayerNorm,
    dropout: f64,
    loop_index: Tensor,
    loops: usize,
    width: usize,
    d: usize,
}

struct Net {
    encoder: Encoder,
    backbone: Vec<Linear>,
}

fn build_encoder(
    p: &mut ParamBuilder<'_>,
    cfg: &EncoderConfig,
    layout: &ObsLayout,
) -> Result<(Encoder, usize)> {
    let f = layout.op_features;
    Ok(match cfg {
        EncoderConfig::Lstm { embed, hidden, dropout } => {
            let mlp =
                [Linear::new(p, "embed.0", f, *embed)?, Linear::new(p, "embed.1", *embed, *embed)?];
            let lstm = Lstm::new(p, "lstm", *embed, *hidden)?;
            (Encoder::Lstm { mlp, lstm, dropout: *dropout }, hidden + layout.history)
        }
        EncoderConfig::Transformer {
            d_model,
            heads,
            layers,
            ffn,
            dropout,
            learned_embeddings,
            ..
        } => {
            let d = *d_model;
            let tokens = layout.loop_tokens.as_ref().ok_or_else(|| {
                candle_core::Error::Msg(
                    "the transformer encoder needs loop tokens, and these features have none \
                     (use the LSTM encoder)"
                        .into(),
                )
            })?;
            let l = tokens.loops;
            let summary = [Linear::new(p, "summary.0", f, d)?, Linear::new(p, "summary.1", d, d)?];
            let loop_proj =
                [Linear::new(p, "loop.0", tokens.width, d)?, Linear::new(p, "loop.1", d, d)?];
            let cls = p.normal("cls", &[1, 1, d], 0.02)?;
            let role = p.normal("role", &[3, d], 0.02)?;
            let kind = p.normal("type", &[3, d], 0.02)?;
            let depth = p.normal("depth", &[l + 1, d], 0.02)?;
            // Per token: (role, type, depth) for CLS, 2 summaries, L + L loops.
            let mut r = vec![0u32, 1, 2];
            let mut t = vec![0u32, 1, 1];
            let mut dp = vec![0u32, 0, 0];
            for who in [1u32, 2] {
                for i in 0..l {
                    r.push(who);
                    t.push(2);
                    dp.push(i as u32 + 1);
                }
            }
            let device = role.device().clone();
            let n = r.len();
            let [r, t, dp] = [r, t, dp].map(|v| Tensor::from_vec(v, n, &device));
            let embeddings = TokenEmbeddings { tables: [role, kind, depth], ids: [r?, t?, dp?] };
            let token_embed = if *learned_embeddings {
                TokenEmbed::Learned(embeddings)
            } else {
                TokenEmbed::Frozen(embeddings.lookup()?)
            };
            let mut blocks = Vec::new();
            for i in 0..*layers {
                let mut lp = p.sub(&format!("layer{i}"));
                blocks.push(TransformerLayer {
                    norm1: LayerNorm::new(&mut lp, "norm1", d)?,
                    attn: SelfAttention::new(&mut lp, "attn", d, *heads)?,
                    norm2: LayerNorm::new(&mut lp, "norm2", d)?,
                    ff1: Linear::new(&mut lp, "ff1", d, *ffn)?,
                    ff2: Linear::new(&mut lp, "ff2", *ffn, d)?,
                });
            }
            let final_norm = LayerNorm::new(p, "final_norm", d)?;
            let idx = tokens.indices.clone();
            let loop_index = Tensor::from_vec(idx.clone(), idx.len(), &device)?;
            let enc = TransformerEncoder {
                summary,
                loop_proj,
                cls,
                token_embed,
                layers: blocks,
                final_norm,
                dropout: *dropout,
                loop_index,
                loops: l,
                width: tokens.width,
                d,
            };
            (Encoder::Transformer(Box::new(enc)), d + layout.history)
        }
    })
}

impl TransformerEncoder {
    /// The CLS output `[B, d]` and the op's loop tokens `[B, L, d]`.
    fn forward(
        &self,
        obs: &Tensor,
        layout: &ObsLayout,
        mode: Mode,
        rng: &mut Rng,
    ) -> Result<(Tensor, Tensor)> {
        let (b, _) = obs.dims2()?;
        let (f, l, d) = (layout.op_features, self.loops, self.d);
        let proj = |layers: &[Linear; 2], x: &Tensor, rng: &mut Rng| -> Result<Tensor> {
            let h = dropout(&layers[0].forward(x)?.gelu_erf()?, self.dropout, mode, rng)?;
            layers[1].forward(&h)
        };
        let op = obs.narrow(1, 0, f)?;
        let producer = obs.narrow(1, f, f)?;
        let loops = |x: &Tensor| -> Result<Tensor> {
            x.contiguous()?.index_select(&self.loop_index, 1)?.reshape((b, l, self.width))
        };
        let op_loops = loops(&op)?;
        let producer_loops = loops(&producer)?;
        let summaries = Tensor::stack(
            &[proj(&self.summary, &op, rng)?, proj(&self.summary, &producer, rng)?],
            1,
        )?;
        let loop_tokens = Tensor::cat(
            &[proj(&self.loop_proj, &op_loops, rng)?, proj(&self.loop_proj, &producer_loops, rng)?],
            1,
        )?;
        let cls = self.cls.broadcast_as((b, 1, d))?;
        let x = Tensor::cat(&[cls, summaries, loop_tokens], 1)?
            .broadcast_add(&self.token_embed.get()?.unsqueeze(0)?)?;
        // Key padding: op loops beyond the loop count; producer loops that are all zero.
        let num_loops: Vec<f32> = obs.narrow(1, layout.total() - 1, 1)?.squeeze(1)?.to_vec1()?;
        let producer_present: Vec<f32> = producer_loops.abs()?.sum(2)?.flatten_all()?.to_vec1()?;
        let t = 3 + 2 * l;
        let mut bias = vec![0f32; b * t];
        for s in 0..b {
            for i in 0..l {
                if (i as f32) >= num_loops[s] {
                    bias[s * t + 3 + i] = -1e9;
                }
                if producer_present[s * l + i] == 0.0 {
                    bias[s * t + 3 + l + i] = -1e9;
                }
            }
        }
        let key_bias = Tensor::from_vec(bias, (b, 1, 1, t), obs.device())?;
        let mut x = x;
        for layer in &self.layers {
            let a = layer.attn.forward(&layer.norm1.forward(&x)?, &key_bias)?;
            x = (x + dropout(&a, self.dropout, mode, rng)?)?;
            let h = layer.ff1.forward(&layer.norm2.forward(&x)?)?.gelu_erf()?;
            let h = layer.ff2.forward(&dropout(&h, self.dropout, mode, rng)?)?;
            x = (x + dropout(&h, self.dropout, mode, rng)?)?;
        }
        let x = self.final_norm.forward(&x)?;
        Ok((x.i((.., 0, ..))?, x.narrow(1, 3, l)?))
    }
}

impl Net {
    /// The backbone's output `[B, width]` and, with the transformer
    /// encoder, the op's loop tokens `[B, L, d]`.
    fn forward(
        &self,
        obs: &Tensor,
        layout: &ObsLayout,
        mode: Mode,
        rng: &mut Rng,
    ) -> Result<(Tensor, Option<Tensor>)> {
        let f = layout.op_features;
        let history = obs.narrow(1, 2 * f, layout.history)?;
        let (encoded, loops) = match &self.encoder {
            Encoder::Lstm { mlp, lstm, dropout: p } => {
                // The op and its producer go through the shared MLP as one
                // batch of 2B rows, op rows first: the LSTM's time-major input.
                let b = obs.dim(0)?;
                let ops = Tensor::cat(&[obs.narrow(1, 0, f)?, obs.narrow(1, f, f)?], 0)?;
                let h = dropout(&mlp[0].forward_act(&ops, Activation::Elu)?, *p, mode, rng)?;
                let h = dropout(&mlp[1].forward_act(&h, Activation::Elu)?, *p, mode, rng)?;
                (lstm.last_hidden(&h.reshape((2, b, h.dim(1)?))?)?, None)
            }
            Encoder::Transformer(t) => {
                let (cls, loops) = t.forward(obs, layout, mode, rng)?;
                (cls, Some(loops))
            }
        };
        let mut x = Tensor::cat(&[encoded, history], 1)?;
        for layer in &self.backbone {
            x = layer.forward_act(&x, Activation::Relu)?;
        }
        Ok((x, loops))
    }
}

/// How one output head reads the network.
enum Head {
    /// `Linear, ReLU, Linear` on the backbone output: all rows × choices
    /// logits at once.
    Pooled([Linear; 2]),
    /// One row for each of the first n loops: `Linear, ReLU, Linear` on
    /// `[backbone output, loop token i]` gives row `i`'s choices (a
    /// tile-size head).
    PerLoop(usize, [Linear; 2]),
    /// One row whose choice `i` is loop `i` of n: `Linear, ReLU, Linear`
    /// on `[backbone output, loop token i]` gives choice `i`'s logit (the
    /// interchange pointer).
    Pointer(usize, [Linear; 2]),
}

impl Head {
    /// Logits `[B, rows × choices]`.
    fn forward(&self, x: &Tensor, loops: Option<&Tensor>) -> Result<Tensor> {
        let per_loop = |n: usize, layers: &[Linear; 2]| -> Result<Tensor> {
            let loops = loops.ok_or_else(|| {
                candle_core::Error::Msg("a per-loop head needs the encoder's loop tokens".into())
            })?;
            let loops = loops.narrow(1, 0, n)?;
            let (b, l, _) = loops.dims3()?;
            let pooled = x.unsqueeze(1)?.broadcast_as((b, l, x.dim(1)?))?;
            let input = Tensor::cat(&[pooled.contiguous()?, loops.contiguous()?], 2)?;
            let out = layers[1].forward(&layers[0].forward_act(&input, Activation::Relu)?)?;
            out.reshape((b, ()))
        };
        match self {
            Self::Pooled(layers) => layers[1].forward(&layers[0].forward_act(x, Activation::Relu)?),
            Self::PerLoop(n, layers) | Self::Pointer(n, layers) => per_loop(*n, layers),
        }
    }
}

/// Policy and value networks over a masked multi-discrete action space.
pub struct Model {
    config: ModelConfig,
    layout: ObsLayout,
    spec: ActionHeads,
    vars: Vec<(String, Var)>,
    policy: Net,
    heads: Vec<Head>,
    value: Net,
    value_out: Linear,
    device: Device,
}

impl Model {
    /// Builds a model with weights initialised from `config.seed`.
    pub fn new(
        config: ModelConfig,
        layout: ObsLayout,
        spec: ActionHeads,
    ) -> std::result::Result<Self, ModelError> {
        layout.validate().map_err(ModelError::Config)?;
        spec.validate().map_err(ModelError::Config)?;
        config.validate().map_err(ModelError::Config)?;
        if matches!(config.encoder, EncoderConfig::Transformer { .. })
            && layout.loop_tokens.is_none()
        {
            return Err(ModelError::Config(
                "the transformer encoder needs loop tokens, and these features have none (use \
                 the LSTM encoder)"
                    .into(),
            ));
        }
        if let EncoderConfig::Transformer { d_model, heads, .. } = &config.encoder
            && (*heads == 0 || d_model % heads != 0)
        {
            return Err(ModelError::Config(format!(
                "d_model {d_model} is not divisible by {heads} heads"
            )));
        }
        let device = Device::Cpu;
        let mut rng = Rng::new(config.seed);
        let mut vars = Vec::new();
        let w = config.width;
        let (policy, heads, value, value_out) = {
            let mut root = ParamBuilder::new(&mut vars, &mut rng, &device);
            let net = |p: &mut ParamBuilder<'_>| -> Result<Net> {
                let (encoder, out) =
                    build_encoder(&mut p.sub("encoder"), &config.encoder, &layout)?;
                let mut backbone = Vec::new();
                let mut input = out;
                for i in 0..config.backbone_layers {
                    backbone.push(Linear::new(&mut p.sub("backbone"), &i.to_string(), input, w)?);
                    input = w;
                }
                Ok(Net { encoder, backbone })
            };
            let mut pp = root.sub("policy");
            let policy = net(&mut pp)?;
            // Per-loop heads (transformer with `loop_heads`): the parameter
            // heads of n > 1 rows (the tile sizes of loops 0..n, n at most
            // the loop tokens) score row i from loop token i; a one-row head
            // of n choices (the interchange pointer) scores choice i from
            // loop token i. The selection head stays pooled.
            let loop_rows = spec.heads.iter().map(|h| h.rows).filter(|&r| r > 1).max();
            let tokens = match (&config.encoder, &layout.loop_tokens, loop_rows) {
                (
                    EncoderConfig::Transformer { d_model, loop_heads: true, .. },
                    Some(t),
                    Some(n),
                ) if n <= t.loops && spec.heads.iter().all(|h| h.rows == 1 || h.rows == n) => {
                    Some((n, *d_model))
                }
                (EncoderConfig::Transformer { loop_heads: true, .. }, t, _) => {
                    return Err(ModelError::Config(format!(
                        "per-loop heads need parameter heads of one row per loop, at most the                          {} loop tokens; these heads have rows {:?}",
                        t.as_ref().map_or(0, |t| t.loops),
                        spec.heads.iter().map(|h| h.rows).collect::<Vec<_>>()
                    )));
                }
                _ => None,
            };
            let mut outs = vec![(1, spec.selection)];
            outs.extend(spec.heads.iter().map(|h| (h.rows, h.choices)));
            let heads = outs
                .iter()
                .enumerate()
                .map(|(i, &(rows, choices))| {
                    Ok(match tokens {
                        Some((n, d)) if i > 0 && rows == n => {
                            let mut hp = pp.sub(&format!("loop_head{i}"));
                            Head::PerLoop(
                                n,
                                [
                                    Linear::new(&mut hp, "0", w + d, w)?,
                                    Linear::new(&mut hp, "1", w, choices)?,
                                ],
                            )
                        }
                        Some((n, d)) if i > 0 && rows == 1 && choices == n => {
                            let mut hp = pp.sub(&format!("loop_head{i}"));
                            Head::Pointer(
                                n,
                                [
                                    Linear::new(&mut hp, "0", w + d, w)?,
                                    // Without a bias: one offset on every
                                    // loop's logit changes no probability.
                                    Linear::without_bias(&mut hp, "1", w, 1)?,
                                ],
                            )
                        }
                        _ => {
                            let mut hp = pp.sub(&format!("head{i}"));
                            Head::Pooled([
                                Linear::new(&mut hp, "0", w, w)?,
                                Linear::new(&mut hp, "1", w, rows * choices)?,
                            ])
                        }
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            let mut vp = root.sub("value");
            let value = net(&mut vp)?;
            let value_out = Linear::new(&mut vp, "out", w, 1)?;
            (policy, heads, value, value_out)
        };
        Ok(Self { config, layout, spec, vars, policy, heads, value, value_out, device })
    }

    /// Number of trainable parameters.
    pub fn num_parameters(&self) -> usize {
        self.vars.iter().map(|(_, v)| v.elem_count()).sum()
    }

    /// The configuration.
    pub fn config(&self) -> &ModelConfig {
        &self.config
    }

    /// The observation layout.
    pub fn layout(&self) -> &ObsLayout {
        &self.layout
    }
}

impl ActorCritic for Model {
    fn spec(&self) -> &ActionHeads {
        &self.spec
    }

    fn obs_dim(&self) -> usize {
        self.layout.total()
    }

    fn device(&self) -> &Device {
        &self.device
    }

    fn forward(&self, obs: &Tensor, mode: Mode, rng: &mut Rng) -> Result<(HeadLogits, Tensor)> {
        let obs = obs.to_dtype(DType::F32)?;
        let b = obs.dim(0)?;
        // The policy and the value network share nothing, so they run side by
        // side, each with its own dropout stream split off `rng` (the same
        // streams whatever the scheduling).
        let mut policy_rng = Rng::new(rng.next_u64());
        let mut value_rng = Rng::new(rng.next_u64());
        let (policy, value) = rayon::join(
            || -> Result<Vec<Tensor>> {
                let (x, loops) = self.policy.forward(&obs, &self.layout, mode, &mut policy_rng)?;
                self.heads.iter().map(|head| head.forward(&x, loops.as_ref())).collect()
            },
            || -> Result<Tensor> {
                let (v, _) = self.value.forward(&obs, &self.layout, mode, &mut value_rng)?;
                self.value_out.forward(&v)?.squeeze(1)
            },
        );
        let (mut logits, values) = (policy?, value?);
        let selection = logits.remove(0);
        let heads = logits
            .into_iter()
            .zip(&self.spec.heads)
            .map(|(t, h)| t.reshape((b, h.rows, h.choices)))
            .collect::<Result<Vec<_>>>()?;
        Ok((HeadLogits { selection, heads }, values))
    }

    fn variables(&self) -> Vec<(String, Var)> {
        self.vars.clone()
    }

    fn config_json(&self) -> String {
        serde_json::json!({"model": self.config, "layout": self.layout, "spec": self.spec})
            .to_string()
    }

    /// Also accepts checkpoints written before layouts named their loop
    /// tokens: their layout (`max_loops`, `max_accesses`,
    /// `max_access_rank`) always described the seed features, whose tokens
    /// it determines.
    fn accepts_config(&self, stored: &str) -> bool {
        let Ok(mut stored) = serde_json::from_str::<serde_json::Value>(stored) else {
            return false;
        };
        let layout = &stored["layout"];
        let size = |key: &str| layout.get(key).and_then(|v| v.as_u64()).map(|v| v as usize);
        if let (Some(f), Some(h), Some(l), Some(ls), Some(lsd)) = (
            size("op_features"),
            size("history"),
            size("max_loops"),
            size("max_accesses"),
            size("max_access_rank"),
        ) {
            let legacy = ObsLayout {
                op_features: f,
                history: h,
                loop_tokens: Some(crate::synthetic::seed_loop_tokens(l, ls, lsd)),
            };
            stored["layout"] = serde_json::json!(legacy);
        }
        serde_json::from_str::<serde_json::Value>(&self.config_json())
            .is_ok_and(|ours| ours == stored)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layers(input: usize, hidden: usize, output: usize, seed: u64) -> [Linear; 2] {
        let (mut vars, mut rng) = (Vec::new(), Rng::new(seed));
        let mut p = ParamBuilder::new(&mut vars, &mut rng, &Device::Cpu);
        [
            Linear::new(&mut p, "0", input, hidden).unwrap(),
            Linear::new(&mut p, "1", hidden, output).unwrap(),
        ]
    }

    fn values(t: &Tensor) -> Vec<f32> {
        t.flatten_all().unwrap().to_vec1().unwrap()
    }

    #[test]
    fn per_loop_heads_score_row_i_from_loop_token_i() {
        let (b, l, w, d, choices) = (2, 4, 5, 3, 6);
        let mut rng = Rng::new(1);
        let mut random = |n: usize| (0..n).map(|_| rng.uniform(-1.0, 1.0)).collect::<Vec<f32>>();
        let x = Tensor::from_vec(random(b * w), (b, w), &Device::Cpu).unwrap();
        let tokens = Tensor::from_vec(random(b * l * d), (b, l, d), &Device::Cpu).unwrap();
        // Rows and choices for the first 3 of the 4 loop tokens.
        let n = 3;
        let per_loop = Head::PerLoop(n, layers(w + d, 7, choices, 2));
        let pointer = Head::Pointer(n, layers(w + d, 7, 1, 3));
        let Head::PerLoop(_, ref pl) = per_loop else { unreachable!() };
        let Head::Pointer(_, ref pt) = pointer else { unreachable!() };
        let one = |layers: &[Linear; 2], s: usize, i: usize| -> Vec<f32> {
            let input = Tensor::cat(&[x.i(s..s + 1).unwrap(), tokens.i((s..s + 1, i)).unwrap()], 1)
                .unwrap();
            let h = layers[0].forward_act(&input, Activation::Relu).unwrap();
            values(&layers[1].forward(&h).unwrap())
        };
        let rows = values(&per_loop.forward(&x, Some(&tokens)).unwrap());
        let pointers = values(&pointer.forward(&x, Some(&tokens)).unwrap());
        assert_eq!((rows.len(), pointers.len()), (b * n * choices, b * n));
        for s in 0..b {
            for i in 0..n {
                let row = &rows[(s * n + i) * choices..(s * n + i + 1) * choices];
                for (a, e) in row.iter().zip(one(pl, s, i)) {
                    assert!((a - e).abs() < 1e-5, "sample {s}, row {i}");
                }
                assert!((pointers[s * n + i] - one(pt, s, i)[0]).abs() < 1e-5);
            }
        }
        // Swapping loop tokens 0 and 2 swaps rows (and pointer choices) 0 and 2.
        let swapped = Tensor::cat(
            &[
                tokens.i((.., 2..3)).unwrap(),
                tokens.i((.., 1..2)).unwrap(),
                tokens.i((.., 0..1)).unwrap(),
                tokens.i((.., 3..4)).unwrap(),
            ],
            1,
        )
        .unwrap();
        let rows2 = values(&per_loop.forward(&x, Some(&swapped)).unwrap());
        let pointers2 = values(&pointer.forward(&x, Some(&swapped)).unwrap());
        for s in 0..b {
            for (i, j) in [(0, 2), (1, 1), (2, 0)] {
                let row = |v: &[f32], r: usize| {
                    v[(s * n + r) * choices..(s * n + r + 1) * choices].to_vec()
                };
                assert_eq!(row(&rows2, i), row(&rows, j));
                assert_eq!(pointers2[s * n + i], pointers[s * n + j]);
            }
        }
        assert!(per_loop.forward(&x, None).is_err(), "no loop tokens");
    }
}
