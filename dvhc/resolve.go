package dvhc

import (
	"slices"

	"khuyencong/i18n"
)

// Written is an address as it was written before 1/7/2025: names as people
// write them ("TT. Hương Canh", "H. Bình Xuyên", with or without
// diacritics) and, where known, the official codes.
type Written struct {
	Commune, District, Province             string
	CommuneCode, DistrictCode, ProvinceCode string
}

// Outcome says how sure a conversion is.
type Outcome uint8

const (
	// Unknown: the address names no unit the table knows.
	Unknown Outcome = iota
	// Certain: one new commune; it may be applied without asking.
	Certain
	// Choice: several new communes; a person must choose.
	Choice
)

// Result is what the table makes of a written address.
type Result struct {
	Outcome Outcome
	// New is true when the address already names a commune in force since
	// 1/7/2025 (someone wrote the new address in the old columns).
	New bool
	// Old is the old commune the address names, when it names exactly one;
	// its codes complete the recorded address.
	Old *OldCommune
	// Province and Commune are the new codes when Certain; Province is
	// also set for a Choice when all candidates share it.
	Province, Commune string
	Candidates        []Candidate
	// ByDistrict is true when the candidates are the new communes of the
	// written district: no commune of that name was in force on 4/1/2025.
	ByDistrict bool
	// Why explains Unknown (a catalog key with Args).
	Why  i18n.Key
	Args []any
}

