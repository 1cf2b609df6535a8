package exchange

import (
	"strings"

	"khuyencong/dvhc"
	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/vntext"
)

// An office's facility list writes the address in one "Địa chỉ" cell or in
// separate columns, before the reform of 1/7/2025 (with a district) or
// after it (province and commune only). The address columns do not set the
// record directly: they collect what the row says (addrCells), and
// fillAddress decides, with the unit table, what is a unit in force since
// 1/7/2025, what was recorded before it (kept as written), and what the
// conversion table makes of the latter: one new commune is applied and
// noted; several, or none, are noted for a person, and the row is
// imported all the same.

// addrCells is what a row's address columns said.
type addrCells struct {
	written    dvhc.Written     // names from the commune, district, province and address columns
	village    string           // the free text of an "Địa chỉ" cell
	code       string           // a "Mã xã" cell: the commune since 1/7/2025
	old        model.OldAddress // the "… cũ" columns, taken as recorded before 1/7/2025
	hasOld     bool
	hasWritten bool
}

func addrSet(set func(a *addrCells, v string)) func(*model.Facility, string, *rowCtx) *model.Error {
	return func(_ *model.Facility, v string, c *rowCtx) *model.Error {
		set(&c.addr, vntext.CleanLine(v))
		return nil
	}
}

// addressCols are the address columns, in export order.
func addressCols() []column[model.Facility] {
	units := func(x *outCtx) *dvhc.Table { return x.snap.Units }
	return []column[model.Facility]{
		textCol("village", func(f *model.Facility) *string { return &f.Address.Village },
			"Thôn", "Xóm", "Thôn xóm", "Thôn/xóm", "Tổ dân phố", "hamlet", "Số nhà, đường", "street"),
		{field: "commune", kind: cText,
			aliases: []string{"Xã", "Phường", "Xã/phường", "Xã, phường, thị trấn", "Xã, phường, đặc khu", "ward",
				"Địa chỉ (xã)", "Địa chỉ (xã/phường)", "Địa chỉ xã", "Xã mới", "Xã, phường mới"},
			set: addrSet(func(a *addrCells, v string) { a.written.Commune, a.hasWritten = v, true }),
			get: func(f *model.Facility, x *outCtx) value {
				return textVal(label(units(x).CommuneLabel, f.Address.CommuneCode))
			}},
		{field: "commune_code", kind: cText,
			aliases: []string{"Mã xã", "Mã xã mới", "Mã phường", "Mã ĐVHC", "commune code", "ward code"},
			set:     addrSet(func(a *addrCells, v string) { a.code = v }),
			get:     func(f *model.Facility, _ *outCtx) value { return textVal(f.Address.CommuneCode) }},
		{field: "district", kind: cText, importOnly: true,
			aliases: []string{"Huyện", "Huyện/thành phố", "Quận/huyện", "Huyện, thị xã, thành phố", "Địa chỉ (huyện)"},
			set:     addrSet(func(a *addrCells, v string) { a.written.District, a.hasWritten = v, true }),
			get:     func(*model.Facility, *outCtx) value { return textVal("") }},
		{field: "province", kind: cText,
			aliases: []string{"Tỉnh", "Tỉnh/thành phố", "Tỉnh thành", "Tỉnh mới"},
			set:     addrSet(func(a *addrCells, v string) { a.written.Province, a.hasWritten = v, true }),
			get: func(f *model.Facility, x *outCtx) value {
				return textVal(label(units(x).ProvinceLabel, f.Address.ProvinceCode))
			}},
		{field: "address", kind: cText, importOnly: true,
			aliases: []string{"Địa chỉ", "Địa chỉ trụ sở", "Địa chỉ liên hệ", "Địa điểm", "Địa bàn", "address"},
			set: func(_ *model.Facility, v string, c *rowCtx) *model.Error {
				c.addr.village, c.addr.written = splitInto(c.look.snap.Units, vntext.CleanLine(v), c.addr.written)
				c.addr.hasWritten = true
				return nil
			},
			get: func(*model.Facility, *outCtx) value { return textVal("") }},
		oldCol("old_commune", func(o *model.OldAddress) *string { return &o.Commune }, "Xã cũ", "Xã trước 1/7/2025"),
		oldCol("old_district", func(o *model.OldAddress) *string { return &o.District }, "Huyện cũ", "Huyện trước 1/7/2025"),
		oldCol("old_province", func(o *model.OldAddress) *string { return &o.Province }, "Tỉnh cũ", "Tỉnh trước 1/7/2025"),
		oldCol("old_commune_code", func(o *model.OldAddress) *string { return &o.CommuneCode }, "Mã xã cũ"),
	}
}

