package vntext

import (
	"bytes"
	"slices"
	"unicode"
	"unicode/utf8"
)

// SortKey returns a key whose byte order (bytes.Compare) is Vietnamese
// alphabetical order: a < ă < â < b < c < d < đ < e < ê …, tones (none,
// huyền, hỏi, ngã, sắc, nặng) at the second level and lower before upper
// case at the third, as golang.org/x/text/collate orders language.Vietnamese.
// It is a table walk rather than a general collator because a sorted column
// may need a key for each of a million names.
func SortKey(s string) []byte { return AppendSortKey(nil, s) }

// Compare orders two texts in Vietnamese order (-1, 0, +1).
func Compare(a, b string) int { return bytes.Compare(SortKey(a), SortKey(b)) }

// AppendSortKey appends the SortKey of s to dst, for callers that keep many
// keys in one buffer.
//
// The key is the primary weights (one byte per known character), 0, the
// secondary weights (0x20 per character plus x/text's weight for each
// diacritic that is not part of the letter), 0, and the case of each
// character. Trailing common secondary and tertiary weights are cut, and
// runs of them are counted (appendRuns); both keep the order because they
// are the smallest weights of their level.
func AppendSortKey(dst []byte, s string) []byte {
	if len(s) <= shortKey {
		return appendShortKey(dst, s)
	}
	return appendLongKey(dst, s)
}

// appendLongKey is AppendSortKey for text of any length.
func appendLongKey(dst []byte, s string) []byte {
	var pa, sa, ta [128]byte
	p, sec, ter := pa[:0], sa[:0], ta[:0]
	last := -1    // index in p of the last letter a diacritic may turn into ă, â, ê, ô, ơ, ư
	var base byte // that letter's primary
	for i := 0; i < len(s); {
		var e colElem
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if e = asciiElems[c]; e.p != 0 { // the common case, kept short
				p, sec, ter = append(p, e.p), append(sec, 0x20), append(ter, 1+e.flags&elemUpper)
				last, base = len(p)-1, e.p
			}
			continue
		} else {
			r, n := decodeRune(s, i)
			i += n
			if r >= 0x300 && r < 0x370 { // combining mark, as in NFD input
				if m := modifyLetter(base, r); m != 0 {
					p[last], base = m, 0
				} else if w := markWeights[r-0x300]; w != 0 {
					sec = append(sec, w)
				}
				continue
			}
			e = runeElem(r)
			if e.flags&elemEscape != 0 {
				if e.p == escLetter {
					r = unicode.ToLower(r)
				}
				p = append(p, e.p, byte(r>>16), byte(r>>8), byte(r))
				sec, ter = append(sec, 0x20), append(ter, 1+e.flags&elemUpper)
				base = 0
				continue
			}
		}
		if e.p == 0 {
			continue // ignorable: controls, format characters
		}
		p, sec, ter = append(p, e.p), append(sec, 0x20), append(ter, 1+e.flags&elemUpper)
		if e.s1 != 0 {
			sec = append(sec, e.s1)
			if e.s2 != 0 {
				sec = append(sec, e.s2)
			}
		}
		last, base = len(p)-1, e.p
		if e.flags&elemModified != 0 {
			base = 0
		}
	}
	sec = bytes.TrimRight(sec, "\x20")
	ter = bytes.TrimRight(ter, "\x01")
	if dst == nil {
		dst = make([]byte, 0, len(p)+len(sec)+len(ter)+2)
	}
	dst = append(dst, p...)
	dst = append(dst, 0)
	dst = appendRuns(dst, sec, 0x20)
	dst = append(dst, 0)
	return appendRuns(dst, ter, 1)
}

// appendRuns appends a secondary or tertiary level with its runs of the
// common weight (no diacritic, lower case) counted instead of spelled: each
// other weight w becomes 255-k, w, where k is the number of common weights
// before it, and a run longer than runMax is cut into runMore bytes. The
// order is kept: fewer common weights before a weight means a greater
// level (common is the smallest weight of its level), and 255-k falls as k
// grows; a level that ends sorts first, since trailing common weights are
// trimmed and a key's next byte is then 0 or nothing. Most characters of
// a name have the common weights, so this halves a sort's keys.
func appendRuns(dst, level []byte, common byte) []byte {
	n := len(dst)
	dst = slices.Grow(dst, 2*len(level))[:n+2*len(level)] // a run byte and a weight per weight at most
	k := 0
	for _, w := range level {
		if w == common {
			k++
			continue
		}
		for ; k > runMax; k -= runMax {
			dst[n] = runMore
			n++
		}
		dst[n], dst[n+1] = byte(255-k), w
		n += 2
		k = 0
	}
	return dst[:n]
}

const (
	runMax  = 250
	runMore = 255 - runMax - 1
)

// shortKey is the longest text appendShortKey takes. Per byte of text, a
// key has at most 2 primary bytes (a 2-byte rune escaped as 4), and each
// level at most 2 bytes (a 2-byte rune with two diacritic weights; an
// upper-case ASCII letter), since appendRuns' tokens are 2 bytes a weight
// and no run of common weights reaches runMax.
const shortKey = 80

