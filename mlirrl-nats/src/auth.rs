//! Authentication and encryption for the NATS connection.
//!
//! Every secret comes from the environment or from a file, never from a
//! command line or a configuration file, and never appears in a log or an
//! error message:
//!
//! | variable | what |
//! |---|---|
//! | `MLIRRL_NATS_TOKEN` / `MLIRRL_NATS_TOKEN_FILE` | a token (`authorization { token }`) |
//! | `MLIRRL_NATS_USER`, `MLIRRL_NATS_PASSWORD` / `MLIRRL_NATS_PASSWORD_FILE` | user and password |
//! | `MLIRRL_NATS_NKEY_FILE` | a file holding an nkey seed (`SU...`) |
//! | `MLIRRL_NATS_CREDS` | a `.creds` file (JWT and nkey seed) |
//! | `MLIRRL_NATS_TLS_CA` | CA certificate(s) to verify the server (PEM) |
//! | `MLIRRL_NATS_TLS_CERT`, `MLIRRL_NATS_TLS_KEY` | client certificate and key (PEM) |
//! | `MLIRRL_NATS_REQUIRE_AUTH` | `1`: refuse to connect without credentials |
//!
//! A URL with user information (`nats://user:pass@host:4222`) is accepted
//! for convenience: [`split_url`] takes the credentials out and everything
//! mlirrl stores or prints holds the URL without them. `tls://` URLs (and
//! any TLS option) make the connection require TLS.

use crate::NatsError;
use std::{fmt, path::PathBuf};

/// Credentials and TLS settings of a NATS connection.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct NatsAuth {
    /// Token.
    pub token: Option<String>,
    /// User name (with [`NatsAuth::password`]).
    pub user: Option<String>,
    /// Password.
    pub password: Option<String>,
    /// Path of a file holding an nkey seed.
    pub nkey_file: Option<PathBuf>,
    /// Path of a `.creds` file.
    pub creds_file: Option<PathBuf>,
    /// CA certificate(s) that sign the server's certificate.
    pub tls_ca: Option<PathBuf>,
    /// Client certificate (with [`NatsAuth::tls_key`]).
    pub tls_cert: Option<PathBuf>,
    /// Client key.
    pub tls_key: Option<PathBuf>,
    /// Refuse to connect when no credentials are configured.
    pub require_auth: bool,
}

impl fmt::Debug for NatsAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hidden = |s: &Option<String>| s.as_ref().map(|_| "<hidden>");
        f.debug_struct("NatsAuth")
            .field("token", &hidden(&self.token))
            .field("user", &self.user)
            .field("password", &hidden(&self.password))
            .field("nkey_file", &self.nkey_file)
            .field("creds_file", &self.creds_file)
            .field("tls_ca", &self.tls_ca)
            .field("tls_cert", &self.tls_cert)
            .field("tls_key", &self.tls_key)
            .field("require_auth", &self.require_auth)
            .finish()
    }
}

/// Environment variable names (see the module docs).
pub mod vars {
    /// Token.
    pub const TOKEN: &str = "MLIRRL_NATS_TOKEN";
    /// File holding the token.
    pub const TOKEN_FILE: &str = "MLIRRL_NATS_TOKEN_FILE";
    /// User name.
    pub const USER: &str = "MLIRRL_NATS_USER";
    /// Password.
    pub const PASSWORD: &str = "MLIRRL_NATS_PASSWORD";
    /// File holding the password.
    pub const PASSWORD_FILE: &str = "MLIRRL_NATS_PASSWORD_FILE";
    /// File holding an nkey seed.
    pub const NKEY_FILE: &str = "MLIRRL_NATS_NKEY_FILE";
    /// `.creds` file.
    pub const CREDS: &str = "MLIRRL_NATS_CREDS";
    /// CA certificate(s).
    pub const TLS_CA: &str = "MLIRRL_NATS_TLS_CA";
    /// Client certificate.
    pub const TLS_CERT: &str = "MLIRRL_NATS_TLS_CERT";
    /// Client key.
    pub const TLS_KEY: &str = "MLIRRL_NATS_TLS_KEY";
    /// `1` to require credentials.
    pub const REQUIRE_AUTH: &str = "MLIRRL_NATS_REQUIRE_AUTH";
}

fn read_secret(var: &str, path: &str) -> Result<String, NatsError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| NatsError::Auth(format!("{var}={path}: cannot read: {e}")))?;
    let secret = text.trim().to_string();
    if secret.is_empty() {
        return Err(NatsError::Auth(format!("{var}={path}: the file is empty")));
    }
    Ok(secret)
}

