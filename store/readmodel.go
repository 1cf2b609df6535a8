package store

import (
	"slices"

	"khuyencong/dvhc"
	"khuyencong/model"
)

// Snapshot is the read model at one moment: every record, its search text,
// the relations and the settings. It never changes; Store.Snapshot returns
// the latest one in O(1), and all sessions share it.
type Snapshot struct {
	Seq      uint64 // audit sequence of the last write it includes
	Settings model.Settings
	// Units is the administrative unit table in force (see ReplaceUnits).
	Units *dvhc.Table

	tables     []anyTable // by kind; nil for kinds the store does not keep
	projectsOf rel        // facility → live projects that list it as a beneficiary
	paymentsOf rel        // project → its live payments
	dict       *dict
}

// anyTable is a Table of some kind, for code that walks kinds; a loop over
// rows uses the typed Table.
type anyTable interface {
	Len() int
	Live() int
	record(id model.ID) (model.Record, bool)
	editAny(d *dict, pk *packer) anyEdit
}

type anyEdit interface{ doneAny() anyTable }

// TableOf is the snapshot's table of records of type T.
func TableOf[T any, P recordPtr[T]](s *Snapshot) *Table[T] {
	return s.tables[P(nil).Kind()].(*Table[T])
}

// Facilities and the like are the typed tables, for the loops over rows.
func (s *Snapshot) Facilities() *Table[model.Facility] { return TableOf[model.Facility](s) }

func (s *Snapshot) Projects() *Table[model.Project] { return TableOf[model.Project](s) }

func (s *Snapshot) Allocations() *Table[model.Allocation] { return TableOf[model.Allocation](s) }

func (s *Snapshot) Payments() *Table[model.Payment] { return TableOf[model.Payment](s) }

// Live is the number of live records of the kind (0 for a kind the read
// model does not keep).
func (s *Snapshot) Live(k model.Kind) int {
	if t := s.table(k); t != nil {
		return t.Live()
	}
	return 0
}

// Len is the number of rows of the kind, deleted ones included.
func (s *Snapshot) Len(k model.Kind) int {
	if t := s.table(k); t != nil {
		return t.Len()
	}
	return 0
}

// Record is a copy of the record of the kind with the ID, deleted or not;
// ok is false when there is none.
func (s *Snapshot) Record(k model.Kind, id model.ID) (model.Record, bool) {
	if t := s.table(k); t != nil {
		return t.record(id)
	}
	return nil, false
}

func (s *Snapshot) table(k model.Kind) anyTable {
	if int(k) < len(s.tables) {
		return s.tables[k]
	}
	return nil
}

// ProjectsOf lists the live projects with the facility among their
// beneficiaries, in ID order. The slice is shared: do not modify it.
func (s *Snapshot) ProjectsOf(f model.ID) []model.ID { return s.projectsOf.get(f) }

// PaymentsOf lists the live payments of the project, in ID order. The slice
// is shared: do not modify it.
func (s *Snapshot) PaymentsOf(p model.ID) []model.ID { return s.paymentsOf.get(p) }

// ReferredBy lists the live records that refer to a record, and their
// kind: a facility's projects (as a beneficiary), a project's payments.
// Deleting a record they name leaves them pointing at a deleted one, which
// the app warns about first and check reports after.
func (s *Snapshot) ReferredBy(k model.Kind, id model.ID) (model.Kind, []model.ID) {
	switch k {
	case model.KindFacility:
		return model.KindProject, s.ProjectsOf(id)
	case model.KindProject:
		return model.KindPayment, s.PaymentsOf(id)
	}
	return 0, nil
}

// facilityName and projectCode are the lookups a search text makes while
// the snapshot loads (namer).
func (s *Snapshot) facilityName(id model.ID) string { return facilityNameOf(s.Facilities(), id) }

func (s *Snapshot) projectCode(id model.ID) string {
	if p, ok := s.Projects().Get(id); ok {
		return p.Code
	}
	return ""
}

func emptySnapshot() *Snapshot {
	s := &Snapshot{Settings: model.DefaultSettings(), dict: newDict(), tables: make([]anyTable, len(descs))}
	for _, d := range descs {
		if d != nil {
			s.tables[d.kind] = d.empty()
		}
	}
	return s
}

// snapEdit applies committed records to a snapshot, in commit order. Each
// part is copied only when first touched.
type snapEdit struct {
	base       *Snapshot
	edits      []anyEdit // by kind, like Snapshot.tables
	projectsOf *relEdit
	paymentsOf *relEdit
	tb         textBuf
	pk         *packer
}

func (s *Snapshot) edit() *snapEdit {
	return &snapEdit{base: s, edits: make([]anyEdit, len(s.tables)), pk: newPacker(s.dict)}
}

// editOf is the edit of the kind's table, begun on first use.
func editOf[T any](e *snapEdit, k model.Kind) *tableEdit[T] {
	if e.edits[k] == nil {
		e.edits[k] = e.base.tables[k].editAny(e.base.dict, e.pk)
	}
	return e.edits[k].(*tableEdit[T])
}

func (e *snapEdit) facilities() *tableEdit[model.Facility] {
	return editOf[model.Facility](e, model.KindFacility)
}

func (e *snapEdit) projects() *tableEdit[model.Project] {
	return editOf[model.Project](e, model.KindProject)
}

func (e *snapEdit) payments() *tableEdit[model.Payment] {
	return editOf[model.Payment](e, model.KindPayment)
}

// apply puts one committed record (a fresh copy nobody else holds) into
// the snapshot being built.
func (e *snapEdit) apply(r model.Record) {
	if d := recordDesc(r); d != nil {
		d.apply(e, r)
	}
}

// done makes the new snapshot; settings is nil when they did not change.
func (e *snapEdit) done(seq uint64, settings *model.Settings) *Snapshot {
	s := *e.base
	s.Seq = seq
	s.tables = slices.Clone(s.tables)
	for k, te := range e.edits {
		if te != nil {
			s.tables[k] = te.doneAny()
		}
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
