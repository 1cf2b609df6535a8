package vntext

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The primary order, taken from golang.org/x/text/collate for
// language.Vietnamese (collate_test.go checks it): punctuation and symbols,
// then symbols not listed here, digits, the Vietnamese alphabet with f, j,
// w, z and a few other Latin letters in their places, then other letters
// by code point.
const (
	punctOrder  = " _-–—,;:!¡?¿.·'‘’\"“”«»()[]{}§¶@*/\\&#%‰†•′`´^¯¨¸°©®+±÷×<=>¬|¦~¤¢$£¥₫€"
	letterOrder = "aăâbɓcdđɗeêfƒghiıjklmnŋoôơpqrstŧuưvwxyzþ"
)

// strokeLetters are letters x/text sorts as a base letter with a secondary
// difference, like a diacritic.
var strokeLetters = map[rune]colElem{
	'ł': {p: primaryOf['l'], s1: markWeights[0x335-0x300]}, // as with a short stroke overlay
	'ħ': {p: primaryOf['h'], s1: markWeights[0x335-0x300]},
	'ø': {p: primaryOf['o'], s1: markWeights[0x338-0x300]}, // as with a long solidus overlay
}

var (
	escSymbol byte // followed by 3 bytes of the rune
	escLetter byte
	primaryOf = buildPrimaries()
)

func buildPrimaries() map[rune]byte {
	m := map[rune]byte{}
	w := byte(1)
	next := func() byte { w++; return w - 1 }
	for _, r := range punctOrder {
		m[r] = next()
	}
	escSymbol = next()
	for r := '0'; r <= '9'; r++ {
		m[r] = next()
	}
	for _, r := range letterOrder {
		m[r] = next()
	}
	escLetter = next()
	return m
}

// letterMods are the letters NFD spells as a base letter and a mark.
var letterMods = []struct {
	base byte
	mark rune
	to   byte
}{
	{primaryOf['a'], 0x306, primaryOf['ă']},
	{primaryOf['a'], 0x302, primaryOf['â']},
	{primaryOf['e'], 0x302, primaryOf['ê']},
	{primaryOf['o'], 0x302, primaryOf['ô']},
	{primaryOf['o'], 0x31b, primaryOf['ơ']},
	{primaryOf['u'], 0x31b, primaryOf['ư']},
}

var (
	asciiElems    = [0x80]colElem(buildElems(0, 0x80))
	latinElems    = [0x250 - 0x80]colElem(buildElems(0x80, 0x250))
	latinExtElems = [0x100]colElem(buildElems(0x1e00, 0x1f00))
)

// buildElems precomputes the elements of precomposed letters from their
// NFD spelling, so the key of NFC text needs no normalisation.
func buildElems(lo, hi rune) []colElem {
	out := make([]colElem, hi-lo)
	for r := lo; r < hi; r++ {
		e, ok := elemOf(r)
		if ok {
			out[r-lo] = e
		}
	}
	return out
}

func elemOf(r rune) (colElem, bool) {
	if p, ok := primaryOf[r]; ok {
		if strings.ContainsRune("ăâêôơư", r) {
			return colElem{p: p, flags: elemModified}, true
		}
		return colElem{p: p}, true
	}
	if !unicode.IsLetter(r) {
		return colElem{}, false
	}
	var e colElem
	if unicode.ToLower(r) != r {
		e.flags = elemUpper
	}
	d := []rune(norm.NFD.String(string(r)))
	base := unicode.ToLower(d[0])
	if se, ok := strokeLetters[base]; ok && len(d) == 1 {
		se.flags = e.flags
		return se, true
	}
	p, ok := primaryOf[base]
	if !ok || len(d) > 3 {
		return colElem{}, false
	}
	e.p = p
	if strings.ContainsRune("ăâêôơư", base) {
		e.flags |= elemModified
	}
	var marks []byte
	for _, m := range d[1:] {
		if m < 0x300 || m >= 0x370 {
			return colElem{}, false
		}
		if to := modifyLetter(e.p, m); to != 0 && e.flags&elemModified == 0 {
			e.p, e.flags = to, e.flags|elemModified
		} else if w := markWeights[m-0x300]; w != 0 {
			marks = append(marks, w)
		}
	}
	if len(marks) > 0 {
		e.s1 = marks[0]
	}
	if len(marks) > 1 {
		e.s2 = marks[1]
	}
	return e, true
}

// markWeights are x/text's secondary weights of the combining marks
// U+0300–U+036F after the Vietnamese tailoring (grave 0x35, hook 0x36,
// tilde 0x37, acute 0x38, dot below 0x39); 0 = ignorable.
var markWeights = [0x70]byte{
	0x35, 0x38, 0x3c, 0x37, 0x5b, 0x63, 0x37, 0x52, 0x47, 0x36, 0x43, 0x4d, 0x41, 0x5f, 0x5f, 0x65,
	0x66, 0x67, 0x5f, 0x22, 0x2a, 0x5f, 0x60, 0x60, 0x60, 0x60, 0x5f, 0x68, 0x60, 0x60, 0x60, 0x60,
	0x60, 0x6e, 0x6f, 0x39, 0x75, 0x76, 0x77, 0x56, 0x59, 0x60, 0x60, 0x60, 0x60, 0x78, 0x79, 0x60,
	0x7a, 0x7b, 0x21, 0x60, 0x7c, 0x7d, 0x61, 0x61, 0x54, 0x7e, 0x60, 0x60, 0x60, 0x5f, 0x5f, 0x5f,
	0x35, 0x38, 0x45, 0x22, 0x47, 0x7f, 0x5f, 0x60, 0x60, 0x60, 0x5f, 0x5f, 0x5f, 0x60, 0x60, 0x00,
	0x5f, 0x5f, 0x5f, 0x60, 0x60, 0x60, 0x60, 0x5f, 0x80, 0x60, 0x60, 0x5f, 0x60, 0x5f, 0x5f, 0x60,
	0x81, 0x82, 0x60, 0x60, 0x60, 0x60, 0x60, 0x60, 0x60, 0x60, 0x60, 0x60, 0x60, 0x60, 0x60, 0x60,
}
