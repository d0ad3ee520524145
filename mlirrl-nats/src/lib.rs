//! `mlirrl-nats`: measurement workers behind a NATS JetStream work queue.
//!
//! - [`NatsMeasurer`] implements [`mlirrl_env::Measurer`]: it publishes every
//!   job of a batch to the `MLIRRL_JOBS` stream (work-queue retention,
//!   de-duplicated by job id) and collects results from the `MLIRRL_RESULTS`
//!   stream. Results are idempotent: the first result for a job id counts,
//!   duplicates are ignored.
//! - [`serve`] is the body of `mlirrl worker --nats URL`: it pulls one job at a
//!   time from a durable consumer with explicit acks, measures it in its own
//!   isolated child process, publishes the result, and only then acks the job.
//!   A worker killed mid-job never acks, so the job is redelivered to another
//!   worker after the ack wait. A job delivered `max_deliver` times (it keeps
//!   killing workers) is reported failed instead of measured again.
//! - Streams use file storage: a broker restart loses nothing that was
//!   acknowledged, and both sides reconnect by themselves.
//! - Workers send in-progress acknowledgements while they measure, so a job
//!   is redelivered only when its worker died or lost the broker, never
//!   because it is slow; "delivered N times" therefore counts deaths.
//! - Connections authenticate and encrypt as [`auth`] describes (token,
//!   user/password, nkey, creds file, TLS with client certificates);
//!   secrets come from the environment or files and never appear in URLs
//!   that mlirrl stores or prints, nor in logs and errors.
//! - Every result carries the measuring worker's machine fingerprint. A run
//!   uses one fingerprint (the configured one, else the first seen); results
//!   from other machines are failures with the reason stated, never mixed into
//!   a reward.

#![warn(missing_docs)]

use async_nats::{
    HeaderMap,
    jetstream::{self, consumer::pull, stream},
};
use futures::StreamExt;
use mlirrl_env::{
    Failure, MeasureJob, Measurement, Measurer,
    worker::{WorkerCommand, WorkerProcess},
};
use serde::{Deserialize, Serialize};
pub mod auth;

pub use auth::NatsAuth;
use std::{
    collections::HashMap,
    sync::{
        Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

/// Stream holding jobs.
pub const JOBS_STREAM: &str = "MLIRRL_JOBS";
/// Stream holding results.
pub const RESULTS_STREAM: &str = "MLIRRL_RESULTS";
/// Durable consumer shared by all workers.
pub const WORKERS_CONSUMER: &str = "mlirrl-workers";

/// Errors of the NATS backend. Messages never hold secrets: URLs are shown
/// without their user information.
#[derive(Debug, thiserror::Error)]
pub enum NatsError {
    /// Connecting or talking to the broker failed.
    #[error("NATS at {url}: {reason}")]
    Broker {
        /// Broker URL (without credentials).
        url: String,
        /// What failed.
        reason: String,
    },
    /// Credentials or TLS settings are missing, inconsistent or refused.
    #[error("NATS authentication: {0}")]
    Auth(String),
}

/// Settings shared by the learner and workers (`Debug` hides credentials).
#[derive(Clone)]
pub struct NatsConfig {
    /// Broker URL, e.g. `nats://127.0.0.1:4222`.
    pub url: String,
    /// Deliveries of one job before it is reported failed.
    pub max_deliver: i64,
    /// How long a worker may hold a job before it is redelivered.
    pub ack_wait: Duration,
    /// Fingerprint results must carry (the first result's when `None`).
    pub fingerprint: Option<String>,
    /// How long the learner waits for a batch beyond the jobs' own limits.
    pub batch_slack: Duration,
    /// Credentials and TLS (see [`auth`]); credentials in the URL's user
    /// information are used too.
    pub auth: NatsAuth,
    /// How long connecting may wait for a broker that is not up yet.
    pub connect_wait: Duration,
}

impl std::fmt::Debug for NatsConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NatsConfig")
            .field("url", &auth::redact(&self.url))
            .field("max_deliver", &self.max_deliver)
            .field("ack_wait", &self.ack_wait)
            .field("fingerprint", &self.fingerprint)
            .field("batch_slack", &self.batch_slack)
            .field("auth", &self.auth)
            .field("connect_wait", &self.connect_wait)
            .finish()
    }
}

