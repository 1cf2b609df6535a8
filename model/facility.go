package model

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

// Address is kept as recorded. District is the district of the record's
// time: the district level was abolished on 1/7/2025, so it is history, not
// a reference to a current unit.
type Address struct {
	Village  string
	Commune  string
	District string
	Province string
}

func (f *Facility) Kind() Kind    { return KindFacility }
func (f *Facility) Header() *Meta { return &f.Meta }
