package dvhc

// Province is a province-level unit in force since 1/7/2025.
type Province struct {
	Code, Name string
}

// Commune is a commune-level unit in force since 1/7/2025; Province is its
// province's code.
type Commune struct {
	Code, Name, Province string
}

// OldCommune is a commune-level unit in force on 4/1/2025, with the
// district and province it belonged to then.
type OldCommune struct {
	Code, Name         string
	District, DistCode string
	Province, ProvCode string
	Level              string // Xã, Phường, Thị trấn as the list gives it
}

// Candidate is a new commune that received all or part of an old one.
type Candidate struct {
	Commune string // new commune code
	Whole   bool   // the whole old commune went into it
	Note    string // the table's note, e.g. "Nhập một phần"
}

// Table is the set of units and the conversion between them. It is
// immutable once built; lookups are safe from many goroutines.
type Table struct {
	provinces []Province
	communes  []Commune
	old       []OldCommune

	provIdx     map[string]int         // code → provinces
	communeIdx  map[string]int         // code → communes
	oldIdx      map[string]int         // code → old
	byProvince  map[string][]int       // province code → communes, in table order
	convert     map[string][]Candidate // old commune code → candidates
	districtTo  map[string][]Candidate // old district code (no communes) → unit
	mergedFrom  map[string][]string    // new province code → old province codes
	oldProvName map[string]string      // old province code → name
	names       nameIndex
}

// Provinces lists the provinces in the table's order.
func (t *Table) Provinces() []Province { return t.provinces }

// Province returns the province with the code.
func (t *Table) Province(code string) (Province, bool) {
	i, ok := t.provIdx[code]
	if !ok {
		return Province{}, false
	}
	return t.provinces[i], true
}

// Commune returns the new commune with the code.
func (t *Table) Commune(code string) (Commune, bool) {
	i, ok := t.communeIdx[code]
	if !ok {
		return Commune{}, false
	}
	return t.communes[i], true
}

// Communes lists a province's communes; all of them for an empty code.
func (t *Table) Communes(province string) []Commune {
	if province == "" {
		return t.communes
	}
	idx := t.byProvince[province]
	out := make([]Commune, len(idx))
	for i, j := range idx {
		out[i] = t.communes[j]
	}
	return out
}

// Old returns the old commune with the code.
func (t *Table) Old(code string) (OldCommune, bool) {
	i, ok := t.oldIdx[code]
	if !ok {
		return OldCommune{}, false
	}
	return t.old[i], true
}

// OldCommunes lists the old communes whose province is now part of the
// new province; all of them for an empty code.
func (t *Table) OldCommunes(province string) []OldCommune {
	if province == "" {
		return t.old
	}
	var out []OldCommune
	for _, p := range t.mergedFrom[province] {
		for _, o := range t.old {
			if o.ProvCode == p {
				out = append(out, o)
			}
		}
	}
	return out
}

// MergedFrom lists the codes of the old provinces (before 1/7/2025) that
// are now part of the province.
func (t *Table) MergedFrom(province string) []string { return t.mergedFrom[province] }

// Convert returns the new communes an old commune went into.
func (t *Table) Convert(oldCode string) []Candidate { return t.convert[oldCode] }

// CommuneLabel is "Xã Bình Nguyên" for a code, or the code itself when the
// table does not know it (a newer table may have renamed or removed it).
func (t *Table) CommuneLabel(code string) string {
	if c, ok := t.Commune(code); ok {
		return c.Name
	}
	return code
}

// ProvinceLabel is the province's name for a code, or the code.
func (t *Table) ProvinceLabel(code string) string {
	if p, ok := t.Province(code); ok {
		return p.Name
	}
	return code
}

// Counts are the sizes of the table, for listings and checks.
func (t *Table) Counts() (provinces, communes, old, mappings int) {
	for _, c := range t.convert {
		mappings += len(c)
	}
	return len(t.provinces), len(t.communes), len(t.old), mappings
}

// ProvinceByName finds a province in force since 1/7/2025 by a written
// name (with or without "tỉnh"/"TP." and diacritics) or by its code.
func (t *Table) ProvinceByName(s string) (code string, ok bool) {
	if _, ok := t.provIdx[s]; ok {
		return s, true
	}
	p := parsePlace(s)
	for _, k := range []string{p.full, p.bare} {
		if cs := t.names.newProvince[k]; len(cs) == 1 {
			return cs[0], true
		}
	}
	return "", false
}
