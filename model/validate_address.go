package model

// address checks what can be checked without the unit table: codes are
// digits of the official lengths (province 2, district 3, commune 5 —
// Decision 124/2004/QĐ-TTg and 19/2025/QĐ-TTg), a commune needs its
// province, and names fit a line. Whether a code exists is the store's
// check, against the table in force.
func (ps *Problems) address(a *Address) {
	ps.unitCode("province", a.ProvinceCode, 2)
	ps.unitCode("commune", a.CommuneCode, 5)
	if a.CommuneCode != "" && a.ProvinceCode == "" {
		ps.add("province", MsgRequired)
	}
	o := &a.Before
	ps.text("old_commune", o.Commune, maxLineRunes, false)
	ps.text("old_district", o.District, maxLineRunes, false)
	ps.text("old_province", o.Province, maxLineRunes, false)
	ps.unitCode("old_commune", o.CommuneCode, 5)
	ps.unitCode("old_district", o.DistrictCode, 3)
	ps.unitCode("old_province", o.ProvinceCode, 2)
}

func (ps *Problems) unitCode(field, code string, n int) {
	if code == "" {
		return
	}
	if len(code) != n || !allDigits(code) {
		ps.add(field, MsgUnitCode, code, n)
	}
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
