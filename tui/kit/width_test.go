package kit

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestWidthMatchesAnsi: every character the fast path takes is one cell
// for ansi.StringWidth, alone and beside others, and Width equals
// ansi.StringWidth on lines that leave the fast path (wide characters,
// combining marks, emoji, controls, other escape sequences).
func TestWidthMatchesAnsi(t *testing.T) {
	var narrow []rune
	for r := rune(0); r < 0x3000; r++ {
		if narrowRune(r) {
			narrow = append(narrow, r)
			if w := ansi.StringWidth(string(r)); w != 1 {
				t.Errorf("U+%04X: ansi width %d, fast path 1", r, w)
			}
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(6) + 1 {
			switch rng.IntN(4) {
			case 0:
				b.WriteByte(byte(0x20 + rng.IntN(0x5f)))
			case 1:
				b.WriteString("\x1b[1;38;5;" + string(rune('0'+rng.IntN(10))) + "m")
			default:
				b.WriteRune(narrow[rng.IntN(len(narrow))])
			}
		}
		s := b.String()
		if w, want := Width(s), ansi.StringWidth(s); w != want {
			t.Fatalf("%q: Width %d, ansi %d", s, w, want)
		}
	}
	for _, s := range []string{
		"", "Công ty TNHH Gốm Ân Thi", "Cơ sở\u0301 NFD", "Hợp tác xã 合作社", "✔️ xong", "🇻🇳 Việt Nam",
		"a\tb", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "\x1b[", "\x1b[31", "\x1b[0m│ 2.170 tr … ▲",
		"e\u0301", "a\u200db", "x\u00ady", "\x1bM", "ab\x7fc", "\u2028",
	} {
		if w, want := Width(s), ansi.StringWidth(s); w != want {
			t.Errorf("%q: Width %d, ansi %d", s, w, want)
		}
	}
}

// TestFitSameAsBefore: Fit crops and pads exactly as cutting with
// ansi.Truncate and padding by ansi.StringWidth does.
func TestFitSameAsBefore(t *testing.T) {
	lines := []string{
		"", "Tổng quan  Cơ sở  Dự án", "\x1b[7m Đã lưu \x1b[0m", "Hợp tác xã 合作社 gốm", "e\u0301e\u0301e\u0301e\u0301",
		"a very long line of plain ASCII text that goes past the box", "│ 2.170 tr … ▲ ← → █",
		"\x1b[1mCơ sở\x1b[0m \x1b[38;5;2m1.000.003\x1b[0m", "🇻🇳🇻🇳🇻🇳",
	}
	old := func(l string, w int) string {
		l = ansi.Truncate(l, w, "")
		if d := w - ansi.StringWidth(l); d > 0 {
			return l + strings.Repeat(" ", d)
		}
		return l
	}
	for _, l := range lines {
		for w := 1; w <= 64; w++ {
			if got, want := Fit(l, w, 1), old(l, w); got != want {
				t.Fatalf("Fit(%q, %d) = %q, want %q", l, w, got, want)
			}
		}
	}
}

func BenchmarkFit(b *testing.B) {
	line := "\x1b[7m 1 Tổng quan \x1b[0m 2 Cơ sở  3 Dự án  4 Kinh phí │ Công ty TNHH Gốm Ân Thi   2.170 tr   Bình Xuyên"
	frame := strings.Repeat(line+"\n", 39) + line
	for b.Loop() {
		Fit(frame, 120, 40)
	}
}
