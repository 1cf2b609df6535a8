package store

import "khuyencong/model"

// Format bytes. A change of layout gets a new byte and a decoder for the old
// one (or a schema migration that rewrites the bucket).
const (
	fmtFacility   = 2 // 1: one-level address before 1/7/2025 (codec_facility_v1.go)
	fmtProject    = 2 // 1: before programmes, without Programme, Item and CounterpartBy at the end
	fmtAllocation = 1
	fmtPayment    = 1
)

func (w *writer) meta(m *model.Meta) {
	w.u(uint64(m.ID))
	w.u(uint64(m.Version))
	w.bool(m.Deleted)
	w.time(m.CreatedAt)
	if w.dc != nil {
		// A packed row (the read model) keeps the update as a difference:
		// one byte instead of eight for a record never changed since.
		w.i(timeCode(m.UpdatedAt) - timeCode(m.CreatedAt))
	} else {
		w.time(m.UpdatedAt)
	}
	w.istr(m.UpdatedBy)
}

func (r *reader) meta(m *model.Meta) {
	m.ID = model.ID(r.u32())
	m.Version = r.u32()
	m.Deleted = r.bool()
	c := r.i()
	m.CreatedAt = r.codeTime(c)
	if r.names != nil { // a packed row: see writer.meta
		c += r.i()
	} else {
		c = r.i()
	}
	m.UpdatedAt = r.codeTime(c)
	m.UpdatedBy = r.istr()
}

// skipMeta moves past what meta reads, without converting the times.
func (r *reader) skipMeta() {
	r.skipVarint() // ID
	r.skipVarint() // Version
	r.byte()       // Deleted
	r.skipVarint() // CreatedAt
	r.skipVarint() // UpdatedAt
	if r.names != nil {
		r.skipVarint() // UpdatedBy as a dictionary number
	} else {
		r.span()
	}
}

// format checks the leading format byte.
func (r *reader) format(want byte) {
	if r.byte() != want {
		r.fail()
	}
}

// formatUpTo reads a leading format byte that may be any of 1..newest,
// for a kind whose older layouts differ only by fields added at the end.
func (r *reader) formatUpTo(newest byte) byte {
	b := r.byte()
	if b < 1 || b > newest {
		r.fail()
	}
	return b
}

func encodeFacility(w *writer, f *model.Facility) {
	w.byte(fmtFacility)
	w.meta(&f.Meta)
	w.str(f.Name)
	w.u(uint64(len(f.FormerNames)))
	for _, fn := range f.FormerNames {
		w.str(fn.Name)
		w.i(int64(fn.Until))
	}
	w.byte(byte(f.LegalForm))
	w.str(f.TaxCode)
	w.byte(byte(f.TradeGroup))
	w.istr(f.Products)
	encodeAddress(w, &f.Address)
	w.istr(f.CraftVillage)
	w.i(int64(f.Employees))
	w.i(int64(f.AvgIncome))
	w.str(f.Representative)
	w.str(f.Phone)
	w.str(f.Email)
	w.i(int64(f.YearFounded))
	w.str(f.Notes)
}

func decodeFacility(r *reader, f *model.Facility) error {
	r.format(fmtFacility)
	r.meta(&f.Meta)
	f.Name = r.str()
	if n := r.count(2); n > 0 {
		f.FormerNames = make([]model.FormerName, n)
		for i := range f.FormerNames {
			f.FormerNames[i].Name = r.str()
			f.FormerNames[i].Until = model.Date(r.i32())
		}
	}
	decodeFacilityMiddle(r, f)
	f.Representative = r.str()
	f.Phone = r.str()
	f.Email = r.str()
	f.YearFounded = r.i32()
	f.Notes = r.str()
	return r.done()
}

// decodeFacilityMiddle reads the fields between the former names and the
// contact fields: all the summaries use besides the name.
func decodeFacilityMiddle(r *reader, f *model.Facility) {
	f.LegalForm = model.LegalForm(r.byte())
	f.TaxCode = r.str()
	f.TradeGroup = model.TradeGroup(r.byte())
	f.Products = r.istr()
	decodeAddress(r, &f.Address)
	f.CraftVillage = r.istr()
	f.Employees = r.i32()
	f.AvgIncome = model.Money(r.i())
}

// The address: the village, the units since 1/7/2025 by code, then what was
// recorded before (names, then codes). Interned: a province has a few
// hundred communes for a million facilities.
func encodeAddress(w *writer, a *model.Address) {
	w.istr(a.Village)
	w.istr(a.ProvinceCode)
	w.istr(a.CommuneCode)
	o := &a.Before
	w.istr(o.Commune)
	w.istr(o.District)
	w.istr(o.Province)
	w.istr(o.CommuneCode)
	w.istr(o.DistrictCode)
	w.istr(o.ProvinceCode)
}

func decodeAddress(r *reader, a *model.Address) {
	a.Village = r.istr()
	a.ProvinceCode = r.istr()
	a.CommuneCode = r.istr()
	o := &a.Before
	o.Commune = r.istr()
	o.District = r.istr()
	o.Province = r.istr()
	o.CommuneCode = r.istr()
	o.DistrictCode = r.istr()
	o.ProvinceCode = r.istr()
}