impl NatsConfig {
    /// Defaults for a broker URL.
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            max_deliver: 3,
            ack_wait: Duration::from_secs(120),
            fingerprint: None,
            batch_slack: Duration::from_secs(60),
            auth: NatsAuth::default(),
            connect_wait: Duration::from_secs(30),
        }
    }

    /// [`NatsConfig::new`] with the credentials and TLS settings of the
    /// environment ([`NatsAuth::from_env`]).
    pub fn from_env(url: impl Into<String>) -> Result<Self, NatsError> {
        let mut config = Self::new(url);
        config.auth = NatsAuth::from_env()?;
        Ok(config)
    }

    /// The same settings with the URL's user information (if any) moved
    /// into [`NatsConfig::auth`]: the URL is then safe to print, store or
    /// pass on a command line, and `auth.to_env()` carries the credentials
    /// to a child process.
    pub fn with_url_credentials(&self) -> Result<Self, NatsError> {
        let (url, user_info) = auth::split_url(&self.url)?;
        let mut config = Self { url, ..self.clone() };
        if let Some((user, password)) = user_info {
            let auth = &mut config.auth;
            if auth.has_credentials() && auth.user.as_deref() != Some(user.as_str()) {
                return Err(NatsError::Auth(
                    "the URL carries a user, and other credentials are configured too".into(),
                ));
            }
            auth.user = Some(user);
            auth.password = password.or(auth.password.take());
        }
        Ok(config)
    }

    /// The broker URL without user information (safe to print or store).
    pub fn public_url(&self) -> String {
        auth::split_url(&self.url).map(|(u, _)| u).unwrap_or_else(|_| auth::redact(&self.url))
    }
}

#[derive(Serialize, Deserialize)]
struct JobMessage {
    id: String,
    run: String,
    job: MeasureJob,
}

#[derive(Serialize, Deserialize)]
struct ResultMessage {
    id: String,
    worker: String,
    measurement: Measurement,
}

fn broker(url: &str) -> impl Fn(&dyn std::fmt::Display) -> NatsError + '_ {
    move |e| NatsError::Broker { url: auth::redact(url), reason: e.to_string() }
}

