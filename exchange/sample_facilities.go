package exchange

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"

	"khuyencong/model"
)

// facilityGen makes the synthetic facilities, one at a time, so that a
// million of them never sit in memory together.
type facilityGen struct {
	rng   *rand.Rand
	units *sampleUnits
	every int // keep every n-th facility as a beneficiary poolEntry
	seq   int
	tax   taxCodes
	pool  *facilityPool
}

// craftShare is the part of facilities inside a craft village: 29
// recognised villages held about 6.380 of the province's 20.000
// establishments (notes/domain.md §6).
const craftShare = 0.3

func newFacilityGen(rng *rand.Rand, n int, u *sampleUnits) *facilityGen {
	return &facilityGen{rng: rng, units: u, every: max(1, n/4000), pool: newFacilityPool()}
}

func (g *facilityGen) next() *model.Facility {
	g.seq++
	r := g.rng
	f := &model.Facility{Notes: sampleIllustrative}
	var word string
	if r.Float64() < craftShare {
		c := &sampleCrafts[pickWeight(r, len(sampleCrafts), func(i int) int { return sampleCrafts[i].weight })]
		f.CraftVillage, f.TradeGroup, word = c.name, c.group, c.word
		f.Products = pickOne(r, c.products)
		f.Address = g.units.converted(model.OldAddress{Commune: c.commune, District: c.district, Province: sampleOldProvince})
		f.LegalForm = drawLegalForm(r, 88)
	} else {
		t := &sampleTrades[pickWeight(r, len(sampleTrades), func(i int) int { return sampleTrades[i].weight })]
		f.TradeGroup, f.Products, word = t.group, t.product, t.word
		f.Address = g.address()
		f.LegalForm = drawLegalForm(r, 68)
	}
	f.Address.Village = g.village(f.Address)
	owner := drawPersonName(r)
	f.Representative = owner
	g.name(f, word, owner)
	f.Employees = drawEmployees(r, f.LegalForm)
	f.AvgIncome = drawIncome(r, f.LegalForm)
	f.YearFounded = drawFounded(r, f.LegalForm, f.CraftVillage != "")
	return f
}

// name gives the facility a name after its legal form and, for companies
// and cooperatives, a synthetic tax code that passes the check digit.
func (g *facilityGen) name(f *model.Facility, word, owner string) {
	r := g.rng
	switch f.LegalForm {
	case model.LegalHousehold:
		f.Name = "Hộ kinh doanh " + owner
	case model.LegalCoopGroup:
		f.Name = fmt.Sprintf("Tổ hợp tác %s %s", word, shortName(f.Address, g.units.t))
	case model.LegalCoop:
		f.Name = fmt.Sprintf("Hợp tác xã %s %s", word, shortName(f.Address, g.units.t))
		f.TaxCode = g.tax.take()
	default:
		brand := pickOne(r, sampleBrands)
		switch x := r.IntN(10); {
		case x < 5:
			f.Name = fmt.Sprintf("Công ty TNHH %s %s", word, brand)
		case x < 8:
			f.Name = fmt.Sprintf("Công ty TNHH Sản xuất và Thương mại %s", brand)
		default:
			f.Name = fmt.Sprintf("Công ty Cổ phần %s %s", word, brand)
		}
		f.TaxCode = g.tax.take()
		// A few changed their name, as Tân Việt did in the article.
		if r.IntN(40) == 0 && len(f.Name) > len("Công ty TNHH ") && f.Name[:len("Công ty TNHH ")] == "Công ty TNHH " {
			old := "Công ty TNHH MTV " + f.Name[len("Công ty TNHH "):]
			f.FormerNames = []model.FormerName{{Name: old, Until: ymd(int32(2012+r.IntN(12)), 1+r.IntN(12), 1+r.IntN(28))}}
		}
	}
}

