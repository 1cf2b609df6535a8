package model

import (
	"strings"
	"unicode"

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
		case r == '\t' || r == '\n' || r == '\r' || r == ' ' || r == '\u00a0':
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

// unsafeRune is a rune a terminal may act on or that reorders text: C0, DEL,
// C1, bidi embeddings, overrides and isolates, and invalid UTF-8.
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	case r == unicode.ReplacementChar, r == 0xfeff:
		return true
	}
	return false
}

// stripEscapes removes whole ESC sequences (CSI, OSC, DCS and two-byte
// escapes) and their 8-bit forms, so that their parameters do not remain as
// visible junk after the control bytes are dropped.
func stripEscapes(s string) string {
	if !strings.ContainsAny(s, "\x1b\u009b\u009d\u0090\u009e\u009f") {
		return s
	}
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == 0x1b && i+1 < len(rs) && rs[i+1] == '[', r == 0x9b:
			if r == 0x1b {
				i++
			}
			// CSI: parameters and intermediates until a final byte 0x40–0x7e.
			for i+1 < len(rs) {
				i++
				if rs[i] >= 0x40 && rs[i] <= 0x7e {
					break
				}
			}
		case r == 0x1b && i+1 < len(rs) && strings.ContainsRune("]P^_X", rs[i+1]), r == 0x9d, r == 0x90, r == 0x9e, r == 0x9f:
			if r == 0x1b {
				i++
			}
			// String sequences: until BEL or ST (ESC \ or 0x9c).
			for i+1 < len(rs) {
				i++
				if rs[i] == 0x07 || rs[i] == 0x9c {
					break
				}
				if rs[i] == 0x1b && i+1 < len(rs) && rs[i+1] == '\\' {
					i++
					break
				}
			}
		case r == 0x1b:
			if i+1 < len(rs) {
				i++ // two-byte escape: drop the byte after ESC too
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
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
