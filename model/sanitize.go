package model

// Sanitize cleans every text field in place (see CleanLine and CleanText),
// drops former-name entries left entirely blank and writes a valid tax code
// in its normal form; an invalid one is kept as typed for Validate to report.
func (f *Facility) Sanitize() {
	f.Name = CleanLine(f.Name)
	names := f.FormerNames[:0]
	for _, fn := range f.FormerNames {
		fn.Name = CleanLine(fn.Name)
		if fn.Name != "" || fn.Until != 0 {
			names = append(names, fn)
		}
	}
	if len(names) == 0 {
		names = nil
	}
	f.FormerNames = names
	f.TaxCode = CleanLine(f.TaxCode)
	if code, _, err := ParseTaxCode(f.TaxCode); err == nil {
		f.TaxCode = code
	}
	f.Products = CleanLine(f.Products)
	f.Address.Village = CleanLine(f.Address.Village)
	f.Address.Commune = CleanLine(f.Address.Commune)
	f.Address.District = CleanLine(f.Address.District)
	f.Address.Province = CleanLine(f.Address.Province)
	f.CraftVillage = CleanLine(f.CraftVillage)
	f.Representative = CleanLine(f.Representative)
	f.Phone = CleanLine(f.Phone)
	f.Email = CleanLine(f.Email)
	f.Notes = CleanText(f.Notes)
}

// Sanitize cleans every text field of the project in place.
func (p *Project) Sanitize() {
	p.Code = CleanLine(p.Code)
	p.Name = CleanLine(p.Name)
	p.Implementer = CleanLine(p.Implementer)
	p.Location = CleanLine(p.Location)
	p.DecisionNo = CleanLine(p.DecisionNo)
	p.Notes = CleanText(p.Notes)
}

// Sanitize cleans every text field of the allocation in place.
func (a *Allocation) Sanitize() {
	a.DecisionNo = CleanLine(a.DecisionNo)
	a.Notes = CleanText(a.Notes)
}

// Sanitize cleans every text field of the payment in place.
func (p *Payment) Sanitize() {
	p.Voucher = CleanLine(p.Voucher)
	p.Notes = CleanText(p.Notes)
}

// Compile-time proof that the four record types are Records.
var (
	_ Record = (*Facility)(nil)
	_ Record = (*Project)(nil)
	_ Record = (*Allocation)(nil)
	_ Record = (*Payment)(nil)
)
