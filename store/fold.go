package store

import (
	"sync"
	"unicode/utf8"

	"khuyencong/model"
)

// appendFold appends model.Fold(s) to dst, rune by rune from tables built
// with model.Fold itself, so the two agree while this one runs at memory
// speed: folding the search text of a million records with model.Fold
// (NFD, then a rune filter) would take most of the load budget. Runes
// outside the Latin and Vietnamese blocks fall back to model.Fold.
//
// Folding rune by rune equals folding the string because NFD decomposes
// each rune on its own and Fold drops the combining marks NFD would
// reorder (stored text is NFC, see model.CleanLine).
func appendFold(dst []byte, s string) []byte {
	t := foldTables()
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, t.ascii[c])
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r >= latinLo && r < latinHi:
			dst = append(dst, t.latin[r-latinLo]...)
		case r >= vietLo && r < vietHi:
			dst = append(dst, t.viet[r-vietLo]...)
		default:
			dst = append(dst, model.Fold(string(r))...)
		}
	}
	return dst
}

const (
	latinLo, latinHi = 0x80, 0x370 // Latin-1, Latin Extended-A/B, IPA, combining marks
	vietLo, vietHi   = 0x1e00, 0x1f00
)

type foldTable struct {
	ascii [utf8.RuneSelf]byte
	latin [latinHi - latinLo]string
	viet  [vietHi - vietLo]string
}

var foldTables = sync.OnceValue(func() *foldTable {
	t := new(foldTable)
	for r := range rune(utf8.RuneSelf) {
		f := model.Fold(string(r))
		if len(f) != 1 {
			// Fold keeps ASCII one byte; if it ever did not, keep the
			// byte rather than break the table.
			f = string(r)
		}
		t.ascii[r] = f[0]
	}
	for r := rune(latinLo); r < latinHi; r++ {
		t.latin[r-latinLo] = model.Fold(string(r))
	}
	for r := rune(vietLo); r < vietHi; r++ {
		t.viet[r-vietLo] = model.Fold(string(r))
	}
	return t
})
