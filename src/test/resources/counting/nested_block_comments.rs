// 10 lines 3 code 6 comments 1 blanks
/* outer
   /* inner */
   still in the outer comment: fn not_code() {}
*/
fn code() {}

/* a /* b */ c */ fn also_code() {}
/* /* */ */
static X: u8 = 1;
