// 7 lines 4 code 3 comments 0 blanks
let a = '\'';   // an escaped quote
let b = '\\';
// comment
let c = b'"'; let d = '\u{1F600}'; let e = 'é';
/* comment */
let f = "\"/*";
