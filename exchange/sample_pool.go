package exchange

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"time"

	"khuyencong/model"
)

// poolEntry is a synthetic facility kept as a possible beneficiary.
type poolEntry struct {
	id      model.ID
	name    string
	product string
	place   string // the commune, as a project's location names it
	group   model.TradeGroup
	form    model.LegalForm
	workers int32
}

// facilityPool holds a few thousand candidates, sampled evenly over the
// synthetic facilities, for the synthetic projects to draw from.
type facilityPool struct {
	all     []poolEntry
	byCraft map[string][]poolEntry
}

func newFacilityPool() *facilityPool { return &facilityPool{byCraft: map[string][]poolEntry{}} }

func (p *facilityPool) add(f *model.Facility, place string) {
	c := poolEntry{
		id: f.ID, name: f.Name, product: f.Products, place: place,
		group: f.TradeGroup, form: f.LegalForm, workers: f.Employees,
	}
	p.all = append(p.all, c)
	if f.CraftVillage != "" {
		p.byCraft[f.CraftVillage] = append(p.byCraft[f.CraftVillage], c)
	}
}

// pickAny returns up to n distinct facility IDs, in ascending order.
func (p *facilityPool) pickAny(r *rand.Rand, n int) []model.ID {
	return pickIDs(r, p.all, n)
}

// pickMaker returns a producing workshop of some size (a machinery or
// consulting beneficiary), or false when there is none.
func (p *facilityPool) pickMaker(r *rand.Rand, used map[model.ID]bool) (poolEntry, bool) {
	for range 200 {
		if len(p.all) == 0 {
			break
		}
		c := p.all[r.IntN(len(p.all))]
		if c.workers >= 5 && c.group != model.TradeServices && c.group != model.TradePlants && !used[c.id] {
			used[c.id] = true
			return c, true
		}
	}
	return poolEntry{}, false
}

func pickIDs(r *rand.Rand, cs []poolEntry, n int) []model.ID {
	n = min(n, len(cs))
	seen := make(map[model.ID]bool, n)
	ids := make([]model.ID, 0, n)
	for len(ids) < n {
		c := cs[r.IntN(len(cs))]
		if !seen[c.id] {
			seen[c.id] = true
			ids = append(ids, c.id)
		}
	}
	slices.Sort(ids)
	return ids
}

// taxCodes hands out synthetic enterprise tax codes: "269" and a six-digit
// serial, then the check digit (weights 31,29,23,19,17,13,7,5,3). Serials
// whose check digit would be 10 have no valid code and are skipped. 26 is
// the province code of the sample's region; real codes of that prefix run
// far below 2690000000, so these are recognisably synthetic. Past a million
// serials it gives "" (the facility then has no tax code).
type taxCodes struct{ serial int }

func (t *taxCodes) take() string {
	for t.serial < 1_000_000 {
		body := "269" + pad6(t.serial)
		t.serial++
		if d, ok := taxCheckDigit(body); ok {
			return body + string(rune('0'+d))
		}
	}
	return ""
}

func pad6(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 6 {
		s = "0" + s
	}
	return s
}

// taxCheckDigit computes N10 = 10 − (Σ wᵢ·Nᵢ mod 11) over nine digits.
func taxCheckDigit(body string) (int, bool) {
	weights := [9]int{31, 29, 23, 19, 17, 13, 7, 5, 3}
	sum := 0
	for i, w := range weights {
		sum += w * int(body[i]-'0')
	}
	d := 10 - sum%11
	return d, d < 10
}

func pickOne[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// pickWeight draws an index in [0, n) with probability weight(i)/Σweights.
func pickWeight(r *rand.Rand, n int, weight func(int) int) int {
	total := 0
	for i := range n {
		total += weight(i)
	}
	x := r.IntN(total)
	for i := range n {
		if x -= weight(i); x < 0 {
			return i
		}
	}
	return n - 1
}

func ymd(y int32, m, d int) model.Date {
	return model.Date(int(y)*10000 + m*100 + d)
}

// ymdAdd moves a date by days on the calendar.
func ymdAdd(d model.Date, days int) model.Date {
	t := time.Date(int(d)/10000, time.Month(int(d)/100%100), int(d)%100, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
	return ymd(int32(t.Year()), int(t.Month()), t.Day())
}
