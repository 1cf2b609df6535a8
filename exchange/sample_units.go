package exchange

import (
	"math/rand/v2"
	"strings"
	"sync"

	"khuyencong/dvhc"
	"khuyencong/model"
)

// The sample is a Phú Thọ centre after the reform of 1/7/2025: the new
// province joined Phú Thọ, Vĩnh Phúc and Hòa Bình (Resolution
// 202/2025/QH15). Its records are of three ages: registered since the
// reform (a commune of the new province only), registered before it in
// Vĩnh Phúc and converted since (both addresses), and registered before it
// and still waiting for conversion (the old address only) — a few of them
// in the communes of Hòa Bình that were split over two new ones.
const (
	sampleProvince     = "Phú Thọ"
	sampleProvinceCode = "25"
	sampleOldProvince  = "Vĩnh Phúc"
	// sampleOldProvinceCode is Vĩnh Phúc's code before 1/7/2025.
	sampleOldProvinceCode = "26"
)

// sampleSplit are old communes split over two new ones (conversion table:
// "Nhập một phần"), written as an office would have.
var sampleSplit = []model.OldAddress{
	{Commune: "xã Vầy Nưa", District: "huyện Đà Bắc", Province: "Hòa Bình"},
	{Commune: "Cao Sơn", District: "Lương Sơn", Province: "Hoà Bình"},
	{Commune: "Xã Đồng Tân", District: "H. Mai Châu", Province: "tỉnh Hòa Bình"},
}

// sampleUnits is what the generator draws from the unit table.
type sampleUnits struct {
	t        *dvhc.Table
	communes []dvhc.Commune // the province's communes since 1/7/2025
	mu       sync.Mutex
	memo     map[model.OldAddress]dvhc.Result
	olds     map[string][]string // Vĩnh Phúc district → its communes on 4/1/2025
}

func newSampleUnits() (*sampleUnits, error) {
	t, err := dvhc.Default()
	if err != nil {
		return nil, err
	}
	u := &sampleUnits{t: t, communes: t.Communes(sampleProvinceCode), memo: map[model.OldAddress]dvhc.Result{},
		olds: map[string][]string{}}
	for _, o := range t.OldCommunes(sampleProvinceCode) {
		if o.ProvCode == sampleOldProvinceCode {
			k := dvhc.Key(o.District)
			u.olds[k] = append(u.olds[k], o.Name)
		}
	}
	return u, nil
}

// oldCommune draws a commune of the district as it was on 4/1/2025 (the
// district's list in sample_names.go is older: several of its communes
// were merged in 2019–2024), or one of that list when the table has none.
func (u *sampleUnits) oldCommune(r *rand.Rand, d *sampleDistrict) string {
	if cs := u.olds[dvhc.Key(d.name)]; len(cs) > 0 {
		return cs[r.IntN(len(cs))]
	}
	return pickOne(r, d.communes)
}

// convert is what `units convert` makes of an old address, memoised: the
// sample has a few hundred distinct ones.
func (u *sampleUnits) convert(o model.OldAddress) dvhc.Result {
	u.mu.Lock()
	defer u.mu.Unlock()
	r, ok := u.memo[o]
	if !ok {
		r = u.t.Resolve(dvhc.Written{Commune: o.Commune, District: o.District, Province: o.Province}, sampleProvinceCode)
		u.memo[o] = r
	}
	return r
}

// converted is the address recorded before the reform with the new units
// the conversion gives, when it gives one.
func (u *sampleUnits) converted(o model.OldAddress) model.Address {
	a := model.Address{Before: o}
	r := u.convert(o)
	if r.Old != nil {
		a.Before.CommuneCode, a.Before.DistrictCode, a.Before.ProvinceCode = r.Old.Code, r.Old.DistCode, r.Old.ProvCode
	}
	if r.Outcome == dvhc.Certain {
		a.ProvinceCode, a.CommuneCode = r.Province, r.Commune
	}
	return a
}

// fresh is an address registered since the reform: a commune of the
// province, any of them.
func (u *sampleUnits) fresh(r *rand.Rand) model.Address {
	c := u.communes[r.IntN(len(u.communes))]
	return model.Address{ProvinceCode: c.Province, CommuneCode: c.Code}
}

// written is an old address as people wrote it: the unit word or not,
// "huyện" or "H.", the province or not.
func writtenOld(r *rand.Rand, commune, district string) model.OldAddress {
	word, bare, _ := cutUnitWord(commune)
	o := model.OldAddress{Commune: bare, District: district}
	switch r.IntN(4) {
	case 0:
		o.Commune = commune // as the list writes it
		if word == "Thị trấn " && r.IntN(2) == 0 {
			o.Commune = "TT. " + bare
		}
	case 1:
		o.District = "huyện " + district
	case 2:
		o.District = "H. " + district
	}
	if r.IntN(3) > 0 {
		o.Province = sampleOldProvince
	}
	return o
}

// shortName is a commune's name without its unit word, as names of
// cooperatives use it ("Hợp tác xã Mộc Bình Nguyên").
func shortName(a model.Address, t *dvhc.Table) string {
	if a.Before.Commune != "" {
		_, name, _ := cutUnitWord(a.Before.Commune)
		return name
	}
	_, name, _ := cutUnitWord(t.CommuneLabel(a.CommuneCode))
	return name
}

func cutUnitWord(s string) (word, name string, ok bool) {
	for _, w := range []string{"Xã ", "xã ", "Phường ", "Thị trấn ", "Đặc khu "} {
		if rest, found := strings.CutPrefix(s, w); found {
			return w, rest, true
		}
	}
	return "", s, false
}
