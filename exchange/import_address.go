package exchange

import (
	"strings"

	"khuyencong/model"
	"khuyencong/vntext"
)

// addressCol reads an "Địa chỉ" cell that holds a whole address, "xã Hợp
// Thịnh, huyện Tam Dương, tỉnh Vĩnh Phúc", written from the smallest place
// to the largest as Vietnamese addresses are. Each part fills only a field
// that is still empty, so a file's own "Xã" or "Huyện" column wins. It is
// read only: exports write the parts in their own columns.
func addressCol() column[model.Facility] {
	return column[model.Facility]{
		field: "address", kind: cText, importOnly: true,
		aliases: []string{"Địa chỉ", "Địa chỉ trụ sở", "Địa chỉ liên hệ", "Địa điểm", "Địa bàn", "address"},
		set: func(f *model.Facility, v string, _ *rowCtx) *model.Error {
			a := splitAddress(v)
			fill := func(dst *string, s string) {
				if *dst == "" {
					*dst = s
				}
			}
			fill(&f.Address.Village, a.Village)
			fill(&f.Address.Commune, a.Commune)
			fill(&f.Address.District, a.District)
			fill(&f.Address.Province, a.Province)
			return nil
		},
		get: func(*model.Facility, *outCtx) value { return textVal("") },
	}
}

// Words that begin a village's or a commune's name in an address.
var (
	villageWords = []string{"thon", "xom", "to", "khu", "ap", "ban", "so", "duong", "khom"}
	communeWords = []string{"xa", "phuong", "thi tran", "tt"}
)

// splitAddress cuts an address at its commas: the last parts are the
// commune, the district and, with three or more parts, the province,
// unless the first of three names a village ("thôn Đông, Hợp Thịnh, Tam
// Dương"); anything before them is the village.
func splitAddress(v string) model.Address {
	var parts []string
	for _, p := range strings.Split(vntext.CleanLine(v), ",") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	var a model.Address
	n := len(parts)
	switch {
	case n == 0:
	case n == 1:
		a.Commune = parts[0]
	case n == 2 && startsWith(parts[0], villageWords):
		a.Village, a.Commune = parts[0], parts[1]
	case n == 2:
		a.Commune, a.District = parts[0], parts[1]
	case n == 3 && startsWith(parts[0], villageWords):
		a.Village, a.Commune, a.District = parts[0], parts[1], parts[2]
	default:
		a.Village = strings.Join(parts[:n-3], ", ")
		a.Commune, a.District, a.Province = parts[n-3], parts[n-2], parts[n-1]
	}
	a.Commune = dropWord(a.Commune, communeWords)
	a.Province = dropWord(a.Province, []string{"tinh"})
	if d, ok := model.DistrictOf(a.Province, a.District); ok {
		a.District = d
	} else {
		a.District = dropWord(a.District, []string{"huyen", "quan"})
	}
	return a
}

// startsWith reports whether s begins with one of the folded words.
func startsWith(s string, words []string) bool {
	_, ok := cutWord(s, words)
	return ok
}

// dropWord removes a leading "xã", "phường", "tỉnh": the file's own
// commune and province columns hold the bare name.
func dropWord(s string, words []string) string {
	if rest, ok := cutWord(s, words); ok && rest != "" {
		return rest
	}
	return s
}

func cutWord(s string, words []string) (string, bool) {
	f := strings.Fields(s)
	folded := strings.Fields(vntext.Fold(s))
	if len(folded) != len(f) {
		return s, false
	}
	for _, w := range words {
		ws := strings.Fields(w)
		if len(ws) < len(f) && strings.Join(folded[:len(ws)], " ") == w {
			return strings.Join(f[len(ws):], " "), true
		}
	}
	return s, false
}