impl NatsAuth {
    /// Reads the settings from the environment (see the module docs).
    pub fn from_env() -> Result<Self, NatsError> {
        Self::from_vars(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
    }

    /// Reads the settings through `get` (the environment, or a test's map).
    pub fn from_vars(get: impl Fn(&str) -> Option<String>) -> Result<Self, NatsError> {
        let token = match (get(vars::TOKEN), get(vars::TOKEN_FILE)) {
            (Some(t), _) => Some(t),
            (None, Some(path)) => Some(read_secret(vars::TOKEN_FILE, &path)?),
            (None, None) => None,
        };
        let password = match (get(vars::PASSWORD), get(vars::PASSWORD_FILE)) {
            (Some(p), _) => Some(p),
            (None, Some(path)) => Some(read_secret(vars::PASSWORD_FILE, &path)?),
            (None, None) => None,
        };
        let auth = Self {
            token,
            user: get(vars::USER),
            password,
            nkey_file: get(vars::NKEY_FILE).map(PathBuf::from),
            creds_file: get(vars::CREDS).map(PathBuf::from),
            tls_ca: get(vars::TLS_CA).map(PathBuf::from),
            tls_cert: get(vars::TLS_CERT).map(PathBuf::from),
            tls_key: get(vars::TLS_KEY).map(PathBuf::from),
            require_auth: get(vars::REQUIRE_AUTH).is_some_and(|v| v == "1" || v == "true"),
        };
        auth.check()?;
        Ok(auth)
    }

    /// The settings as environment variables, for a child process that must
    /// connect the same way (secrets travel in its environment, never in
    /// its arguments).
    pub fn to_env(&self) -> Vec<(&'static str, String)> {
        let path = |p: &Option<PathBuf>| p.as_ref().map(|p| p.display().to_string());
        [
            (vars::TOKEN, self.token.clone()),
            (vars::USER, self.user.clone()),
            (vars::PASSWORD, self.password.clone()),
            (vars::NKEY_FILE, path(&self.nkey_file)),
            (vars::CREDS, path(&self.creds_file)),
            (vars::TLS_CA, path(&self.tls_ca)),
            (vars::TLS_CERT, path(&self.tls_cert)),
            (vars::TLS_KEY, path(&self.tls_key)),
            (vars::REQUIRE_AUTH, self.require_auth.then(|| "1".to_string())),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k, v)))
        .collect()
    }

    /// Whether any credential is configured.
    pub fn has_credentials(&self) -> bool {
        self.token.is_some()
            || self.user.is_some()
            || self.nkey_file.is_some()
            || self.creds_file.is_some()
            || self.tls_cert.is_some()
    }

    /// Whether TLS is asked for.
    pub fn wants_tls(&self) -> bool {
        self.tls_ca.is_some() || self.tls_cert.is_some()
    }

    /// Consistency: one kind of credential, a password only with a user, a
    /// client key only with a certificate, credentials when required.
    pub fn check(&self) -> Result<(), NatsError> {
        let kinds = [
            self.token.is_some(),
            self.user.is_some() || self.password.is_some(),
            self.nkey_file.is_some(),
            self.creds_file.is_some(),
        ];
        if kinds.iter().filter(|&&k| k).count() > 1 {
            return Err(NatsError::Auth(
                "more than one kind of NATS credential is configured (token, user/password, \
                 nkey, creds): choose one"
                    .into(),
            ));
        }
        if self.password.is_some() != self.user.is_some() {
            return Err(NatsError::Auth(
                "a NATS user needs a password and a password a user".into(),
            ));
        }
        if self.tls_cert.is_some() != self.tls_key.is_some() {
            return Err(NatsError::Auth(
                "a TLS client certificate needs its key and a key its certificate".into(),
            ));
        }
        if self.require_auth && !self.has_credentials() {
            return Err(NatsError::Auth(format!(
                "authentication is required but no credentials are configured (set {} or {}, \
                 {}/{}, {}, {}, or a client certificate)",
                vars::TOKEN,
                vars::TOKEN_FILE,
                vars::USER,
                vars::PASSWORD,
                vars::NKEY_FILE,
                vars::CREDS
            )));
        }
        Ok(())
    }

    /// Builds the connection options (secrets from files are read here).
    pub(crate) async fn options(
        &self,
        tls_url: bool,
    ) -> Result<async_nats::ConnectOptions, NatsError> {
        self.check()?;
        let mut o = async_nats::ConnectOptions::new();
        if let Some(path) = &self.creds_file {
            o = o.credentials_file(path).await.map_err(|e| {
                NatsError::Auth(format!("{}: cannot use the creds file: {e}", path.display()))
            })?;
        }
        if let Some(token) = &self.token {
            o = o.token(token.clone());
        }
        if let (Some(user), Some(password)) = (&self.user, &self.password) {
            o = o.user_and_password(user.clone(), password.clone());
        }
        if let Some(path) = &self.nkey_file {
            let seed = std::fs::read_to_string(path).map_err(|e| {
                NatsError::Auth(format!("{}: cannot read the nkey seed: {e}", path.display()))
            })?;
            o = o.nkey(seed.trim().to_string());
        }
        if let Some(ca) = &self.tls_ca {
            if !ca.is_file() {
                return Err(NatsError::Auth(format!("{}: CA certificate not found", ca.display())));
            }
            o = o.add_root_certificates(ca.clone());
        }
        if let (Some(cert), Some(key)) = (&self.tls_cert, &self.tls_key) {
            for p in [cert, key] {
                if !p.is_file() {
                    return Err(NatsError::Auth(format!("{}: not found", p.display())));
                }
            }
            o = o.add_client_certificate(cert.clone(), key.clone());
        }
        if tls_url || self.wants_tls() {
            o = o.require_tls(true);
        }
        Ok(o)
    }
}

