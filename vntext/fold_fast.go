package vntext

import (
	"slices"
	"sync"
	"unicode/utf8"
)

// AppendFold appends Fold(s) to dst for clean text (NFC, as CleanLine
// leaves it: what the store holds), rune by rune from tables built with
// Fold itself, so the two agree while this one runs at memory speed:
// folding the search text of a million records with Fold (NFD, then a rune
// filter) would take most of the load budget. The Vietnamese letters are
// decoded inline; other runes take the general path, and runes outside the
// tables fall back to Fold.
//
// Folding rune by rune equals folding the string because NFD decomposes
// each rune on its own and Fold drops the combining marks NFD would
// reorder (stored text is NFC, see CleanLine).
func AppendFold(dst []byte, s string) []byte {
	t := foldTables()
	dst = slices.Grow(dst, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, t.ascii[c])
			i++
			continue
		}
		var e *folded
		switch {
		case c >= 0xc2 && c <= 0xcd && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			// Two bytes, U+0080–U+037F: Latin-1, Latin Extended, marks.
			e = &t.latin[(rune(c&0x1f)<<6|rune(s[i+1]&0x3f))-latinLo]
			i += 2
		case c == 0xe1 && i+2 < len(s) && s[i+1] >= 0xb8 && s[i+1] <= 0xbb && s[i+2]&0xc0 == 0x80:
			// Three bytes, U+1E00–U+1EFF: Latin Extended Additional (ạ, ế, ữ…).
			e = &t.viet[rune(s[i+1]-0xb8)<<6|rune(s[i+2]&0x3f)]
			i += 3
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			i += n
			dst = append(dst, Fold(string(r))...)
			continue
		}
		switch e.n {
		case 0:
		case 1:
			dst = append(dst, e.b[0])
		default:
			dst = append(dst, e.b[:e.n]...)
		}
	}
	return dst
}

const (
	latinLo, latinHi = 0x80, 0x380 // every two-byte rune up to 0xcd 0xbf: Latin-1, Latin Extended, marks
	vietLo, vietHi   = 0x1e00, 0x1f00
)

// folded is the fold of one rune, at most foldMax bytes.
type folded struct {
	n uint8
	b [foldMax]byte
}

const foldMax = 7

type foldTable struct {
	ascii [utf8.RuneSelf]byte
	latin [latinHi - latinLo]folded
	viet  [vietHi - vietLo]folded
}

var foldTables = sync.OnceValue(func() *foldTable {
	t := new(foldTable)
	for r := range rune(utf8.RuneSelf) {
		f := Fold(string(r))
		if len(f) != 1 {
			// Fold keeps ASCII one byte; if it ever did not, keep the
			// byte rather than break the table.
			f = string(r)
		}
		t.ascii[r] = f[0]
	}
	set := func(e *folded, r rune) {
		f := Fold(string(r))
		if len(f) > foldMax {
			// Does not happen for these blocks; keep the table exact by
			// refusing to truncate.
			panic("model: fold of " + string(r) + " is longer than the table allows")
		}
		e.n = uint8(copy(e.b[:], f))
	}
	for r := rune(latinLo); r < latinHi; r++ {
		set(&t.latin[r-latinLo], r)
	}
	for r := rune(vietLo); r < vietHi; r++ {
		set(&t.viet[r-vietLo], r)
	}
	return t
})
