package form

import (
	"strings"

	"khuyencong/model"
	"khuyencong/tui/kit"
)

// facilityChoices are the facility's enum fields, which huh's selects set
// through pointers.
type facilityChoices struct {
	legal             model.LegalForm
	trade             model.TradeGroup
	province, commune string // codes since 1/7/2025
}

// NewFacilityForm opens a form over a copy of base; isNew saves with Create.
func NewFacilityForm(c *kit.Session, base model.Facility, isNew bool) *RecordForm {
	ch := &facilityChoices{legal: base.LegalForm, trade: base.TradeGroup,
		province: base.Address.ProvinceCode, commune: base.Address.CommuneCode}
	if isNew && ch.province == "" {
		ch.province = c.Snap.Settings.Province // the centre's province
	}
	units := c.Snap.Units
	txt := func(name string, kind fieldKind, v string, required bool) *formField {
		return &formField{Name: name, Kind: kind, value: v, required: required}
	}
	a := base.Address
	fields := []*formField{
		txt("name", kText, base.Name, true),
		txt("tax_code", kTax, base.TaxCode, false),
		choice(c, "legal_form", &ch.legal, model.AllLegalForms, model.LegalForm.Label, false),
		choice(c, "trade_group", &ch.trade, model.AllTradeGroups, model.TradeGroup.Label, false),
		txt("products", kText, base.Products, false),
		unitChoice(c, "province", &ch.province, func() []unitRow { return provinceRows(units) }),
		unitChoice(c, "commune", &ch.commune, func() []unitRow { return communeRows(units, ch.province) }),
		txt("village", kText, a.Village, false),
		txt("craft_village", kText, base.CraftVillage, false),
		txt("employees", kCount, kit.CountText(base.Employees), false),
		txt("avg_income", kMoney, moneyText(base.AvgIncome), false),
		txt("representative", kText, base.Representative, false),
		txt("phone", kText, base.Phone, false),
		txt("email", kEmail, base.Email, false),
		txt("year_founded", kFounded, kit.CountText(base.YearFounded), false),
		textArea("former_names", kFormer, formatFormerNames(base.FormerNames), c.T(MsgFormFormerNames)),
		textArea("notes", kNotes, base.Notes, ""),
	}
	title := c.T(MsgFormNewFacility)
	if !isNew {
		title = c.T(MsgFormEditFacility, base.Name)
	}
	b := base
	rk := recordKind{
		Kind:   model.KindFacility,
		Record: func(f *RecordForm) model.Record { return facilityFrom(f, ch) },
		Name:   func(r model.Record) string { return r.(*model.Facility).Name },
		remake: func(r model.Record) *RecordForm { return NewFacilityForm(c, *r.(*model.Facility), false) },
	}
	return newRecordForm(c, rk, title, &b, isNew, fields)
}

// facilityFrom makes the facility to save; every field has been checked.
func facilityFrom(f *RecordForm, ch *facilityChoices) model.Record {
	r := *f.base.(*model.Facility)
	get := f.Get
	r.Name = get("name")
	r.TaxCode, _, _ = model.ParseTaxCode(get("tax_code"))
	r.LegalForm, r.TradeGroup = ch.legal, ch.trade
	r.Products = get("products")
	// What was recorded before 1/7/2025 stays as it was: the form edits
	// the units since.
	r.Address.Village, r.Address.ProvinceCode, r.Address.CommuneCode = get("village"), ch.province, ch.commune
	r.CraftVillage = get("craft_village")
	r.Employees = f.count("employees")
	r.AvgIncome = f.Money("avg_income")
	r.Representative, r.Phone, r.Email = get("representative"), get("phone"), get("email")
	r.YearFounded = f.count("year_founded")
	r.FormerNames, _ = parseFormerNames(get("former_names"))
	r.Notes = get("notes")
	return &r
}

// Get is a field's trimmed text ("" for an unknown name).
func (f *RecordForm) Get(name string) string {
	for _, ff := range f.fields {
		if ff.Name == name {
			return strings.TrimSpace(ff.Text())
		}
	}
	return ""
}

func (f *RecordForm) count(name string) int32 {
	s := f.Get(name)
	if s == "" {
		return 0
	}
	n, _ := parseCount(s)
	return n
}

func (f *RecordForm) Money(name string) model.Money {
	s := f.Get(name)
	if s == "" {
		return 0
	}
	m, _ := model.ParseMoney(s)
	return m
}

func (f *RecordForm) date(name string) model.Date {
	d, _ := model.ParseDate(f.Get(name))
	return d
}

func moneyText(m model.Money) string {
	if m == 0 {
		return ""
	}
	return m.Full()
}
