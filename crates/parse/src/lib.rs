//! Parse news articles as scraped plain text.
#![deny(missing_docs)]
