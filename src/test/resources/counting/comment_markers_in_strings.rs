// 7 lines 4 code 2 comments 1 blanks
let url = "https://kernel.org/*";
let s = "*/ // not comments";
let b = b"/*";
let c = c"//";
// comment

