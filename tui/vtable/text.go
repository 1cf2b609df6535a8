package vtable

import (
	"bytes"
	"khuyencong/vntext"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/unicode/norm"
)

// simpleRune is a rune one cell wide that forms a grapheme by itself:
// printable ASCII, Latin-1 and Latin Extended letters and the precomposed
// Vietnamese letters. Text made only of these needs no grapheme segmentation.
func simpleRune(r rune) bool {
	return r >= 0x20 && r < 0x7f || r >= 0xa0 && r <= 0x24f || r >= 0x1e00 && r <= 0x1eff
}

// fitCell fits s into w cells: it returns how many bytes of s to keep,
// whether an ellipsis follows them, and the width of the kept part. Cuts
// fall on grapheme boundaries (NFD and wide characters included).
func fitCell(s string, w int) (keep int, cut bool, width int) {
	if w <= 0 {
		return 0, false, 0
	}
	n, i := 0, 0
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !simpleRune(r) {
			return fitSlow(s, w)
		}
		n++
		i += size
	}
	if n <= w {
		return len(s), false, n
	}
	// Cut to w-1 cells and an ellipsis: find the end of rune w-1.
	keep, n = 0, 0
	for n < w-1 {
		_, size := utf8.DecodeRuneInString(s[keep:])
		keep += size
		n++
	}
	return keep, true, n
}

func fitSlow(s string, w int) (int, bool, int) {
	full := ansi.StringWidth(s)
	if full <= w {
		return len(s), false, full
	}
	p := ansi.Truncate(s, w-1, "")
	if !strings.HasPrefix(s, p) { // cannot happen for text without escapes
		return 0, true, 0
	}
	return len(p), true, ansi.StringWidth(p)
}

// hasControl reports bytes a terminal would act on; such cells are cleaned
// before drawing so that a bad record cannot break the layout.
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f {
			return true
		}
	}
	return strings.ContainsRune(s, 0x9b) || strings.ContainsRune(s, 0x85)
}

func cleanControl(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f {
			return ' '
		}
		return r
	}, s)
}

// appendGrouped appends n as Vietnamese writes numbers (20.312).
func appendGrouped(b []byte, n int) []byte { return vntext.AppendGrouped(b, int64(n)) }

// folder maps a cell's text to its folded form (as vntext.Fold folds it)
// and back, so that matches found in the folded text can be highlighted
// in the displayed one. Its buffers are reused between cells.
type folder struct {
	fold     []byte
	from, to []int32  // source byte span of the grapheme that gave fold[i]
	ranges   [][2]int // matches as source byte spans, sorted, merged
}

// run folds s rune by rune: the canonical decomposition without its
// combining marks, lower case, đ→d. A combining mark in the source (NFD
// text) joins the span of the letter before it.
func (f *folder) run(s string) {
	f.fold, f.from, f.to = f.fold[:0], f.from[:0], f.to[:0]
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.Is(unicode.Mn, r) {
			for k := len(f.to) - 1; k >= 0 && f.to[k] == int32(i); k-- {
				f.to[k] = int32(i + size)
			}
			i += size
			continue
		}
		start := len(f.fold)
		if d := decomposition(s[i:], r); d != nil {
			for _, dr := range string(d) {
				if !unicode.Is(unicode.Mn, dr) {
					f.fold = appendFolded(f.fold, dr)
				}
			}
		} else {
			f.fold = appendFolded(f.fold, r)
		}
		for k := start; k < len(f.fold); k++ {
			f.from = append(f.from, int32(i))
			f.to = append(f.to, int32(i+size))
		}
		i += size
	}
}

func decomposition(s string, r rune) []byte {
	if r < utf8.RuneSelf {
		return nil
	}
	return norm.NFD.PropertiesString(s).Decomposition()
}

func appendFolded(b []byte, r rune) []byte {
	if r == 'đ' || r == 'Đ' {
		return append(b, 'd')
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}

// matches finds every word in the folded text and records the source
// spans, sorted and merged.
func (f *folder) matches(words [][]byte) {
	f.ranges = f.ranges[:0]
	for _, w := range words {
		if len(w) == 0 {
			continue
		}
		for at := 0; at+len(w) <= len(f.fold); {
			j := bytes.Index(f.fold[at:], w)
			if j < 0 {
				break
			}
			a, b := at+j, at+j+len(w)
			f.add(int(f.from[a]), int(f.to[b-1]))
			at = b
		}
	}
}

// add inserts a span keeping ranges sorted and disjoint.
func (f *folder) add(a, b int) {
	f.ranges = append(f.ranges, [2]int{a, b})
	for k := len(f.ranges) - 1; k > 0 && f.ranges[k][0] < f.ranges[k-1][0]; k-- {
		f.ranges[k], f.ranges[k-1] = f.ranges[k-1], f.ranges[k]
	}
	out := f.ranges[:1]
	for _, r := range f.ranges[1:] {
		last := &out[len(out)-1]
		if r[0] <= last[1] {
			last[1] = max(last[1], r[1])
			continue
		}
		out = append(out, r)
	}
	f.ranges = out
}
