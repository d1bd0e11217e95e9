// 8 lines 5 code 2 comments 1 blanks
const HELP: &str = "usage:

    // this line is inside the string
    /* and so is this
";
/* a real comment */
fn f() {}
