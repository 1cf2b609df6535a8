package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// CleanLine prepares a single-line text field for storage: Unicode NFC,
// escape sequences and control characters removed (line breaks and tabs
// become spaces), bidi overrides removed, runs of spaces folded and the ends
// trimmed. Stored text is shown on other users' terminals, so nothing that
// a terminal interprets may survive.
func CleanLine(s string) string { return clean(s, false) }

// CleanText is CleanLine for multi-line notes: it keeps line breaks.
func CleanText(s string) string { return clean(s, true) }

func clean(s string, keepNewlines bool) string {
	if alreadyClean(s) {
		return s
	}
	s = stripEscapes(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\n' && keepNewlines:
			b.WriteRune('\n')
			space = false
			continue
		case r == '\t' || r == '\n' || r == '\r' || r == ' ' || r == '\u00a0' || r == '\u2028' || r == '\u2029':
			space = true
			continue
		case unsafeRune(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return norm.NFC.String(strings.TrimSpace(b.String()))
}

// alreadyClean reports whether clean would return s unchanged, so that text
// cleaned before (every stored value; an import cleans each cell twice) costs
// one scan and no allocation. Line breaks always take the slow path.
func alreadyClean(s string) bool {
	prevSpace := true // a leading space is not clean
	ascii := true     // only ASCII and latinNFC runes
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c < 0x20 || c == 0x7f:
				return false
			case c == ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || unsafeRune(r) || r == '\u00a0' || r == '\u2028' || r == '\u2029' {
			return false
		}
		if !latinNFC(r) {
			ascii = false
		}
		prevSpace = false
		i += size
	}
	// TrimSpace in the slow path also trims Unicode spaces such as U+202F.
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if len(s) > 0 && (unicode.IsSpace(first) || unicode.IsSpace(last)) {
		return false
	}
	return ascii || norm.NFC.IsNormalString(s)
}

// latinNFC reports runes that are NFC however they are combined with the
// others, as long as no combining mark follows (and combining marks are not
// in these ranges): precomposed Latin letters, Vietnamese included, common
// punctuation and the đồng sign. Text made only of these and ASCII skips
// the costlier normalisation check.
func latinNFC(r rune) bool {
	return (r >= 0x00a1 && r <= 0x024f) || (r >= 0x1e00 && r <= 0x1eff) || (r >= 0x2010 && r <= 0x2027) || r == 0x20ab
}

// unsafeRune is a rune a terminal may act on or that reorders text: C0, DEL,
// C1, bidi embeddings, overrides and isolates, and invalid UTF-8; or one
// that shows nothing: zero-width space, non-joiner and joiner, word joiner
// and BOM (U+200B–U+200D, U+2060, U+FEFF), which a paste from a web page
// or a spreadsheet leaves inside a name so that typing the name no longer
// finds it (Unicode's Cf "format" characters, see
// https://www.unicode.org/charts/PDF/U2000.pdf). Also the emoji modifiers
// that terminals disagree on: skin tones (U+1F3FB–U+1F3FF) and the
// variation selectors (U+FE0E, U+FE0F). A terminal without grapheme
// clustering (tmux, PuTTY) draws "👍🏽" in four cells where the layout counts
// two, and every column to its right shifts; the emoji itself is kept.
func unsafeRune(r rune) bool {
	switch {
	case r >= 0x200b && r <= 0x200d, r == 0x2060:
		return true
	case r >= 0x1f3fb && r <= 0x1f3ff, r == 0xfe0e, r == 0xfe0f:
		return true
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	case r == unicode.ReplacementChar, r == 0xfeff:
		return true
	}
	return false
}

// stripEscapes removes whole ESC sequences (CSI, OSC, DCS, SOS, PM, APC and
// two-byte escapes) and their 8-bit forms, also when those come as raw bytes
// in invalid UTF-8, so that their parameters do not remain as visible junk
// after the control bytes are dropped.
func stripEscapes(s string) string {
	if strings.IndexByte(s, 0x1b) < 0 && utf8.ValidString(s) &&
		!strings.ContainsAny(s, "\u0090\u0098\u009b\u009d\u009e\u009f") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := controlRune(s[i:])
		i += n
		next, nn := controlRune(s[i:])
		switch {
		case r == 0x9b || r == 0x1b && next == '[':
			if r == 0x1b {
				i += nn
			}
			i = skipCSI(s, i)
		case r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f,
			r == 0x1b && nn == 1 && strings.IndexByte("]P^_X", byte(next)) >= 0:
			if r == 0x1b {
				i += nn
			}
			i = skipControlString(s, i)
		case r == 0x1b:
			i += nn // two-byte escape: drop the character after ESC too
		default:
			b.WriteString(s[i-n : i])
		}
	}
	return b.String()
}

// controlRune decodes the first rune of s, reading a lone byte 0x80–0x9f
// (invalid UTF-8) as the C1 control some terminals take it for.
func controlRune(s string) (rune, int) {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n == 1 && s[0] >= 0x80 && s[0] <= 0x9f {
		return rune(s[0]), 1
	}
	return r, n
}

// skipCSI skips parameters and intermediates up to and including the final
// byte 0x40–0x7e.
func skipCSI(s string, i int) int {
	for i < len(s) {
		r, n := controlRune(s[i:])
		i += n
		if r >= 0x40 && r <= 0x7e {
			break
		}
	}
	return i
}

// skipControlString skips the payload of OSC, DCS and friends up to and
// including BEL or ST (ESC \ or 0x9c); unterminated, it runs to the end.
func skipControlString(s string, i int) int {
	for i < len(s) {
		r, n := controlRune(s[i:])
		i += n
		switch {
		case r == 0x07 || r == 0x9c:
			return i
		case r == 0x1b && i < len(s) && s[i] == '\\':
			return i + 1
		}
	}
	return i
}

// Fold makes the search key of a text: lower case, diacritics removed and
// đ→d, so that "tan viet" finds "Tân Việt" and "d" finds "Đ".
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
