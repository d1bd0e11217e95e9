// 6 lines 3 code 3 comments 0 blanks
static const char sep[] = "\\";
/* If the quote above were escaped, this comment would be string text. */
static const char *path = "a\\b\\";
// comment
int x;