/// Connects with `config`'s credentials and TLS settings. A broker that is
/// not up yet is waited for (up to `connect_wait`); refused credentials and
/// TLS failures are errors at once. Reconnects after a broker restart retry
/// quickly (at most a second apart).
async fn connect(config: &NatsConfig) -> Result<async_nats::Client, NatsError> {
    let config = config.with_url_credentials()?;
    let (url, auth) = (&config.url, &config.auth);
    let tls = url.starts_with("tls://");
    let deadline = Instant::now() + config.connect_wait;
    loop {
        let options = auth
            .options(tls)
            .await?
            .connection_timeout(Duration::from_secs(5))
            .reconnect_delay_callback(|attempts| {
                Duration::from_millis((50 * attempts as u64).clamp(50, 1000))
            })
            .event_callback(|event| async move {
                match event {
                    async_nats::Event::Disconnected => tracing::warn!("NATS: disconnected"),
                    async_nats::Event::Connected => tracing::info!("NATS: connected"),
                    other => tracing::debug!("NATS: {other}"),
                }
            });
        match options.connect(url.as_str()).await {
            Ok(client) => return Ok(client),
            Err(e) => {
                use async_nats::ConnectErrorKind as K;
                // The whole chain: TLS handshake failures arrive as I/O errors.
                let mut chain = e.to_string();
                let mut source = std::error::Error::source(&e);
                while let Some(s) = source {
                    chain.push_str(&format!(": {s}"));
                    source = s.source();
                }
                let lower = chain.to_lowercase();
                let refused = match e.kind() {
                    K::AuthorizationViolation => Some(if auth.has_credentials() {
                        "the broker refused the credentials (authorization violation)".to_string()
                    } else {
                        "the broker requires authentication and no credentials are configured \
                         (see the MLIRRL_NATS_* variables)"
                            .to_string()
                    }),
                    K::Tls => Some(format!("TLS failed: {chain}")),
                    _ if ["certificate", "handshake", "rustls"]
                        .iter()
                        .any(|w| lower.contains(w)) =>
                    {
                        Some(format!("TLS failed (check the CA and certificates): {chain}"))
                    }
                    _ => None,
                };
                if let Some(why) = refused {
                    return Err(NatsError::Auth(format!("{url}: {why}")));
                }
                if Instant::now() >= deadline {
                    return Err(broker(url)(&e));
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }
}

async fn ensure_streams(
    js: &jetstream::Context,
    url: &str,
) -> Result<(stream::Stream, stream::Stream), NatsError> {
    let jobs = stream::Config {
        name: JOBS_STREAM.into(),
        subjects: vec!["mlirrl.jobs.>".into()],
        retention: stream::RetentionPolicy::WorkQueue,
        storage: stream::StorageType::File,
        duplicate_window: Duration::from_secs(600),
        ..Default::default()
    };
    let results = stream::Config {
        name: RESULTS_STREAM.into(),
        subjects: vec!["mlirrl.results.>".into()],
        storage: stream::StorageType::File,
        max_age: Duration::from_secs(24 * 3600),
        duplicate_window: Duration::from_secs(600),
        ..Default::default()
    };
    Ok((ensure_stream(js, url, jobs).await?, ensure_stream(js, url, results).await?))
}

/// Gets or creates one stream. When two processes create it at the same
/// moment on a fresh broker, the loser's request fails ("subjects overlap
/// with an existing stream"); asking again then finds the winner's.
async fn ensure_stream(
    js: &jetstream::Context,
    url: &str,
    config: stream::Config,
) -> Result<stream::Stream, NatsError> {
    let mut attempt = 0;
    loop {
        match js.get_or_create_stream(config.clone()).await {
            Ok(s) => return Ok(s),
            Err(e) if attempt < 10 => {
                attempt += 1;
                tracing::debug!("creating stream {}: {e}; asking again", config.name);
                tokio::time::sleep(Duration::from_millis(100 * attempt)).await;
            }
            Err(e) => return Err(broker(url)(&e)),
        }
    }
}

static RUNS: AtomicU64 = AtomicU64::new(0);

/// The learner side: a [`Measurer`] backed by the work queue.
pub struct NatsMeasurer {
    config: NatsConfig,
    runtime: tokio::runtime::Runtime,
    client: async_nats::Client,
    run: String,
    next: AtomicU64,
    fingerprint: Mutex<Option<String>>,
    mismatches: AtomicU64,
}

impl NatsMeasurer {
    /// Connects and creates the streams if needed.
    pub fn connect(config: NatsConfig) -> Result<Self, NatsError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| broker(&config.url)(&e))?;
        let client = runtime.block_on(async {
            let client = connect(&config).await?;
            ensure_streams(&jetstream::new(client.clone()), &config.public_url()).await?;
            Ok::<_, NatsError>(client)
        })?;
        let run = format!(
            "{}-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis()),
            RUNS.fetch_add(1, Ordering::Relaxed)
        );
        let fingerprint = Mutex::new(config.fingerprint.clone());
        Ok(Self {
            config,
            runtime,
            client,
            run,
            next: AtomicU64::new(0),
            fingerprint,
            mismatches: AtomicU64::new(0),
        })
    }

    /// The run id (subject suffix) of this measurer.
    pub fn run_id(&self) -> &str {
        &self.run
    }

    /// Results rejected because they came from another machine.
    pub fn fingerprint_mismatches(&self) -> u64 {
        self.mismatches.load(Ordering::Relaxed)
    }

    /// The fingerprint this run uses (once known).
    pub fn fingerprint(&self) -> Option<String> {
        self.fingerprint.lock().ok().and_then(|f| f.clone())
    }

    async fn batch(&self, jobs: &[MeasureJob]) -> Result<Vec<Measurement>, NatsError> {
        let url = &self.config.public_url();
        let js = jetstream::new(self.client.clone());
        let (_, results) = ensure_streams(&js, url).await?;
        let subject = format!("mlirrl.results.{}", self.run);
        // A view of this run's results, created before any job is published.
        // It is recreated from the start of the subject whenever it breaks
        // (a broker restart): results are idempotent by job id, so reading
        // some twice is harmless, and no long heartbeat has to expire first.
        let view = || pull::Config {
            filter_subject: subject.clone(),
            deliver_policy: jetstream::consumer::DeliverPolicy::All,
            ack_policy: jetstream::consumer::AckPolicy::None,
            inactive_threshold: Duration::from_secs(600),
            ..Default::default()
        };
        let mut consumer = results.create_consumer(view()).await.map_err(|e| broker(url)(&e))?;
        let first = self.next.fetch_add(jobs.len() as u64, Ordering::Relaxed);
        let ids: Vec<String> =
            (0..jobs.len()).map(|i| format!("{}-{}", self.run, first + i as u64)).collect();
        for (id, job) in ids.iter().zip(jobs) {
            let payload = serde_json::to_vec(&JobMessage {
                id: id.clone(),
                run: self.run.clone(),
                job: job.clone(),
            })
            .map_err(|e| broker(url)(&e))?;
            let mut headers = HeaderMap::new();
            headers.insert("Nats-Msg-Id", id.as_str());
            // Retry through broker restarts; the message id makes retries idempotent.
            let mut attempt = 0;
            loop {
                let sent = async {
                    js.publish_with_headers(
                        format!("mlirrl.jobs.{}", self.run),
                        headers.clone(),
                        payload.clone().into(),
                    )
                    .await?
                    .await
                }
                .await;
                match sent {
                    Ok(_) => break,
                    Err(e) if attempt < 60 => {
                        attempt += 1;
                        tracing::warn!("publishing job {id}: {e}; retrying");
                        tokio::time::sleep(Duration::from_millis(500)).await;
                    }
                    Err(e) => return Err(broker(url)(&e)),
                }
            }
        }
        let longest = jobs.iter().map(|j| j.config.timeout_ms).max().unwrap_or(0);
        let deadline = Instant::now()
            + Duration::from_millis(longest.saturating_mul(self.config.max_deliver.max(1) as u64))
            + self.config.ack_wait * self.config.max_deliver.max(1) as u32
            + self.config.batch_slack;
        let wanted: HashMap<&str, usize> =
            ids.iter().enumerate().map(|(i, id)| (id.as_str(), i)).collect();
        let mut out: Vec<Option<Measurement>> = vec![None; jobs.len()];
        let mut remaining = jobs.len();
        let mut broken = false;
        while remaining > 0 && Instant::now() < deadline {
            if broken {
                tokio::time::sleep(Duration::from_millis(200)).await;
                match results.create_consumer(view()).await {
                    Ok(c) => {
                        consumer = c;
                        broken = false;
                    }
                    Err(e) => {
                        tracing::warn!("recreating the results view: {e}; retrying");
                        continue;
                    }
                }
            }
            // Short pull requests: one lost in a broker restart costs a second.
            let batch = consumer
                .fetch()
                .max_messages(remaining.min(256))
                .expires(Duration::from_secs(1))
                .messages()
                .await;
            let mut batch = match batch {
                Ok(b) => b,
                Err(e) => {
                    tracing::warn!("reading results: {e}; recreating the view");
                    broken = true;
                    continue;
                }
            };
            while let Some(next) = batch.next().await {
                let next = match next {
                    Ok(m) => m,
                    Err(e) => {
                        tracing::warn!("reading results: {e}; recreating the view");
                        broken = true;
                        break;
                    }
                };
                let Ok(result) = serde_json::from_slice::<ResultMessage>(&next.payload) else {
                    continue;
                };
                let Some(&i) = wanted.get(result.id.as_str()) else { continue };
                if out[i].is_some() {
                    continue; // a duplicate never counts twice
                }
                out[i] = Some(self.check_fingerprint(result.measurement));
                remaining -= 1;
            }
        }
        Ok(out
            .into_iter()
            .zip(jobs)
            .map(|(m, j)| {
                m.unwrap_or_else(|| {
                    Measurement::failed(
                        Failure::Worker("no result from any NATS worker in time".into()),
                        j.config.threads,
                    )
                })
            })
            .collect())
    }

    fn check_fingerprint(&self, m: Measurement) -> Measurement {
        let Ok(mut run) = self.fingerprint.lock() else { return m };
        match run.as_ref() {
            None => {
                *run = Some(m.fingerprint.clone());
                m
            }
            Some(f) if *f == m.fingerprint => m,
            Some(f) => {
                if self.mismatches.fetch_add(1, Ordering::Relaxed) == 0 {
                    tracing::warn!(
                        "worker fingerprint `{}` differs from the run's `{f}`; its results are not used",
                        m.fingerprint
                    );
                }
                Measurement::failed(
                    Failure::Worker(format!(
                        "measured on another machine ({}), the run uses {f}",
                        m.fingerprint
                    )),
                    m.threads,
                )
            }
        }
    }
}

impl Measurer for NatsMeasurer {
    fn measure(&self, job: &MeasureJob) -> Measurement {
        self.measure_batch(std::slice::from_ref(job)).pop().unwrap_or_else(|| {
            Measurement::failed(Failure::Worker("no result".into()), job.config.threads)
        })
    }

    fn measure_batch(&self, jobs: &[MeasureJob]) -> Vec<Measurement> {
        match self.runtime.block_on(self.batch(jobs)) {
            Ok(results) => results,
            Err(e) => jobs
                .iter()
                .map(|j| Measurement::failed(Failure::Worker(e.to_string()), j.config.threads))
                .collect(),
        }
    }
}

/// Serves jobs from the queue until `stop` returns true (checked between
/// jobs): the body of `mlirrl worker --nats URL`. Measurements run in a child
/// started from `isolate` (a local `mlirrl worker`).
pub fn serve(
    config: &NatsConfig,
    isolate: WorkerCommand,
    stop: &dyn Fn() -> bool,
) -> Result<(), NatsError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .map_err(|e| broker(&config.url)(&e))?;
    runtime.block_on(serve_async(config, isolate, stop))
}

