package model

import "khuyencong/vntext"

// Sanitize cleans every text field in place (see CleanLine and CleanText),
// drops former-name entries left entirely blank and writes a valid tax code
// in its normal form; an invalid one is kept as typed for Validate to report.
func (f *Facility) Sanitize() {
	f.Name = vntext.CleanLine(f.Name)
	names := f.FormerNames[:0]
	for _, fn := range f.FormerNames {
		fn.Name = vntext.CleanLine(fn.Name)
		if fn.Name != "" || fn.Until != 0 {
			names = append(names, fn)
		}
	}
	if len(names) == 0 {
		names = nil
	}
	f.FormerNames = names
	f.TaxCode = vntext.CleanLine(f.TaxCode)
	if code, _, err := ParseTaxCode(f.TaxCode); err == nil {
		f.TaxCode = code
	}
	f.Products = vntext.CleanLine(f.Products)
	f.Address.Village = vntext.CleanLine(f.Address.Village)
	f.Address.ProvinceCode = vntext.CleanLine(f.Address.ProvinceCode)
	f.Address.CommuneCode = vntext.CleanLine(f.Address.CommuneCode)
	o := &f.Address.Before
	for _, p := range []*string{&o.Commune, &o.District, &o.Province, &o.CommuneCode, &o.DistrictCode, &o.ProvinceCode} {
		*p = vntext.CleanLine(*p)
	}
	f.CraftVillage = vntext.CleanLine(f.CraftVillage)
	f.Representative = vntext.CleanLine(f.Representative)
	f.Phone = vntext.CleanLine(f.Phone)
	f.Email = vntext.CleanLine(f.Email)
	f.Notes = vntext.CleanText(f.Notes)
}

// Sanitize cleans every text field of the project in place.
func (p *Project) Sanitize() {
	p.Item = vntext.CleanLine(p.Item)
	p.Code = vntext.CleanLine(p.Code)
	p.Name = vntext.CleanLine(p.Name)
	p.Implementer = vntext.CleanLine(p.Implementer)
	p.Location = vntext.CleanLine(p.Location)
	p.DecisionNo = vntext.CleanLine(p.DecisionNo)
	p.Notes = vntext.CleanText(p.Notes)
}

// Sanitize cleans every text field of the allocation in place.
func (a *Allocation) Sanitize() {
	a.DecisionNo = vntext.CleanLine(a.DecisionNo)
	a.Notes = vntext.CleanText(a.Notes)
}

// Sanitize cleans every text field of the payment in place.
func (p *Payment) Sanitize() {
	p.Voucher = vntext.CleanLine(p.Voucher)
	p.Notes = vntext.CleanText(p.Notes)
}

// Compile-time proof that the four record types are Records.
var (
	_ Record = (*Facility)(nil)
	_ Record = (*Project)(nil)
	_ Record = (*Allocation)(nil)
	_ Record = (*Payment)(nil)
)
