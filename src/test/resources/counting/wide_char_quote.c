// 5 lines 2 code 3 comments 0 blanks
if (c == L'"')
	quoted = !quoted;
/* If the wide char above opened a string, this would be string text. */
// comment
