// 6 lines 2 code 3 comments 1 blanks
fn f() {
    // comment

/* block */
}
