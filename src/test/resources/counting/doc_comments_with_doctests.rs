// 10 lines 1 code 8 comments 1 blanks 7 doc
//! Crate docs.
//!

/// Adds one.
///
/// ```
/// assert_eq!(add_one(1), 2);
/// ```
pub fn add_one(x: u32) -> u32 { x + 1 }
