// 10 lines 6 code 3 comments 1 blanks
const A: &str = r#"a "quoted" word, /* not a comment */"#;
const B: &str = r##"contains "# and */ and // but goes on
/* still raw */
"##;
// a real comment

const C: &[u8] = br##"bytes with "# inside"##; // comment after code
const D: &str = r"no escapes\"; // comment after code
// if the backslash above escaped the quote, this line would be string text
