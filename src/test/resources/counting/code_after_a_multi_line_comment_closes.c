// 8 lines 5 code 2 comments 1 blanks
	r |= A /* | B |
		  C | */;
struct s {
	u16 cut_off;	/* rf-agc is accelerated if output current
			   is below cut-off current */};

/* closing on its own */
