package store

import "khuyencong/model"

// fmtFacilityV1 is the facility layout before the two-level addresses
// (schema 1): one address of four names, the district among them.
const fmtFacilityV1 = 1

// decodeFacilityV1 reads a schema-1 facility for the migration to schema
// 2. Its address was written before the reform, so all of it but the
// village becomes the "before 1/7/2025" address, unchanged.
func decodeFacilityV1(r *reader, f *model.Facility) error {
	r.format(fmtFacilityV1)
	r.meta(&f.Meta)
	f.Name = r.str()
	if n := r.count(2); n > 0 {
		f.FormerNames = make([]model.FormerName, n)
		for i := range f.FormerNames {
			f.FormerNames[i].Name = r.str()
			f.FormerNames[i].Until = model.Date(r.i32())
		}
	}
	f.LegalForm = model.LegalForm(r.byte())
	f.TaxCode = r.str()
	f.TradeGroup = model.TradeGroup(r.byte())
	f.Products = r.istr()
	f.Address.Village = r.istr()
	f.Address.Before.Commune = r.istr()
	f.Address.Before.District = r.istr()
	f.Address.Before.Province = r.istr()
	f.CraftVillage = r.istr()
	f.Employees = r.i32()
	f.AvgIncome = model.Money(r.i())
	f.Representative = r.str()
	f.Phone = r.str()
	f.Email = r.str()
	f.YearFounded = r.i32()
	f.Notes = r.str()
	return r.done()
}
