package lists

import (
	"khuyencong/model"
	"khuyencong/tui/kit"
)

// addressSections show the address since 1/7/2025 and, when one was
// recorded, the address before it as it was written ("địa chỉ trước
// 1/7/2025") on one line, with a warning while it waits for conversion.
func addressSections(c *kit.Session, d *doc, a *model.Address) {
	fl := func(name string) string { return model.FieldLabel(name, c.Lang) }
	t := c.Snap.Units
	commune, province := a.CommuneCode, a.ProvinceCode
	if t != nil && commune != "" {
		commune = t.CommuneLabel(commune) + " (" + commune + ")"
	}
	if t != nil && province != "" {
		province = t.ProvinceLabel(province)
	}
	kvs := [][2]string{{fl("village"), a.Village}, {fl("commune"), commune}, {fl("province"), province}}
	if o := a.Before; !o.Empty() {
		kvs = append(kvs, [2]string{c.T(MsgDetailOldAddress), oldLine(&o)})
	}
	lines := d.kvs(kvs...)
	if a.CommuneCode == "" && !a.Before.Empty() {
		lines = append(lines, c.Styles.Warn.Render(wrap(c.T(MsgDetailNotConverted), d.w, 0)))
	}
	d.section(c.T(MsgDetailAddress), lines...)
}

// oldLine is an address recorded before 1/7/2025 with the old commune's
// code when known.
func oldLine(o *model.OldAddress) string {
	if o.CommuneCode != "" && (o.Commune != "" || o.District != "" || o.Province != "") {
		return o.Line() + " (" + o.CommuneCode + ")"
	}
	return o.Line()
}

// facilityPlace is where a facility is, for a one-line mention: its
// commune since 1/7/2025, or the district recorded before it.
func facilityPlace(c *kit.Session, a *model.Address) string {
	if a.CommuneCode != "" && c.Snap.Units != nil {
		return c.Snap.Units.CommuneLabel(a.CommuneCode)
	}
	if a.Before.District != "" {
		return a.Before.District
	}
	return a.Before.Commune
}
