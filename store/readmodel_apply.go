package store

import "khuyencong/model"

// The kinds whose change reaches other records: a facility's name is in
// its projects' search texts, a project's code in its payments', and
// projects and payments are kept in the relations.

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
	if e.edits[model.KindFacility] == nil {
		return facilityNameOf(e.base.Facilities(), id)
	}
	if f, ok := e.facilities().get(id); ok {
		return f.Name
	}
	return ""
}

func (e *snapEdit) projectCode(id model.ID) string {
	get := e.base.Projects().Get
	if e.edits[model.KindProject] != nil {
		get = e.projects().get
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

func (e *snapEdit) applyFacility(f *model.Facility) {
	fe := e.facilities()
	old, had := fe.get(f.ID)
	e.tb.facility(f, e)
	fe.put(f, &e.tb)
	if had && old.Name != f.Name {
		// Project texts include beneficiary names.
		for _, pid := range e.projectsOfNow(f.ID) {
			if p, ok := e.projects().get(pid); ok {
				e.tb.project(p, e)
				e.projects().setText(pid, &e.tb)
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
	e.tb.project(p, e)
	pe.put(p, &e.tb)
	if had && old.Code != p.Code {
		// Payment texts include the project code.
		for _, id := range e.paymentsOfNow(p.ID) {
			if pay, ok := e.payments().get(id); ok {
				e.tb.payment(pay, e)
				e.payments().setText(id, &e.tb)
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
	e.tb.payment(p, e)
	pe.put(p, &e.tb)
}
