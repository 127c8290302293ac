//! Rendering of articles and findings.
#![deny(missing_docs)]
