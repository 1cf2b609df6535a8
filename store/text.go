package store

import (
	"strconv"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/vntext"
)

// textBuf builds a row's search text: the searchable fields folded and
// joined by " | ", so that a query does not match across two fields.
type textBuf struct{ b []byte }

func (t *textBuf) reset() { t.b = t.b[:0] }

func (t *textBuf) add(s string) {
	if s == "" {
		return
	}
	if len(t.b) > 0 {
		t.b = append(t.b, " | "...)
	}
	t.b = vntext.AppendFold(t.b, s)
}

func (t *textBuf) facility(f *model.Facility, n namer) {
	t.reset()
	t.add(f.Name)
	for _, fn := range f.FormerNames {
		t.add(fn.Name)
	}
	t.add(f.TaxCode)
	t.add(f.Address.Village)
	t.add(n.communeName(f.Address.CommuneCode))
	t.add(f.Address.Before.Commune)
	t.add(f.Address.Before.District)
	t.add(f.CraftVillage)
	t.add(f.Products)
}

// project includes the names of the beneficiaries.
func (t *textBuf) project(p *model.Project, n namer) {
	t.reset()
	t.add(p.Code)
	t.add(p.Name)
	t.add(p.Location)
	t.add(p.Implementer)
	for _, id := range p.Beneficiaries {
		t.add(n.facilityName(id))
	}
}

func (t *textBuf) allocation(a *model.Allocation) {
	t.reset()
	if a.Year != 0 {
		t.add(strconv.Itoa(int(a.Year)))
	}
	t.add(a.Source.Code())
	t.add(a.DecisionNo)
}

// payment includes the project's code.
func (t *textBuf) payment(p *model.Payment, n namer) {
	t.reset()
	t.add(p.Voucher)
	t.add(n.projectCode(p.Project))
	t.add(p.PayKind.Code())
	t.add(p.PayKind.Label(i18n.VI))
}