// facilityName reads a facility's name and nothing after it: sorting a
// million facilities by name needs a million names, and decoding whole
// rows took as long as making the collation keys.
func facilityName(r *reader) string {
	r.format(fmtFacility)
	r.skipMeta()
	return r.str()
}

// decodeFacilityBrief reads what the summaries use of a facility (Name,
// the address, Employees, AvgIncome) and stops before the contact fields;
// the meta it skips comes from the packed row.
func decodeFacilityBrief(r *reader, f *model.Facility) {
	r.format(fmtFacility)
	r.skipMeta()
	f.Name = r.str()
	for n := r.count(2); n > 0; n-- {
		r.span()
		r.skipVarint()
	}
	decodeFacilityMiddle(r, f)
}

func encodeProject(w *writer, p *model.Project) {
	w.byte(fmtProject)
	w.meta(&p.Meta)
	w.str(p.Code)
	w.str(p.Name)
	w.i(int64(p.Year))
	w.byte(byte(p.Source))
	w.i(int64(p.Batch))
	w.byte(byte(p.Category))
	w.byte(byte(p.Status))
	w.istr(p.Implementer)
	w.u(uint64(len(p.Beneficiaries)))
	for _, id := range p.Beneficiaries {
		w.u(uint64(id))
	}
	w.istr(p.Location)
	w.i(int64(p.Start))
	w.i(int64(p.End))
	w.i(int64(p.Support))
	w.i(int64(p.Counterpart))
	w.str(p.DecisionNo)
	w.i(int64(p.DecisionDate))
	w.str(p.Notes)
	w.u(uint64(p.Programme))
	w.istr(p.Item)
	writeInts(w, p.CounterpartBy)
}

func decodeProject(r *reader, p *model.Project) error {
	layout := r.formatUpTo(fmtProject)
	r.meta(&p.Meta)
	p.Code = r.str()
	p.Name = r.str()
	p.Year = r.i32()
	p.Source = model.Source(r.byte())
	p.Batch = r.i32()
	p.Category = model.Category(r.byte())
	p.Status = model.Status(r.byte())
	p.Implementer = r.istr()
	if n := r.count(1); n > 0 {
		p.Beneficiaries = make([]model.ID, n)
		for i := range p.Beneficiaries {
			p.Beneficiaries[i] = model.ID(r.u32())
		}
	}
	p.Location = r.istr()
	p.Start = model.Date(r.i32())
	p.End = model.Date(r.i32())
	p.Support = model.Money(r.i())
	p.Counterpart = model.Money(r.i())
	p.DecisionNo = r.str()
	p.DecisionDate = model.Date(r.i32())
	p.Notes = r.str()
	if layout >= 2 {
		p.Programme = model.ID(r.u32())
		p.Item = r.istr()
		p.CounterpartBy = readInts[model.Money](r)
	}
	return r.done()
}

func encodeAllocation(w *writer, a *model.Allocation) {
	w.byte(fmtAllocation)
	w.meta(&a.Meta)
	w.i(int64(a.Year))
	w.byte(byte(a.Source))
	w.i(int64(a.Batch))
	w.i(int64(a.Amount))
	w.str(a.DecisionNo)
	w.i(int64(a.DecisionDate))
	w.str(a.Notes)
}

func decodeAllocation(r *reader, a *model.Allocation) error {
	r.format(fmtAllocation)
	r.meta(&a.Meta)
	a.Year = r.i32()
	a.Source = model.Source(r.byte())
	a.Batch = r.i32()
	a.Amount = model.Money(r.i())
	a.DecisionNo = r.str()
	a.DecisionDate = model.Date(r.i32())
	a.Notes = r.str()
	return r.done()
}

func encodePayment(w *writer, p *model.Payment) {
	w.byte(fmtPayment)
	w.meta(&p.Meta)
	w.u(uint64(p.Project))
	w.i(int64(p.Date))
	w.byte(byte(p.PayKind))
	w.i(int64(p.Amount))
	w.str(p.Voucher)
	w.str(p.Notes)
}

func decodePayment(r *reader, p *model.Payment) error {
	r.format(fmtPayment)
	r.meta(&p.Meta)
	p.Project = model.ID(r.u32())
	p.Date = model.Date(r.i32())
	p.PayKind = model.PaymentKind(r.byte())
	p.Amount = model.Money(r.i())
	p.Voucher = r.str()
	p.Notes = r.str()
	return r.done()
}

// encodeRecord encodes any of the four record types into a fresh slice
// (bbolt needs a Put value unchanged until commit).
func encodeRecord(r model.Record) ([]byte, error) {
	w := writer{b: make([]byte, 0, 256)}
	if err := encodeTo(&w, r); err != nil {
		return nil, err
	}
	return w.b, nil
}

func encodeTo(w *writer, r model.Record) error {
	d := recordDesc(r)
	if d == nil {
		return badKind(r.Kind())
	}
	d.encode(w, r)
	return nil
}

// decodeRecord decodes a value of the kind into a new record whose strings
// share one allocation.
func decodeRecord(k model.Kind, b []byte) (model.Record, error) {
	if d := descOf(k); d != nil {
		return d.decode(b)
	}
	return nil, badKind(k)
}
