// 10 lines 5 code 4 comments 1 blanks
struct Holder<'a, T> {
    // If 'a opened a char literal, the comment markers below would be swallowed.
    value: &'a T,
}

/// Returns a static string.
fn name(_h: &Holder<'_, u8>) -> &'static str {
    // comment
    "holder" }
