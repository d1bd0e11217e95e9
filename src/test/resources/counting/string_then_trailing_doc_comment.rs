// 4 lines 3 code 1 comments 0 blanks
define_punctuation! {
    "&"           pub struct And/1        /// bitwise and logical AND
}
