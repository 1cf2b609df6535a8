package kit

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Width is ansi.StringWidth(s), the cells s takes on a terminal, without
// the grapheme segmentation when every character of s is one cell wide
// and a grapheme by itself (see narrowRune) and its escape sequences are
// CSI (colours and attributes). That is nearly every line the app draws,
// and ansi.StringWidth segments even plain ASCII, which made measuring the
// frames of fifty sessions after each save a large part of its cost.
func Width(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 0x20 && c < 0x7f:
			n++
			i++
		case c == 0x1b:
			end, ok := csiEnd(s, i)
			if !ok {
				return ansi.StringWidth(s)
			}
			i = end
		case c < utf8.RuneSelf:
			return ansi.StringWidth(s) // other controls
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !narrowRune(r) {
				return ansi.StringWidth(s)
			}
			n++
			i += size
		}
	}
	return n
}

// csiEnd is the index after the CSI sequence that starts at s[i] (ESC [,
// parameter bytes, intermediate bytes, a final byte, as ECMA-48 §5.4
// defines it); false when s[i:] starts no complete CSI sequence.
func csiEnd(s string, i int) (int, bool) {
	if i+1 >= len(s) || s[i+1] != '[' {
		return 0, false
	}
	j := i + 2
	for j < len(s) && s[j] >= 0x30 && s[j] <= 0x3f {
		j++
	}
	for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
		j++
	}
	if j < len(s) && s[j] >= 0x40 && s[j] <= 0x7e {
		return j + 1, true
	}
	return 0, false
}

// narrowRune reports a character one cell wide that never joins the
// characters around it into one grapheme (Unicode UAX #29: none is an
// extending, joining, prepended or regional-indicator character): Latin-1
// and Latin Extended letters, the precomposed Vietnamese letters, and the
// dashes, quotes, bullets, arrows, box and block characters the app draws.
// TestWidthMatchesAnsi checks every one against ansi.StringWidth.
func narrowRune(r rune) bool {
	switch {
	case r >= 0xa0 && r <= 0x24f:
		return r != 0xad // soft hyphen
	case r >= 0x1e00 && r <= 0x1eff, // Latin Extended Additional (Vietnamese)
		r >= 0x2010 && r <= 0x2027, // dashes, quotes, bullet, ellipsis
		r >= 0x2190 && r <= 0x2193, // arrows
		r >= 0x2500 && r <= 0x259f, // box drawing, blocks
		r == 0x25b2, r == 0x25bc, r == 0x2713, r == 0x2717, r == 0x2264, r == 0x2265, r == 0x00d7:
		return true
	}
	return false
}

// fitLine crops or pads one line to exactly w cells, measuring it once
// when it fits (ansi.Truncate measures the whole line before cutting).
func fitLine(l string, w int) string {
	n := Width(l)
	if n > w {
		l = ansi.Truncate(l, w, "")
		n = Width(l)
	}
	if n < w {
		return l + strings.Repeat(" ", w-n)
	}
	return l
}