/// The user and (optional) password of a URL's user information.
pub type UserInfo = (String, Option<String>);

/// Splits a broker URL into the URL without user information (safe to
/// store, print and pass on a command line) and the user and password it
/// carried, if any. Only `nats://` and `tls://` URLs are accepted.
///
/// ```
/// let (url, creds) = mlirrl_nats::auth::split_url("nats://alice:s3cret@10.0.0.5:4222").unwrap();
/// assert_eq!(url, "nats://10.0.0.5:4222");
/// assert_eq!(creds, Some(("alice".to_string(), Some("s3cret".to_string()))));
/// assert!(mlirrl_nats::auth::split_url("http://example.org").is_err());
/// ```
pub fn split_url(url: &str) -> Result<(String, Option<UserInfo>), NatsError> {
    let (scheme, rest) = url.split_once("://").ok_or_else(|| {
        NatsError::Auth(format!(
            "`{}` is not a NATS URL (nats://HOST:PORT or tls://HOST:PORT)",
            redact(url)
        ))
    })?;
    if scheme != "nats" && scheme != "tls" {
        return Err(NatsError::Auth(format!(
            "`{}`: the scheme must be nats:// or tls://",
            redact(url)
        )));
    }
    // Everything up to the last `@` is user information, whatever it holds
    // (a password may contain `/`, `?` or `#`).
    match rest.rsplit_once('@') {
        None => Ok((url.to_string(), None)),
        Some((userinfo, host)) => {
            let (user, password) = match userinfo.split_once(':') {
                Some((u, p)) => (percent_decode(u), Some(percent_decode(p))),
                None => (percent_decode(userinfo), None),
            };
            Ok((format!("{scheme}://{host}"), Some((user, password))))
        }
    }
}

/// Decodes `%XX` escapes (URL user information); other text is kept.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) =
                (bytes.get(i + 1).and_then(|&b| hex(b)), bytes.get(i + 2).and_then(|&b| hex(b)))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The URL with any user information replaced by `***`, for messages.
pub fn redact(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => match rest.rsplit_once('@') {
            Some((_, host)) => format!("{scheme}://***@{host}"),
            None => url.to_string(),
        },
        None => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn from(map: &[(&str, &str)]) -> Result<NatsAuth, NatsError> {
        let map: HashMap<String, String> =
            map.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        NatsAuth::from_vars(|k| map.get(k).cloned())
    }

    #[test]
    fn secrets_never_print() {
        let auth = from(&[(vars::USER, "alice"), (vars::PASSWORD, "s3cret")]).unwrap();
        let text = format!("{auth:?}");
        assert!(!text.contains("s3cret") && text.contains("<hidden>"), "{text}");
        assert_eq!(redact("nats://alice:s3cret@h:4222"), "nats://***@h:4222");
        let err = split_url("ftp://alice:s3cret@h").unwrap_err().to_string();
        assert!(!err.contains("s3cret"), "{err}");
        // Passwords holding URL delimiters, or escaped.
        for (url, password) in [
            ("nats://u:pa/ss@h:4222", "pa/ss"),
            ("nats://u:p?q#r@h:4222", "p?q#r"),
            ("nats://u:p%40ss%2F@h:4222", "p@ss/"),
            ("tls://u:a@b@[::1]:4222", "a@b"),
        ] {
            let (public, creds) = split_url(url).unwrap();
            assert_eq!(creds.unwrap().1.as_deref(), Some(password), "{url}");
            assert!(!public.contains(password) && !redact(url).contains(password), "{url}");
        }
        assert_eq!(split_url("tls://[::1]:4222").unwrap().0, "tls://[::1]:4222");
    }

    #[test]
    fn inconsistent_settings_are_errors() {
        assert!(from(&[(vars::TOKEN, "t"), (vars::USER, "u"), (vars::PASSWORD, "p")]).is_err());
        assert!(from(&[(vars::USER, "u")]).is_err());
        assert!(from(&[(vars::TLS_CERT, "c.pem")]).is_err());
        let err = from(&[(vars::REQUIRE_AUTH, "1")]).unwrap_err().to_string();
        assert!(err.contains("no credentials"), "{err}");
        assert!(from(&[(vars::REQUIRE_AUTH, "1"), (vars::TOKEN, "t")]).is_ok());
    }

    #[test]
    fn the_environment_round_trips() {
        let auth = from(&[(vars::TOKEN, "t0k"), (vars::TLS_CA, "/ca.pem")]).unwrap();
        let env: HashMap<String, String> =
            auth.to_env().into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        assert_eq!(NatsAuth::from_vars(|k| env.get(k).cloned()).unwrap(), auth);
    }
}