async fn serve_async(
    config: &NatsConfig,
    isolate: WorkerCommand,
    stop: &dyn Fn() -> bool,
) -> Result<(), NatsError> {
    let public = config.public_url();
    let url = &public;
    let client = connect(config).await?;
    let js = jetstream::new(client.clone());
    let (jobs, _) = ensure_streams(&js, url).await?;
    let wanted = pull::Config {
        durable_name: Some(WORKERS_CONSUMER.into()),
        ack_policy: jetstream::consumer::AckPolicy::Explicit,
        ack_wait: config.ack_wait,
        max_deliver: config.max_deliver,
        ..Default::default()
    };
    let mut consumer: jetstream::consumer::Consumer<pull::Config> = jobs
        .get_or_create_consumer(WORKERS_CONSUMER, wanted.clone())
        .await
        .map_err(|e| broker(url)(&e))?;
    // The consumer is shared and durable: a later worker asking for other
    // settings updates it (and says so) rather than silently keeping the
    // stored ones.
    let stored = consumer.cached_info().config.clone();
    if stored.ack_wait != config.ack_wait || stored.max_deliver != config.max_deliver {
        tracing::warn!(
            "updating the shared consumer: ack wait {:?} -> {:?}, max deliveries {} -> {}",
            stored.ack_wait,
            config.ack_wait,
            stored.max_deliver,
            config.max_deliver
        );
        consumer = jobs.update_consumer(wanted).await.map_err(|e| NatsError::Broker {
            url: url.clone(),
            reason: format!(
                "the stored consumer `{WORKERS_CONSUMER}` has ack wait {:?} and max \
                     deliveries {}, and updating it to {:?} and {} failed: {e}",
                stored.ack_wait, stored.max_deliver, config.ack_wait, config.max_deliver
            ),
        })?;
        let now = consumer.cached_info().config.clone();
        if now.ack_wait != config.ack_wait || now.max_deliver != config.max_deliver {
            return Err(NatsError::Broker {
                url: url.clone(),
                reason: "the broker kept the consumer's old settings".into(),
            });
        }
    }
    let worker_id =
        format!("{}@{}", std::process::id(), mlirrl_env::measure::machine_fingerprint());
    let local = std::sync::Arc::new(Mutex::new(WorkerProcess::new(isolate)));
    while !stop() {
        let batch =
            consumer.fetch().max_messages(1).expires(Duration::from_secs(1)).messages().await;
        let mut batch = match batch {
            Ok(b) => b,
            Err(e) => {
                tracing::warn!("fetching a job: {e}; retrying");
                tokio::time::sleep(Duration::from_millis(500)).await;
                continue;
            }
        };
        while let Some(message) = batch.next().await {
            let message = match message {
                Ok(m) => m,
                Err(e) => {
                    tracing::warn!("receiving a job: {e}");
                    continue;
                }
            };
            let delivered = message.info().map(|i| i.delivered).unwrap_or(1);
            let Ok(job) = serde_json::from_slice::<JobMessage>(&message.payload) else {
                let _ = message.ack().await; // not ours to measure
                continue;
            };
            let measurement = if delivered >= config.max_deliver && config.max_deliver > 1 {
                Measurement::failed(
                    Failure::Crashed(format!(
                        "job was delivered {delivered} times; every earlier worker died or lost \
                         the broker while measuring it"
                    )),
                    job.job.config.threads,
                )
            } else {
                // The local child isolates crashes and hangs of the kernel itself.
                let (local, request) = (local.clone(), job.job.clone());
                let threads = request.config.threads;
                let mut measuring = tokio::task::spawn_blocking(move || match local.lock() {
                    Ok(mut w) => w.measure(&request),
                    Err(_) => Measurement::failed(
                        Failure::Worker("worker state poisoned".into()),
                        threads,
                    ),
                });
                // "Still working on it" well within the ack wait, so a slow
                // job is never redelivered while this worker lives.
                let beat = (config.ack_wait / 3).max(Duration::from_millis(100));
                loop {
                    match tokio::time::timeout(beat, &mut measuring).await {
                        Ok(done) => {
                            break done.unwrap_or_else(|e| {
                                Measurement::failed(Failure::Worker(e.to_string()), threads)
                            });
                        }
                        Err(_) => {
                            if let Err(e) = message.ack_with(jetstream::AckKind::Progress).await {
                                tracing::warn!("in-progress acknowledgement of {}: {e}", job.id);
                            }
                        }
                    }
                }
            };
            let payload = serde_json::to_vec(&ResultMessage {
                id: job.id.clone(),
                worker: worker_id.clone(),
                measurement,
            })
            .map_err(|e| broker(url)(&e))?;
            let mut headers = HeaderMap::new();
            headers.insert("Nats-Msg-Id", format!("{}-result", job.id).as_str());
            let subject = format!("mlirrl.results.{}", job.run);
            // Ack only after the result is stored.
            let mut published = false;
            for _ in 0..60 {
                match async {
                    js.publish_with_headers(
                        subject.clone(),
                        headers.clone(),
                        payload.clone().into(),
                    )
                    .await?
                    .await
                }
                .await
                {
                    Ok(_) => {
                        published = true;
                        break;
                    }
                    Err(e) => {
                        tracing::warn!("publishing result {}: {e}; retrying", job.id);
                        // Still ours: keep the job from being redelivered.
                        let _ = message.ack_with(jetstream::AckKind::Progress).await;
                        tokio::time::sleep(Duration::from_millis(500)).await;
                    }
                }
            }
            if published {
                let _ = message.double_ack().await;
            }
        }
    }
    Ok(())
}

