// 8 lines 6 code 2 comments 0 blanks
  printf("\
/*\n\
 * Automatically generated file; Do not edit.\n\
 */\n\
");
// a real comment
int after;
