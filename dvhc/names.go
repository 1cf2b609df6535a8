package dvhc

import (
	"strings"
	"unicode"

	"khuyencong/vntext"
)

// level is the tier a unit word names.
type level uint8

const (
	lvNone level = iota
	lvCommune
	lvDistrict
	lvProvince
	lvTown // "thành phố", "TP.": a province or a district
)

// unitWords are the words people write before a unit's name, folded and
// split as tokens makes them, longest first so that "thi xa" is not read as
// "thi" + a name. "TT." is a thị trấn, "H." a huyện, "TX." a thị xã.
var unitWords = []struct {
	words []string
	lv    level
	town  bool // thị trấn: a commune-level unit abolished on 1/7/2025
}{
	{[]string{"thi", "tran"}, lvCommune, true},
	{[]string{"thi", "xa"}, lvDistrict, false},
	{[]string{"thanh", "pho"}, lvTown, false},
	{[]string{"dac", "khu"}, lvCommune, false},
	{[]string{"phuong"}, lvCommune, false},
	{[]string{"xa"}, lvCommune, false},
	{[]string{"tt"}, lvCommune, true},
	{[]string{"huyen"}, lvDistrict, false},
	{[]string{"quan"}, lvDistrict, false},
	{[]string{"tinh"}, lvProvince, false},
	{[]string{"tp"}, lvTown, false},
	{[]string{"tx"}, lvDistrict, false},
	{[]string{"p"}, lvCommune, false},
	{[]string{"x"}, lvCommune, false},
	{[]string{"h"}, lvDistrict, false},
	{[]string{"q"}, lvDistrict, false},
	{[]string{"t"}, lvProvince, false},
}

// place is a written unit: the tier its unit word names (lvNone without
// one), whether it was a thị trấn, and its name as keys — the name without
// the unit word (bare) and with it (full), both folded to letters and
// digits.
type place struct {
	lv         level
	town       bool
	bare, full string
}

// parsePlace reads "TT. Hương Canh", "huyện Bình Xuyên", "Hương Canh".
func parsePlace(s string) place {
	toks := tokens(s)
	p := place{full: strings.Join(toks, "")}
	p.bare = p.full
	for _, u := range unitWords {
		if len(toks) > len(u.words) && hasPrefix(toks, u.words) {
			p.lv, p.town = u.lv, u.town
			p.bare = strings.Join(toks[len(u.words):], "")
			break
		}
	}
	return p
}

// tokens folds s (case, diacritics, đ) and splits it at anything that is
// not a letter or digit; a number loses its leading zeros ("Phường 01").
func tokens(s string) []string {
	f := strings.FieldsFunc(vntext.Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for i, t := range f {
		if t[0] >= '0' && t[0] <= '9' {
			if n := strings.TrimLeft(t, "0"); n != "" {
				f[i] = n
			}
		}
	}
	return f
}

func hasPrefix(toks, words []string) bool {
	for i, w := range words {
		if toks[i] != w {
			return false
		}
	}
	return true
}

// key is a unit's official name as index key: its bare name ("Thị trấn
// Hương Canh" → "huongcanh").
func key(name string) string { return parsePlace(name).bare }

// nameIndex finds units by key.
type nameIndex struct {
	oldCommune  map[string][]int    // key → Table.old
	newCommune  map[string][]int    // key → Table.communes
	oldDistrict map[string][]string // key → district codes
	oldProvince map[string][]string // key → old province codes
	newProvince map[string][]string // key → new province codes
	districtOf  map[string]string   // district code → its province code
}

func buildNames(t *Table, bare []district) nameIndex {
	n := nameIndex{oldCommune: map[string][]int{}, newCommune: map[string][]int{},
		oldDistrict: map[string][]string{}, oldProvince: map[string][]string{},
		newProvince: map[string][]string{}, districtOf: map[string]string{}}
	for i, o := range t.old {
		n.oldCommune[key(o.Name)] = append(n.oldCommune[key(o.Name)], i)
		if _, seen := n.districtOf[o.DistCode]; !seen {
			n.districtOf[o.DistCode] = o.ProvCode
			n.oldDistrict[key(o.District)] = append(n.oldDistrict[key(o.District)], o.DistCode)
		}
	}
	for _, d := range bare {
		n.districtOf[d.Code] = d.ProvCode
		n.oldDistrict[key(d.Name)] = append(n.oldDistrict[key(d.Name)], d.Code)
	}
	for i, c := range t.communes {
		n.newCommune[key(c.Name)] = append(n.newCommune[key(c.Name)], i)
	}
	for code, name := range t.oldProvName {
		n.oldProvince[key(name)] = append(n.oldProvince[key(name)], code)
	}
	for _, p := range t.provinces {
		n.newProvince[key(p.Name)] = append(n.newProvince[key(p.Name)], p.Code)
	}
	return n
}

// Key is the grouping key of a written unit name: folded, without its unit
// word, so that "huyện Bình Xuyên", "H. Bình Xuyên" and "binh xuyen" are
// one district in a report by the districts before 1/7/2025.
func Key(name string) string { return parsePlace(name).bare }

// BareName is a unit's official name without the word for its type
// ("Xã Bình Nguyên" → "Bình Nguyên"), as written.
func BareName(name string) string {
	for _, w := range []string{"Thị trấn ", "Thị Trấn ", "Xã ", "Phường ", "Đặc khu ", "Tỉnh ", "Thành phố ", "Huyện ", "Quận ", "Thị xã "} {
		if rest, ok := strings.CutPrefix(name, w); ok {
			return rest
		}
	}
	return name
}
