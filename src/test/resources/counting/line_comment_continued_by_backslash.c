// 5 lines 2 code 3 comments 0 blanks
// a comment that goes on \
   onto this line
int x;
/* done */ int y;
