package model

import "strings"

// Facility is a rural industrial or handicraft establishment (cơ sở công
// nghiệp nông thôn).
type Facility struct {
	Meta
	Name        string
	FormerNames []FormerName
	LegalForm   LegalForm
	// TaxCode is the MST as entered and validated (see ParseTaxCode);
	// empty when unknown. Unique among live facilities when present.
	TaxCode    string
	TradeGroup TradeGroup
	Products   string
	Address    Address
	// CraftVillage is the làng nghề the facility belongs to, if any.
	CraftVillage   string
	Employees      int32
	AvgIncome      Money // average monthly income per worker
	Representative string
	Phone          string
	Email          string
	YearFounded    int32
	Notes          string
}

// FormerName is a name the facility used until a date (the article's
// "Công ty ... Tân Việt (nay là ...)").
type FormerName struct {
	Name  string
	Until Date
}

// Address is where a facility is. Since 1/7/2025 (Resolution 202/2025/QH15
// and 203/2025/QH15) a unit is a province and a commune by official code,
// with no district; the names are labels looked up in the unit table
// (package dvhc). Before keeps what was recorded before the reform.
type Address struct {
	Village      string // thôn, xóm, street: free text
	ProvinceCode string // province in force since 1/7/2025, e.g. "25"
	CommuneCode  string // commune in force since 1/7/2025, e.g. "08935"
	Before       OldAddress
}

// OldAddress is an address as recorded before 1/7/2025: the names as they
// were written, kept unchanged so that a report of that time reads as it
// did then, and the old units' codes where known.
type OldAddress struct {
	Commune, District, Province             string
	CommuneCode, DistrictCode, ProvinceCode string
}

// Line is the old address on one line, smallest unit first ("TT. Hương
// Canh, Bình Xuyên, Vĩnh Phúc"); its commune's code when no name is known.
func (o OldAddress) Line() string {
	var parts []string
	for _, s := range []string{o.Commune, o.District, o.Province} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return o.CommuneCode
	}
	return strings.Join(parts, ", ")
}

// Empty is true when nothing was recorded before the reform.
func (o OldAddress) Empty() bool { return o == OldAddress{} }

// Converted is true when the address names a unit in force since 1/7/2025.
func (a Address) Converted() bool { return a.CommuneCode != "" }

func (f *Facility) Kind() Kind    { return KindFacility }
func (f *Facility) Header() *Meta { return &f.Meta }
