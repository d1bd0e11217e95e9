// 8 lines 4 code 3 comments 1 blanks
fn quote() -> char {
    '"'
}
// If '"' opened a string, this comment would be code.

/* and this block comment too */
fn after() {} // trailing
