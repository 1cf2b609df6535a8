package store

import (
	"strconv"
	"strings"

	"khuyencong/model"
)

// field is one field of a record as the audit trail shows it: its name as
// in model's Problems ("tax_code") and its value as text: money as Full(),
// dates as dd/mm/yyyy, enums as their code, zero numbers as "".
type field struct{ name, value string }

func num[N ~int32 | ~int64](v N) string {
	if v == 0 {
		return ""
	}
	return strconv.FormatInt(int64(v), 10)
}

func money(m model.Money) string {
	if m == 0 {
		return ""
	}
	return m.Full()
}

func ids(v []model.ID) string {
	parts := make([]string, len(v))
	for i, id := range v {
		parts[i] = "#" + strconv.FormatUint(uint64(id), 10)
	}
	return strings.Join(parts, ", ")
}

func formerNames(v []model.FormerName) string {
	parts := make([]string, len(v))
	for i, fn := range v {
		parts[i] = fn.Name
		if fn.Until != 0 {
			parts[i] += " (" + fn.Until.String() + ")"
		}
	}
	return strings.Join(parts, "; ")
}

// The fields of each kind, in form order; two records of a kind give the
// same names in the same order.

func facilityFields(v *model.Facility) []field {
	return []field{
		{"name", v.Name}, {"former_names", formerNames(v.FormerNames)},
		{"legal_form", v.LegalForm.Code()}, {"tax_code", v.TaxCode},
		{"trade_group", v.TradeGroup.Code()}, {"products", v.Products},
		{"village", v.Address.Village}, {"province", v.Address.ProvinceCode},
		{"commune", v.Address.CommuneCode}, {"old_commune", oldUnit(v.Address.Before.Commune, v.Address.Before.CommuneCode)},
		{"old_district", oldUnit(v.Address.Before.District, v.Address.Before.DistrictCode)},
		{"old_province", oldUnit(v.Address.Before.Province, v.Address.Before.ProvinceCode)},
		{"craft_village", v.CraftVillage}, {"employees", num(v.Employees)},
		{"avg_income", money(v.AvgIncome)}, {"representative", v.Representative},
		{"phone", v.Phone}, {"email", v.Email}, {"year_founded", num(v.YearFounded)},
		{"notes", v.Notes},
	}
}

func projectFields(v *model.Project) []field {
	return []field{
		{"code", v.Code}, {"name", v.Name}, {"year", num(v.Year)},
		{"source", v.Source.Code()}, {"batch", num(v.Batch)},
		{"category", v.Category.Code()}, {"status", v.Status.Code()},
		{"implementer", v.Implementer}, {"beneficiaries", ids(v.Beneficiaries)},
		{"location", v.Location}, {"start", v.Start.String()}, {"end", v.End.String()},
		{"support", money(v.Support)}, {"counterpart", money(v.Counterpart)},
		{"decision_no", v.DecisionNo}, {"decision_date", v.DecisionDate.String()},
		{"notes", v.Notes}, {"programme", optionalID(v.Programme)}, {"item", v.Item},
		{"counterpart_by", model.FormatShares(v.CounterpartBy)},
	}
}

// optionalID is an ID for the audit trail, empty for none.
func optionalID(id model.ID) string {
	if id == 0 {
		return ""
	}
	return ids([]model.ID{id})
}

func allocationFields(v *model.Allocation) []field {
	return []field{
		{"year", num(v.Year)}, {"source", v.Source.Code()}, {"batch", num(v.Batch)},
		{"amount", money(v.Amount)}, {"decision_no", v.DecisionNo},
		{"decision_date", v.DecisionDate.String()}, {"notes", v.Notes},
	}
}

func paymentFields(v *model.Payment) []field {
	return []field{
		{"project", ids([]model.ID{v.Project})}, {"date", v.Date.String()},
		{"kind", v.PayKind.Code()}, {"amount", money(v.Amount)},
		{"voucher", v.Voucher}, {"notes", v.Notes},
	}
}

func fieldsOf(r model.Record) []field {
	if d := recordDesc(r); d != nil {
		return d.fields(r)
	}
	return nil
}

// diff lists the fields that differ; with old nil (a creation) every field
// that has a value.
func diff(old, new model.Record) []Change {
	nf := fieldsOf(new)
	var of []field
	if old != nil {
		of = fieldsOf(old)
	}
	var cs []Change
	for i, f := range nf {
		var prev string
		if i < len(of) {
			prev = of[i].value
		}
		if prev != f.value {
			cs = append(cs, Change{Field: f.name, Old: prev, New: f.value})
		}
	}
	return cs
}

func settingsDiff(old, new *model.Settings) []Change {
	var cs []Change
	text := func(c model.Ceiling) string {
		if c == (model.Ceiling{}) {
			return ""
		}
		return strconv.Itoa(int(c.Percent)) + "% / " + c.Max.Full()
	}
	for i := range new.Ceilings {
		if o, n := text(old.Ceilings[i]), text(new.Ceilings[i]); o != n {
			cs = append(cs, Change{Field: "ceiling." + strconv.Itoa(i), Old: o, New: n})
		}
	}
	if old.Province != new.Province {
		cs = append(cs, Change{Field: "province", Old: old.Province, New: new.Province})
	}
	if old.Centre != new.Centre {
		cs = append(cs, Change{Field: "centre", Old: centreText(&old.Centre), New: centreText(&new.Centre)})
	}
	if old.AdvanceLimit != new.AdvanceLimit {
		cs = append(cs, Change{Field: "advance_limit", Old: num(old.AdvanceLimit), New: num(new.AdvanceLimit)})
	}
	if old.Deadlines != new.Deadlines {
		cs = append(cs, Change{Field: "deadlines", Old: deadlinesText(&old.Deadlines), New: deadlinesText(&new.Deadlines)})
	}
	return append(cs, rulesDiff(old.Rules, new.Rules)...)
}

// cloneRecord is a shallow copy: records in the store are never modified
// in place, so their slices may be shared.
func cloneRecord(r model.Record) model.Record {
	if d := recordDesc(r); d != nil {
		return d.clone(r)
	}
	return r
}

// checkKind refuses anything but the kinds the store keeps (a nil record
// included).
func checkKind(r model.Record) error {
	if recordDesc(r) == nil {
		return badKind(0)
	}
	return nil
}

// oldUnit is a unit recorded before 1/7/2025 as the audit shows it: the
// name as written, with its code when known ("Hương Canh (08935)").
func oldUnit(name, code string) string {
	switch {
	case code == "":
		return name
	case name == "":
		return "(" + code + ")"
	}
	return name + " (" + code + ")"
}

// centreText is the centre's names on one audit line.
func centreText(c *model.Centre) string {
	if *c == (model.Centre{}) {
		return ""
	}
	return strings.Join([]string{c.Name, c.Parent, c.Director, c.Accountant, c.Preparer}, " | ")
}
