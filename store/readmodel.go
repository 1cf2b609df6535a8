package store

import (
	"khuyencong/model"
)

// Snapshot is the read model at one moment: every record, its search text,
// the relations and the settings. It never changes; Store.Snapshot returns
// the latest one in O(1), and all sessions share it.
type Snapshot struct {
	Seq         uint64 // audit sequence of the last write it includes
	Facilities  *Table[model.Facility]
	Projects    *Table[model.Project]
	Allocations *Table[model.Allocation]
	Payments    *Table[model.Payment]
	Settings    model.Settings

	projectsOf rel // facility → live projects that list it as a beneficiary
	paymentsOf rel // project → its live payments
	dict       *dict
}

// ProjectsOf lists the live projects with the facility among their
// beneficiaries, in ID order. The slice is shared: do not modify it.
func (s *Snapshot) ProjectsOf(f model.ID) []model.ID { return s.projectsOf.get(f) }

// PaymentsOf lists the live payments of the project, in ID order. The slice
// is shared: do not modify it.
func (s *Snapshot) PaymentsOf(p model.ID) []model.ID { return s.paymentsOf.get(p) }

func emptySnapshot() *Snapshot {
	return &Snapshot{
		Facilities:  &Table[model.Facility]{},
		Projects:    &Table[model.Project]{},
		Allocations: &Table[model.Allocation]{},
		Payments:    &Table[model.Payment]{},
		Settings:    model.DefaultSettings(),
		dict:        newDict(),
	}
}

// snapEdit applies committed records to a snapshot, in commit order. Each
// part is copied only when first touched.
type snapEdit struct {
	base       *Snapshot
	fac        *tableEdit[model.Facility]
	prj        *tableEdit[model.Project]
	alc        *tableEdit[model.Allocation]
	pay        *tableEdit[model.Payment]
	projectsOf *relEdit
	paymentsOf *relEdit
	tb         textBuf
	pk         *packer
}

func (s *Snapshot) edit() *snapEdit { return &snapEdit{base: s, pk: newPacker(s.dict)} }

func (e *snapEdit) facilities() *tableEdit[model.Facility] {
	if e.fac == nil {
		e.fac = e.base.Facilities.edit(e.base.dict, e.pk)
	}
	return e.fac
}

func (e *snapEdit) projects() *tableEdit[model.Project] {
	if e.prj == nil {
		e.prj = e.base.Projects.edit(e.base.dict, e.pk)
	}
	return e.prj
}

func (e *snapEdit) payments() *tableEdit[model.Payment] {
	if e.pay == nil {
		e.pay = e.base.Payments.edit(e.base.dict, e.pk)
	}
	return e.pay
}

func (e *snapEdit) projRel() *relEdit {
	if e.projectsOf == nil {
		e.projectsOf = e.base.projectsOf.edit()
	}
	return e.projectsOf
}

func (e *snapEdit) payRel() *relEdit {
	if e.paymentsOf == nil {
		e.paymentsOf = e.base.paymentsOf.edit()
	}
	return e.paymentsOf
}

// facilityName and projectCode read the table being built if there is one;
// a lookup must not copy a table it does not change.
func (e *snapEdit) facilityName(id model.ID) string {
	if e.fac == nil {
		return facilityNameOf(e.base.Facilities, id)
	}
	if f, ok := e.fac.get(id); ok {
		return f.Name
	}
	return ""
}

func (e *snapEdit) projectCode(id model.ID) string {
	get := e.base.Projects.Get
	if e.prj != nil {
		get = e.prj.get
	}
	if p, ok := get(id); ok {
		return p.Code
	}
	return ""
}

func (e *snapEdit) projectsOfNow(f model.ID) []model.ID {
	if e.projectsOf != nil {
		return e.projectsOf.get(f)
	}
	return e.base.projectsOf.get(f)
}

func (e *snapEdit) paymentsOfNow(p model.ID) []model.ID {
	if e.paymentsOf != nil {
		return e.paymentsOf.get(p)
	}
	return e.base.paymentsOf.get(p)
}

// apply puts one committed record (a fresh copy nobody else holds) into
// the snapshot being built.
func (e *snapEdit) apply(r model.Record) {
	switch v := r.(type) {
	case *model.Facility:
		e.applyFacility(v)
	case *model.Project:
		e.applyProject(v)
	case *model.Allocation:
		if e.alc == nil {
			e.alc = e.base.Allocations.edit(e.base.dict, e.pk)
		}
		e.tb.allocation(v)
		e.alc.put(v, e.tb.b)
	case *model.Payment:
		e.applyPayment(v)
	}
}

func (e *snapEdit) applyFacility(f *model.Facility) {
	fe := e.facilities()
	old, had := fe.get(f.ID)
	e.tb.facility(f)
	fe.put(f, e.tb.b)
	if had && old.Name != f.Name {
		// Project texts include beneficiary names.
		for _, pid := range e.projectsOfNow(f.ID) {
			if p, ok := e.projects().get(pid); ok {
				e.tb.project(p, e.facilityName)
				e.projects().setText(pid, e.tb.b)
			}
		}
	}
}

func (e *snapEdit) applyProject(p *model.Project) {
	pe, rel := e.projects(), e.projRel()
	old, had := pe.get(p.ID)
	if had && !old.Deleted {
		for _, f := range old.Beneficiaries {
			rel.remove(f, p.ID)
		}
	}
	if !p.Deleted {
		for _, f := range p.Beneficiaries {
			rel.add(f, p.ID)
		}
	}
	e.tb.project(p, e.facilityName)
	pe.put(p, e.tb.b)
	if had && old.Code != p.Code {
		// Payment texts include the project code.
		for _, id := range e.paymentsOfNow(p.ID) {
			if pay, ok := e.payments().get(id); ok {
				e.tb.payment(pay, e.projectCode)
				e.payments().setText(id, e.tb.b)
			}
		}
	}
}

func (e *snapEdit) applyPayment(p *model.Payment) {
	pe, rel := e.payments(), e.payRel()
	old, had := pe.get(p.ID)
	if had && !old.Deleted {
		rel.remove(old.Project, p.ID)
	}
	if !p.Deleted {
		rel.add(p.Project, p.ID)
	}
	e.tb.payment(p, e.projectCode)
	pe.put(p, e.tb.b)
}

// done makes the new snapshot; settings is nil when they did not change.
func (e *snapEdit) done(seq uint64, settings *model.Settings) *Snapshot {
	s := *e.base
	s.Seq = seq
	if e.fac != nil {
		s.Facilities = e.fac.done()
	}
	if e.prj != nil {
		s.Projects = e.prj.done()
	}
	if e.alc != nil {
		s.Allocations = e.alc.done()
	}
	if e.pay != nil {
		s.Payments = e.pay.done()
	}
	if e.projectsOf != nil {
		s.projectsOf = e.projectsOf.done()
	}
	if e.paymentsOf != nil {
		s.paymentsOf = e.paymentsOf.done()
	}
	if settings != nil {
		s.Settings = *settings
	}
	return &s
}
