package store

import (
	"encoding/binary"
	"strconv"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/vntext"
)

// textBuf builds a row's search text: the searchable fields folded and
// joined by " | ", so that a query does not match across two fields.
//
// Fields that many rows share word for word (a facility's village, commune
// and districts, its products) go into shared parts: each part is kept once
// in the dictionary and the row holds its number (see pack.go). At a
// million facilities the places took 59 of a row's 95 bytes of search text
// and had 18.000 different values.
type textBuf struct {
	b      []byte // the row's own fields
	shared []byte // the shared parts, each as uvarint length then text
	part   []byte // scratch for the part being built
}

func (t *textBuf) reset() { t.b, t.shared = t.b[:0], t.shared[:0] }

func (t *textBuf) add(s string) { t.b = appendField(t.b, s) }

// share adds one shared part: the fields ss folded and joined, if any is
// not empty.
func (t *textBuf) share(ss ...string) {
	t.part = t.part[:0]
	for _, s := range ss {
		t.part = appendField(t.part, s)
	}
	if len(t.part) > 0 {
		t.shared = binary.AppendUvarint(t.shared, uint64(len(t.part)))
		t.shared = append(t.shared, t.part...)
	}
}

func appendField(b []byte, s string) []byte {
	if s == "" {
		return b
	}
	if len(b) > 0 {
		b = append(b, fieldSep...)
	}
	return vntext.AppendFold(b, s)
}

// fieldSep joins the fields of a search text.
const fieldSep = " | "

func (t *textBuf) facility(f *model.Facility, n namer) {
	t.reset()
	t.add(f.Name)
	for _, fn := range f.FormerNames {
		t.add(fn.Name)
	}
	t.add(f.TaxCode)
	a := &f.Address
	t.share(a.Village, n.communeName(a.CommuneCode), a.Before.Commune, a.Before.District, f.CraftVillage)
	t.share(f.Products)
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
