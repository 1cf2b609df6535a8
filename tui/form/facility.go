package form

import (
	"strings"

	"khuyencong/model"
	"khuyencong/tui/kit"
)

// facilityChoices are the facility's enum fields, which huh's selects set
// through pointers.
type facilityChoices struct {
	legal model.LegalForm
	trade model.TradeGroup
}

// NewFacilityForm opens a form over a copy of base; isNew saves with Create.
func NewFacilityForm(c *kit.Session, base model.Facility, isNew bool) *RecordForm {
	ch := &facilityChoices{legal: base.LegalForm, trade: base.TradeGroup}
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
		txt("village", kText, a.Village, false),
		txt("commune", kText, a.Commune, false),
		txt("district", kText, a.District, false),
		txt("province", kText, a.Province, false),
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
	r.Address = model.Address{Village: get("village"), Commune: get("commune"), District: get("district"), Province: get("province")}
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