// address draws the address of a facility outside the craft villages:
// over half registered since the reform anywhere in the province, a
// quarter registered in Vĩnh Phúc before it and converted, the rest
// recorded before it and waiting for conversion, a few of those in split
// communes.
func (g *facilityGen) address() model.Address {
	r := g.rng
	x := r.IntN(100)
	if x < 55 {
		return g.units.fresh(r)
	}
	if x >= 98 {
		return model.Address{Before: sampleSplit[r.IntN(len(sampleSplit))]}
	}
	d := &sampleDistricts[pickWeight(r, len(sampleDistricts), func(i int) int { return sampleDistricts[i].weight })]
	o := writtenOld(r, g.units.oldCommune(r, d), d.name)
	if x < 80 {
		return g.units.converted(o)
	}
	return model.Address{Before: o}
}

func (g *facilityGen) village(a model.Address) string {
	urban := strings.HasPrefix(g.units.t.CommuneLabel(a.CommuneCode), "Phường")
	for _, d := range sampleDistricts {
		if d.name == a.Before.District && d.urban {
			urban = true
		}
	}
	if urban {
		return fmt.Sprintf("tổ dân phố %d", 1+g.rng.IntN(12))
	}
	return "thôn " + pickOne(g.rng, sampleVillages)
}

// created records the IDs the store gave a written batch, keeping some
// facilities as candidates for the synthetic projects' beneficiaries.
func (g *facilityGen) created(batch []model.Record) {
	for _, rec := range batch {
		f := rec.(*model.Facility)
		if int(f.ID)%g.every == 0 {
			g.pool.add(f, g.place(f.Address))
		}
	}
}

// drawLegalForm draws a legal form; households make up `household` percent,
// the rest are companies, cooperatives and cooperative groups.
func drawLegalForm(r *rand.Rand, household int) model.LegalForm {
	x := r.IntN(100)
	switch rest := 100 - household; {
	case x < household:
		return model.LegalHousehold
	case x < household+rest*6/10:
		return model.LegalSME
	case x < household+rest*8/10:
		return model.LegalCoop
	}
	return model.LegalCoopGroup
}

// drawEmployees is skewed small: most households employ a few family members,
// a few companies employ hundreds.
func drawEmployees(r *rand.Rand, lf model.LegalForm) int32 {
	switch lf {
	case model.LegalHousehold:
		return int32(1 + min(14, int(r.ExpFloat64()*2.5)))
	case model.LegalCoopGroup:
		return int32(5 + r.IntN(16))
	case model.LegalCoop:
		return int32(7 + min(60, int(r.ExpFloat64()*12)))
	}
	return int32(max(3, min(300, math.Exp(math.Log(15)+0.9*r.NormFloat64()))))
}

// drawIncome is the average monthly income per worker, around the article's 5
// triệu, a little higher in companies; rounded to 100.000 đ.
func drawIncome(r *rand.Rand, lf model.LegalForm) model.Money {
	mean := 4.7
	if lf == model.LegalSME {
		mean = 6.0
	}
	tr := max(3.2, min(12, mean+0.9*r.NormFloat64()))
	return model.Money(math.Round(tr*10)) * 100_000
}

func drawFounded(r *rand.Rand, lf model.LegalForm, craft bool) int32 {
	switch {
	case lf == model.LegalSME:
		return int32(2000 + r.IntN(25))
	case craft:
		return int32(1986 + r.IntN(39))
	}
	return int32(1995 + r.IntN(30))
}

func drawPersonName(r *rand.Rand) string {
	fam := sampleFamilies[pickWeight(r, len(sampleFamilies), func(i int) int { return sampleFamilies[i].w })].s
	if r.IntN(10) < 7 {
		return fam + " " + pickOne(r, sampleMiddleMale) + " " + pickOne(r, sampleGivenMale)
	}
	return fam + " " + pickOne(r, sampleMiddleFemale) + " " + pickOne(r, sampleGivenFemale)
}

// place is where a project for the facility takes place: its commune
// since the reform, or as recorded before it.
func (g *facilityGen) place(a model.Address) string {
	if a.CommuneCode != "" {
		return g.units.t.CommuneLabel(a.CommuneCode)
	}
	if a.Before.District == "" {
		return a.Before.Commune
	}
	return a.Before.Commune + ", " + a.Before.District
}