// appendShortKey is AppendSortKey for names and other short texts, the
// keys a sort makes by the million. Its levels are fixed arrays written by
// index, and the runs of common weights are counted as they come rather
// than compressed afterwards (appendLongKey); that takes half the time.
func appendShortKey(dst []byte, s string) []byte {
	var p, sec, ter [2 * shortKey]byte
	np, ns, nt := 0, 0, 0
	secRun, terRun := 0, 0 // common weights since the last token
	last := -1             // index in p of the last letter a diacritic may turn into ă, â, ê, ô, ơ, ư
	var base byte          // that letter's primary
	for i := 0; i < len(s); {
		var e colElem
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if e = asciiElems[c]; e.p != 0 { // the common case, kept short
				p[np] = e.p
				last, base = np, e.p
				np, secRun = np+1, secRun+1
				if e.flags&elemUpper != 0 {
					ter[nt], ter[nt+1] = byte(255-terRun), 2
					nt, terRun = nt+2, 0
				} else {
					terRun++
				}
			}
			continue
		}
		r, n := decodeRune(s, i)
		i += n
		if r >= 0x300 && r < 0x370 { // combining mark, as in NFD input
			if m := modifyLetter(base, r); m != 0 {
				p[last], base = m, 0
			} else if w := markWeights[r-0x300]; w != 0 {
				sec[ns], sec[ns+1] = byte(255-secRun), w
				ns, secRun = ns+2, 0
			}
			continue
		}
		e = runeElem(r)
		switch {
		case e.flags&elemEscape != 0:
			if e.p == escLetter {
				r = unicode.ToLower(r)
			}
			p[np], p[np+1], p[np+2], p[np+3] = e.p, byte(r>>16), byte(r>>8), byte(r)
			np += 4
			base = 0
		case e.p != 0: // else ignorable: controls, format characters
			p[np] = e.p
			last, base = np, e.p
			np++
			if e.flags&elemModified != 0 {
				base = 0
			}
		default:
			continue
		}
		secRun++
		if e.s1 != 0 && e.flags&elemEscape == 0 {
			sec[ns], sec[ns+1] = byte(255-secRun), e.s1
			ns, secRun = ns+2, 0
			if e.s2 != 0 {
				sec[ns], sec[ns+1] = 255, e.s2
				ns += 2
			}
		}
		if e.flags&elemUpper != 0 {
			ter[nt], ter[nt+1] = byte(255-terRun), 2
			nt, terRun = nt+2, 0
		} else {
			terRun++
		}
	}
	if dst == nil {
		dst = make([]byte, 0, np+ns+nt+2)
	}
	dst = append(dst, p[:np]...)
	dst = append(dst, 0)
	dst = append(dst, sec[:ns]...)
	dst = append(dst, 0)
	return append(dst, ter[:nt]...)
}

// decodeRune is utf8.DecodeRuneInString at s[i:] for a non-ASCII byte,
// with the two-byte forms (Latin-1 and Latin Extended: most Vietnamese
// vowels) decoded inline.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c >= 0xC2 && c < 0xE0 && i+1 < len(s) {
		if c2 := s[i+1]; c2&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(c2&0x3F), 2
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// colElem is the collation of one character. p == 0 means ignorable.
type colElem struct {
	p, s1, s2 byte // primary weight, up to two diacritic weights
	flags     byte
}

const (
	elemUpper    = 1 << 0 // must stay bit 0: tertiary = 1 + upper
	elemModified = 1 << 1 // already ă, â, ê, ô, ơ or ư
	elemEscape   = 1 << 2 // primary is escape byte p followed by the rune
)

// modifyLetter is the letter that a breve, circumflex or horn makes of a
// base letter, as NFD spells ă, â, ê, ô, ơ, ư; 0 if it does not apply.
func modifyLetter(base byte, mark rune) byte {
	if base == 0 {
		return 0
	}
	for _, m := range letterMods {
		if m.base == base && m.mark == mark {
			return m.to
		}
	}
	return 0
}

// runeElem looks up a non-ASCII rune: the Latin tables first, then the
// fallbacks by Unicode category.
func runeElem(r rune) colElem {
	switch {
	case r < 0x250:
		if e := latinElems[r-0x80]; e.p != 0 {
			return e
		}
	case r >= 0x1e00 && r < 0x1f00:
		if e := latinExtElems[r-0x1e00]; e.p != 0 {
			return e
		}
	}
	if p, ok := primaryOf[r]; ok {
		return colElem{p: p}
	}
	switch {
	case unicode.IsLetter(r):
		var up byte
		if unicode.ToLower(r) != r {
			up = elemUpper
		}
		return colElem{p: escLetter, flags: elemEscape | up}
	case unicode.IsSpace(r):
		return colElem{p: primaryOf[' ']}
	case unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r), unicode.Is(unicode.Mn, r), r == utf8.RuneError:
		return colElem{}
	}
	return colElem{p: escSymbol, flags: elemEscape}
}