// Resolve converts a written address. within is the centre's province
// (new code): an address without a province is looked for in the old
// provinces that are now part of it, or everywhere when within is empty.
func (t *Table) Resolve(w Written, within string) Result {
	if o, ok := t.Old(w.CommuneCode); ok {
		return t.fromOld([]int{t.oldIdx[o.Code]})
	}
	provs, ok := t.oldProvinces(w, within)
	if !ok {
		return Result{Why: MsgNoSuchProvince, Args: []any{w.Province}}
	}
	if provs == nil {
		// Names repeat across provinces ("Hợp Thịnh" was a commune of two):
		// without a province nothing is looked up.
		return Result{Why: MsgNoProvinceGiven}
	}
	c, d := parsePlace(w.Commune), parsePlace(w.District)
	if w.Commune == "" && w.District == "" {
		// A province alone gives no commune, but its new province when it
		// went whole into one.
		r := Result{Why: MsgNoCommune}
		if w.Province != "" || w.ProvinceCode != "" {
			r.Province = t.newProvinceOf(provs)
		}
		return r
	}
	if w.District == "" && w.DistrictCode == "" && !c.town {
		if r, ok := t.asNew(c, provs, w, within); ok {
			return r
		}
	}
	dists := t.districts(d, w.DistrictCode, provs)
	if (w.District != "" || w.DistrictCode != "") && len(dists) == 0 {
		return Result{Why: MsgNoSuchDistrict, Args: []any{firstOf(w.District, w.DistrictCode)}}
	}
	if w.Commune == "" {
		return t.fromDistricts(dists)
	}
	olds := t.oldMatches(c, provs, dists)
	if len(olds) == 0 && dists != nil {
		// A commune merged before 4/1/2025 (the table lists the units of
		// that day): its district's new communes are where it can be.
		return t.fromDistricts(dists)
	}
	if len(olds) == 0 {
		return Result{Why: MsgNoSuchCommune, Args: []any{w.Commune}}
	}
	return t.fromOld(olds)
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// oldProvinces is the set of old province codes the address may be in;
// nil means any. ok is false when a province is written but not known.
func (t *Table) oldProvinces(w Written, within string) ([]string, bool) {
	if w.ProvinceCode != "" {
		if _, known := t.oldProvName[w.ProvinceCode]; known {
			return []string{w.ProvinceCode}, true
		}
	}
	if w.Province == "" {
		if within == "" {
			return nil, true
		}
		return t.mergedFrom[within], true
	}
	p := parsePlace(w.Province)
	var out []string
	for _, k := range []string{p.full, p.bare} {
		out = append(out, t.names.oldProvince[k]...)
		for _, np := range t.names.newProvince[k] {
			out = append(out, t.mergedFrom[np]...)
		}
		if len(out) > 0 {
			break
		}
	}
	slices.Sort(out)
	out = slices.Compact(out)
	return out, len(out) > 0
}

// districts finds the old districts a written district names, within the
// provinces; nil when none is written.
func (t *Table) districts(d place, code string, provs []string) []string {
	if code != "" {
		if _, ok := t.names.districtOf[code]; ok {
			return []string{code}
		}
	}
	if d.full == "" {
		return nil
	}
	for _, k := range []string{d.full, d.bare} {
		var out []string
		for _, dc := range t.names.oldDistrict[k] {
			if provs == nil || slices.Contains(provs, t.names.districtOf[dc]) {
				out = append(out, dc)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// oldMatches finds the old communes a written commune names: by its full
// key first ("Quan Hóa" is a name, not "quận Hóa"), then without the unit
// word; a thị trấn written as such prefers thị trấn.
func (t *Table) oldMatches(c place, provs, dists []string) []int {
	for _, k := range []string{c.full, c.bare} {
		var out []int
		for _, i := range t.names.oldCommune[k] {
			o := &t.old[i]
			if provs != nil && !slices.Contains(provs, o.ProvCode) {
				continue
			}
			if dists != nil && !slices.Contains(dists, o.DistCode) {
				continue
			}
			out = append(out, i)
		}
		if len(out) > 1 && c.town {
			towns := slices.DeleteFunc(slices.Clone(out), func(i int) bool { return t.old[i].Level != "Thị trấn" })
			if len(towns) > 0 {
				out = towns
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// asNew reads the commune as a unit in force since 1/7/2025, when exactly
// one of that name lies in the province.
func (t *Table) asNew(c place, provs []string, w Written, within string) (Result, bool) {
	newProvs := map[string]bool{}
	if w.Province == "" && w.ProvinceCode == "" {
		if within != "" {
			newProvs[within] = true
		}
	} else {
		for np, olds := range t.mergedFrom {
			for _, p := range provs {
				if slices.Contains(olds, p) {
					newProvs[np] = true
				}
			}
		}
	}
	for _, k := range []string{c.full, c.bare} {
		var hits []int
		for _, i := range t.names.newCommune[k] {
			if len(newProvs) == 0 || newProvs[t.communes[i].Province] {
				hits = append(hits, i)
			}
		}
		if len(hits) == 1 {
			n := t.communes[hits[0]]
			return Result{Outcome: Certain, New: true, Province: n.Province, Commune: n.Code}, true
		}
		if len(hits) > 1 {
			return Result{}, false
		}
	}
	return Result{}, false
}

// fromOld converts one or more old communes: the union of their new
// communes, certain when it has one member.
func (t *Table) fromOld(olds []int) Result {
	var r Result
	if len(olds) == 1 {
		o := t.old[olds[0]]
		r.Old = &o
	}
	for _, i := range olds {
		for _, c := range t.convert[t.old[i].Code] {
			r.Candidates = appendCandidate(r.Candidates, c)
		}
	}
	return t.settle(r)
}

// fromDistricts converts a written district without a commune: every new
// commune its old communes went into, for a person to choose from.
func (t *Table) fromDistricts(dists []string) Result {
	var r Result
	for _, o := range t.old {
		if slices.Contains(dists, o.DistCode) {
			for _, c := range t.convert[o.Code] {
				// A district's part, whatever the commune's note says.
				c.Whole, c.Note = false, ""
				r.Candidates = appendCandidate(r.Candidates, c)
			}
		}
	}
	for _, dc := range dists {
		for _, c := range t.districtTo[dc] {
			r.Candidates = appendCandidate(r.Candidates, c)
		}
	}
	r.ByDistrict = true
	return t.settle(r)
}

func (t *Table) settle(r Result) Result {
	switch len(r.Candidates) {
	case 0:
		r.Why = MsgNotConverted
		return r
	case 1:
		r.Outcome, r.Commune = Certain, r.Candidates[0].Commune
	default:
		r.Outcome = Choice
	}
	r.Province = t.communes[t.communeIdx[r.Candidates[0].Commune]].Province
	for _, c := range r.Candidates[1:] {
		if t.communes[t.communeIdx[c.Commune]].Province != r.Province {
			r.Province = ""
		}
	}
	return r
}

// newProvinceOf is the one new province all the old provinces are part
// of, or "".
func (t *Table) newProvinceOf(olds []string) string {
	found := ""
	for np, from := range t.mergedFrom {
		for _, o := range olds {
			if slices.Contains(from, o) {
				if found != "" && found != np {
					return ""
				}
				found = np
			}
		}
	}
	return found
}
