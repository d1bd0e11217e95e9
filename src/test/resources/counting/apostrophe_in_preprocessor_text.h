// 6 lines 3 code 2 comments 1 blanks
#ifndef X_H
#warning this header isn't meant to be included twice

/* A char literal never spans lines, so this stays a comment. */
#endif
