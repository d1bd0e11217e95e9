// 7 lines 3 code 3 comments 1 blanks
static char quote = '"';
/* If the quote above opened a string, this would be code. */
static char esc = '\'';
// comment

int x = '\\'; /* trailing */
