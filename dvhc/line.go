package dvhc

import "strings"

// SplitLine reads a one-line address ("Thôn 3, xã Tam Hợp, huyện Bình
// Xuyên, tỉnh Vĩnh Phúc") into the free text before the units (village,
// street) and the units. Parts are read from the right: a part with a unit
// word goes to its tier; a part without one goes to the next tier down
// from the last one found (the last part is a province only when the table
// knows one by that name). What is left on the left is the free text.
func (t *Table) SplitLine(s string) (free string, w Written) {
	parts := splitParts(s)
	slot := lvProvince + 1 // the tier of the last unit read
	i := len(parts) - 1
	for ; i >= 0 && slot > lvCommune; i-- {
		p := parsePlace(parts[i])
		if p.lv == lvNone && freeText(parts[i]) {
			break // "Thôn Đông", "số 12 đường Lê Lợi": the rest is free text
		}
		lv := p.lv
		switch {
		case lv == lvTown:
			lv = lvDistrict
			if slot > lvProvince && t.isProvince(p) {
				lv = lvProvince
			}
		case lv == lvNone:
			lv = slot - 1
			if lv == lvProvince && !t.isProvince(p) {
				lv = lvDistrict
			}
			if i == 0 || freeText(parts[i-1]) {
				lv = lvCommune // the smallest unit written: people name the commune first
			}
		}
		if lv >= slot {
			break // a tier already filled: the rest is free text
		}
		switch lv {
		case lvProvince:
			w.Province = parts[i]
		case lvDistrict:
			w.District = parts[i]
		default:
			w.Commune = parts[i]
		}
		slot = lv
	}
	return strings.Join(parts[:i+1], ", "), w
}

// isProvince is true when a written name is a province before or after the
// reform.
func (t *Table) isProvince(p place) bool {
	for _, k := range []string{p.full, p.bare} {
		if len(t.names.oldProvince[k]) > 0 || len(t.names.newProvince[k]) > 0 {
			return true
		}
	}
	return false
}

func splitParts(s string) []string {
	raw := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' })
	parts := raw[:0]
	for _, p := range raw {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	return parts
}

// villageWords begin the free text of an address: thôn, xóm, tổ (dân
// phố), khu, ấp, bản, số (nhà), đường, khóm.
var villageWords = map[string]bool{"thon": true, "xom": true, "to": true, "khu": true, "ap": true,
	"ban": true, "so": true, "duong": true, "khom": true, "pho": true, "ngo": true}

func freeText(s string) bool {
	toks := tokens(s)
	return len(toks) > 0 && villageWords[toks[0]]
}
