use std::io;

/// What can go wrong while rendering.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReportError {
    /// Serialising to JSON failed.
    #[error("cannot serialise to JSON")]
    Json(#[from] serde_json::Error),
    /// Writing the output failed.
    #[error("cannot write report")]
    Io(#[from] io::Error),
}