func oldCol(field string, ptr func(*model.OldAddress) *string, aliases ...string) column[model.Facility] {
	return column[model.Facility]{field: field, kind: cText, aliases: aliases,
		set: addrSet(func(a *addrCells, v string) { *ptr(&a.old), a.hasOld = v, true }),
		get: func(f *model.Facility, _ *outCtx) value { return textVal(*ptr(&f.Address.Before)) }}
}

func label(name func(string) string, code string) string {
	if code == "" {
		return ""
	}
	return name(code)
}

// splitInto reads a one-line address; a part already given by its own
// column wins.
func splitInto(t *dvhc.Table, line string, w dvhc.Written) (string, dvhc.Written) {
	free, got := t.SplitLine(line)
	for _, p := range []struct {
		dst *string
		v   string
	}{
		{&w.Commune, got.Commune}, {&w.District, got.District}, {&w.Province, got.Province}} {
		if *p.dst == "" {
			*p.dst = p.v
		}
	}
	return free, w
}

// fillAddress completes a facility's address from the row's address
// cells. A row without address cells leaves the address as it was (an
// update of another field).
func fillAddress(f *model.Facility, c *rowCtx) {
	a := &c.addr
	if !a.hasWritten && !a.hasOld && a.code == "" {
		return
	}
	t, within := c.look.snap.Units, c.look.snap.Settings.Province
	if f.Address.Village == "" {
		f.Address.Village = a.village
	}
	if a.code != "" {
		f.Address.CommuneCode = a.code
		if cm, ok := t.Commune(a.code); ok {
			f.Address.ProvinceCode = cm.Province
		}
	}
	if a.hasOld {
		f.Address.Before = a.old
		// The old commune's code names its district and province.
		if o, ok := t.Old(a.old.CommuneCode); ok && a.old.DistrictCode == "" && a.old.ProvinceCode == "" {
			f.Address.Before.DistrictCode, f.Address.Before.ProvinceCode = o.DistCode, o.ProvCode
		}
	}
	if a.hasWritten {
		placeWritten(f, a.written, t, within)
	}
	// A file with columns for the address before 1/7/2025 (an export)
	// says which records are converted: one without the new units is
	// waiting for a person or for `units convert`, and the file is
	// imported as it is.
	if !c.columns["old_commune"] && !c.columns["old_district"] && !c.columns["old_commune_code"] {
		convertBefore(f, c, t, within)
	}
}

// placeWritten puts names written without saying when into the address: a
// commune in force since 1/7/2025 into the new units, anything else into
// the units recorded before (as written).
func placeWritten(f *model.Facility, w dvhc.Written, t *dvhc.Table, within string) {
	if w.Commune == "" && w.District == "" {
		if code, ok := t.ProvinceByName(w.Province); ok && f.Address.ProvinceCode == "" {
			f.Address.ProvinceCode = code
		}
		return
	}
	if r := t.Resolve(w, within); r.New {
		if f.Address.CommuneCode == "" {
			f.Address.ProvinceCode, f.Address.CommuneCode = r.Province, r.Commune
		}
		return
	}
	if f.Address.Before.Empty() {
		f.Address.Before = model.OldAddress{Commune: w.Commune, District: w.District, Province: w.Province}
	}
}

// convertBefore maps an address recorded before 1/7/2025 that has no unit
// since: certain conversions are applied, the others noted for a person.
func convertBefore(f *model.Facility, c *rowCtx, t *dvhc.Table, within string) {
	o := &f.Address.Before
	if o.Empty() {
		return
	}
	r := t.Resolve(dvhc.Written{Commune: o.Commune, District: o.District, Province: o.Province,
		CommuneCode: o.CommuneCode, DistrictCode: o.DistrictCode, ProvinceCode: o.ProvinceCode}, within)
	if f.Address.CommuneCode != "" {
		if r.Old != nil { // complete the old codes only
			ApplyConversion(&f.Address, dvhc.Result{Old: r.Old})
		}
		return
	}
	ApplyConversion(&f.Address, r)
	cell := o.Line()
	switch r.Outcome {
	case dvhc.Certain:
		name := t.CommuneLabel(r.Commune) + ", " + t.ProvinceLabel(r.Province)
		c.notes = append(c.notes, RowNote{Kind: NoteConverted, Field: "commune", Cell: cell, Value: [2]string{name, name}})
	case dvhc.Choice:
		names := make([]string, len(r.Candidates))
		for i, cd := range r.Candidates {
			names[i] = t.CommuneLabel(cd.Commune)
		}
		list := strings.Join(names, "; ")
		c.notes = append(c.notes, RowNote{Kind: NoteUnitChoice, Field: "commune", Cell: cell, Value: [2]string{list, list}})
	default:
		why := [2]string{i18n.VI.T(r.Why, r.Args...), i18n.EN.T(r.Why, r.Args...)}
		c.notes = append(c.notes, RowNote{Kind: NoteUnitUnknown, Field: "commune", Cell: cell, Value: why})
	}
}
