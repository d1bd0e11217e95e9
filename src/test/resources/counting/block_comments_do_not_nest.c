// 7 lines 2 code 4 comments 1 blanks
/* a /* b */
int after_first_close;
/*
 */

int y; // trailing
