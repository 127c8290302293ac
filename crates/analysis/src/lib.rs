//! Checks of what articles claim (survey arithmetic, headline against body,
//! cross-article comparison). Pure: `&[Article] -> Vec<Finding>`.
#![deny(missing_docs)]
