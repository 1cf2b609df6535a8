package vntext

import "testing"

// slowClean is clean without the fast path.
func slowClean(s string) string {
	s = stripEscapes(s)
	return clean("\x00"+s, false) // the NUL forces the slow path and is dropped
}

// FuzzAlreadyClean: the fast path may only skip work the slow path would
// not have done.
func FuzzAlreadyClean(f *testing.F) {
	for _, s := range []string{"", "a", " a", "a ", "a  b", "Tân Việt", "Tân Vie\u0302\u0323t", "a\u00a0b",
		"x\x1b[31my", "\u202eabc", "\xff", "\x9b31m", "Công ty TNHH Bao bì Atlantic", "a\u2028b", "\ufeffa"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if alreadyClean(s) {
			if got := slowClean(s); got != s {
				t.Fatalf("fast path kept %q, slow path gives %q", s, got)
			}
		}
	})
}

func BenchmarkCleanLineClean(b *testing.B) {
	s := "Công ty TNHH Thương mại và Cơ khí Tân Việt"
	b.ReportAllocs()
	for b.Loop() {
		_ = CleanLine(s)
	}
}

func BenchmarkCleanLineDirty(b *testing.B) {
	s := " Công ty TNHH Thương mại và Cơ khí Tân Việt"
	b.ReportAllocs()
	for b.Loop() {
		_ = CleanLine(s)
	}
}