/// The workers' queue as the broker sees it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueueStatus {
    /// Jobs waiting for a worker.
    pub pending: u64,
    /// Jobs a worker holds and has not acknowledged.
    pub in_progress: u64,
    /// Jobs delivered more than once and not yet acknowledged.
    pub redelivered: u64,
    /// Jobs delivered to workers so far (stream sequence reached).
    pub delivered: u64,
    /// Deliveries so far, redeliveries included (consumer sequence).
    pub deliveries: u64,
    /// The shared consumer's ack wait.
    pub ack_wait: Duration,
    /// The shared consumer's delivery limit.
    pub max_deliver: i64,
}

/// Reads the queue status (zeros before any worker has connected), with the
/// credentials of the environment.
pub fn queue_status(url: &str) -> Result<QueueStatus, NatsError> {
    queue_status_with(&NatsConfig::from_env(url)?)
}

/// [`queue_status`] with explicit settings.
pub fn queue_status_with(config: &NatsConfig) -> Result<QueueStatus, NatsError> {
    let public = config.public_url();
    let url = public.as_str();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| broker(url)(&e))?;
    runtime.block_on(async {
        let client = connect(config).await?;
        let js = jetstream::new(client);
        let (jobs, _) = ensure_streams(&js, url).await?;
        let Ok(mut consumer) = jobs.get_consumer::<pull::Config>(WORKERS_CONSUMER).await else {
            return Ok(QueueStatus::default());
        };
        let info = consumer.info().await.map_err(|e| broker(url)(&e))?;
        Ok(QueueStatus {
            pending: info.num_pending,
            in_progress: info.num_ack_pending as u64,
            redelivered: info.num_redelivered as u64,
            delivered: info.delivered.stream_sequence,
            deliveries: info.delivered.consumer_sequence,
            ack_wait: info.config.ack_wait,
            max_deliver: info.config.max_deliver,
        })
    })
}

/// The code blocks of the crate's README, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
