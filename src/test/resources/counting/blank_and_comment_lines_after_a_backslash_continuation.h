// 9 lines 6 code 2 comments 1 blanks
#define WREG_ATTR(reg, v)		\
	do {				\
		WREG8(reg, v);		\
	} while (0)			\

#define LIST(define)			\
	define(A, a)			\
	/* end */
