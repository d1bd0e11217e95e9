// 21 lines 3 code 17 comments 1 blanks 9 doc
//! Crate-level doc.
/// Item doc.
//// Four slashes: a plain comment.
/** Block doc on one line. */
/*! Inner block doc. */
/**/
/*** Three stars: a plain comment. */
/**
 * A doc block over lines,

 * with a blank line inside.
 */
/* plain */ /// mixed: not only doc comments, so not a doc-comment line
let s = "/// not a comment";
fn f() {} /// trailing doc after code is code
    /// indented doc
/* a plain block
   /** a doc marker nested inside a plain block is plain */
*/
struct S;
