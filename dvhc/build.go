package dvhc

import (
	"slices"
	"strings"

	"khuyencong/model"
)

// The shapes of the official files, named as the Government's lists are
// published, so that a message can say which one a file should look like.
const (
	ShapeProvinces  = "tinh-2025.csv"
	ShapeOld        = "xa-truoc-2025.csv"
	ShapeConversion = "chuyen-doi-2025.csv"
)

// Build parses the three files and checks that they agree: every new
// commune's province is a listed province, and a code names one unit.
func Build(src Sources) (*Table, error) {
	provs, err := parseProvinces(src.Provinces)
	if err != nil {
		return nil, err
	}
	old, bare, err := parseOld(src.Old)
	if err != nil {
		return nil, err
	}
	maps, err := parseConversion(src.Conversion)
	if err != nil {
		return nil, err
	}
	t := &Table{provinces: provs, old: old, provIdx: map[string]int{}, communeIdx: map[string]int{},
		oldIdx: map[string]int{}, byProvince: map[string][]int{}, convert: map[string][]Candidate{},
		districtTo: map[string][]Candidate{}, mergedFrom: map[string][]string{}, oldProvName: map[string]string{}}
	for i, p := range provs {
		if _, dup := t.provIdx[p.Code]; dup {
			return nil, model.Errorf(MsgDuplicateCode, p.Code, ShapeProvinces)
		}
		t.provIdx[p.Code] = i
	}
	for i, o := range old {
		if _, dup := t.oldIdx[o.Code]; dup {
			return nil, model.Errorf(MsgDuplicateCode, o.Code, ShapeOld)
		}
		t.oldIdx[o.Code] = i
		t.oldProvName[o.ProvCode] = o.Province
	}
	for _, m := range maps {
		if err := t.addMapping(m); err != nil {
			return nil, err
		}
	}
	t.names = buildNames(t, bare)
	return t, nil
}

func (t *Table) addMapping(m mapping) error {
	if _, ok := t.provIdx[m.provCode]; !ok {
		return model.Errorf(MsgUnknownProvince, m.line, m.provCode)
	}
	if i, ok := t.communeIdx[m.communeCode]; ok {
		if t.communes[i].Province != m.provCode {
			return model.Errorf(MsgCommuneTwoProvinces, m.line, m.communeCode)
		}
	} else {
		t.communeIdx[m.communeCode] = len(t.communes)
		t.byProvince[m.provCode] = append(t.byProvince[m.provCode], len(t.communes))
		t.communes = append(t.communes, Commune{Code: m.communeCode, Name: m.commune, Province: m.provCode})
	}
	if !slices.Contains(t.mergedFrom[m.provCode], m.oldProvCode) {
		t.mergedFrom[m.provCode] = append(t.mergedFrom[m.provCode], m.oldProvCode)
	}
	if _, ok := t.oldProvName[m.oldProvCode]; !ok {
		t.oldProvName[m.oldProvCode] = m.oldProv
	}
	c := Candidate{Commune: m.communeCode, Whole: whole(m.note), Note: m.note}
	if m.oldCode == "" {
		t.districtTo[m.distCode] = appendCandidate(t.districtTo[m.distCode], c)
		return nil
	}
	if _, ok := t.oldIdx[m.oldCode]; !ok {
		// A few communes of the conversion file are missing from the list
		// of 4/1/2025; the conversion file says enough to know them.
		t.oldIdx[m.oldCode] = len(t.old)
		t.old = append(t.old, OldCommune{Code: m.oldCode, Name: m.oldName, District: m.district,
			DistCode: m.distCode, Province: m.oldProv, ProvCode: m.oldProvCode, Level: levelOf(m.oldName)})
	}
	t.convert[m.oldCode] = appendCandidate(t.convert[m.oldCode], c)
	return nil
}

// appendCandidate adds a candidate unless its commune is already there (a
// split commune's parts may be listed twice for the same new commune).
func appendCandidate(cs []Candidate, c Candidate) []Candidate {
	for i := range cs {
		if cs[i].Commune == c.Commune {
			cs[i].Whole = cs[i].Whole || c.Whole
			return cs
		}
	}
	return append(cs, c)
}

// whole tells a note that moves the whole old commune: "Nhập toàn bộ",
// "Giữ nguyên" (kept), "Đổi tên" (renamed), "Đổi loại hình" (retyped).
func whole(note string) bool {
	n := strings.ToLower(note)
	for _, p := range []string{"nhập toàn bộ", "giữ nguyên", "đổi tên", "đổi loại hình", "sắp xếp toàn bộ"} {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

// levelOf is the unit word a name starts with ("Thị trấn Hương Canh").
func levelOf(name string) string {
	for _, l := range []string{"Thị trấn", "Phường", "Xã", "Đặc khu"} {
		if strings.HasPrefix(name, l+" ") {
			return l
		}
	}
	return ""
}
