// 7 lines 3 code 3 comments 1 blanks
#![allow(
    // Comments inside an attribute are still comments.
    unused_qualifications,
)]

// after
