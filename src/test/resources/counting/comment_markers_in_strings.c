// 6 lines 3 code 2 comments 1 blanks
const char *url = "http://kernel.org/*";
const char *s = "a \" */ quote";
/* comment */

printk("%s\n", url); // trailing
