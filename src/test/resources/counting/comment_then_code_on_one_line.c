// 5 lines 4 code 1 comments 0 blanks
static unsigned char keys[] = {
	/* 0x00 */ KEY_A,		/*  30 */
	/* 0x01 */ KEY_S,		/*  31 */
};
