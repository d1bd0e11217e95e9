// 7 lines 4 code 3 comments 0 blanks
match b {
    // Common escape codes.
    b'\"' => f.write_str("\\\"")?,
    b'\\' => f.write_str("\\\\")?,
    // String escape characters.
}
