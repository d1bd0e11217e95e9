// 3 lines 1 code 1 comments 1 blanks

fn f() {}