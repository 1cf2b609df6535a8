package cli

import "khuyencong/vntext"

// grouped writes a count with the thousands dot ("20.003 cơ sở"), as every
// count the program prints is written.
func grouped[T ~int | ~int32 | ~int64](n T) string { return vntext.Grouped(int64(n)) }
