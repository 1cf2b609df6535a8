package store

import (
	"errors"
	"reflect"
	"testing"

	"khuyencong/i18n"
	"khuyencong/model"
)

func TestCreateAssignsDenseIDsPerKind(t *testing.T) {
	s := newStore(t)
	for i := 1; i <= 3; i++ {
		f := facility("Cơ sở " + string(rune('A'+i)))
		mustCreate(t, s, editor, f)
		if f.ID != model.ID(i) || f.Version != 1 || f.UpdatedBy != "minh" || f.CreatedAt.IsZero() {
			t.Fatalf("facility %d: meta %+v", i, f.Meta)
		}
	}
	p := project("KCQG-2022-01", 1, 2)
	mustCreate(t, s, editor, p)
	if p.ID != 1 {
		t.Fatalf("first project got ID %d", p.ID)
	}
	snap := s.Snapshot()
	if snap.Facilities().Len() != 3 || snap.Facilities().Live() != 3 || snap.Projects().Len() != 1 {
		t.Fatalf("read model: %d/%d facilities, %d projects", snap.Facilities().Len(), snap.Facilities().Live(), snap.Projects().Len())
	}
	got, ok := snap.Facilities().Get(2)
	if !ok || got.Name != "Cơ sở C" || got == nil {
		t.Fatalf("Get(2) = %+v, %v", got, ok)
	}
	if _, ok := snap.Facilities().Get(4); ok {
		t.Fatal("Get(4) found a record that does not exist")
	}
}

func TestCRUDEachKind(t *testing.T) {
	s := newStore(t)
	f := facility("Công ty TNHH Tân Việt")
	mustCreate(t, s, editor, f)
	p := project("KCQG-2022-02", f.ID)
	mustCreate(t, s, editor, p)
	records := []model.Record{f, p, allocation(), payment(p.ID)}
	for _, r := range records[2:] {
		mustCreate(t, s, editor, r)
	}
	edits := map[model.Kind]func(model.Record){
		model.KindFacility:   func(r model.Record) { r.(*model.Facility).Employees = 40 },
		model.KindProject:    func(r model.Record) { r.(*model.Project).Status = model.StatusAccepted },
		model.KindAllocation: func(r model.Record) { r.(*model.Allocation).Amount = 2_100_000_000 },
		model.KindPayment:    func(r model.Record) { r.(*model.Payment).Voucher = "UNC-02" },
	}
	for _, r := range records {
		k, id := r.Kind(), r.Header().ID
		c := cloneRecord(r)
		edits[k](c)
		if err := s.Update(editor, c); err != nil {
			t.Fatalf("Update %s: %v", k, err)
		}
		if c.Header().Version != 2 {
			t.Fatalf("%s version after update = %d", k, c.Header().Version)
		}
		if err := s.Delete(admin, k, id, 2); err != nil {
			t.Fatalf("Delete %s: %v", k, err)
		}
		if err := s.Restore(admin, k, id); err != nil {
			t.Fatalf("Restore %s: %v", k, err)
		}
		stored := snapshotRecord(s.Snapshot(), k, id)
		if stored.Header().Version != 4 || stored.Header().Deleted {
			t.Fatalf("%s after delete+restore: %+v", k, stored.Header())
		}
		c.Header().Version = 4
		c.Header().UpdatedAt = stored.Header().UpdatedAt
		c.Header().UpdatedBy = stored.Header().UpdatedBy
		if !reflect.DeepEqual(stored, c) {
			t.Fatalf("%s stored %+v, want %+v", k, stored, c)
		}
	}
}

func snapshotRecord(s *Snapshot, k model.Kind, id model.ID) model.Record {
	switch k {
	case model.KindFacility:
		r, _ := s.Facilities().Get(id)
		return r
	case model.KindProject:
		r, _ := s.Projects().Get(id)
		return r
	case model.KindAllocation:
		r, _ := s.Allocations().Get(id)
		return r
	case model.KindPayment:
		r, _ := s.Payments().Get(id)
		return r
	}
	return nil
}

func TestCreateRefusesInvalidRecordWithProblems(t *testing.T) {
	s := newStore(t)
	f := facility("")
	f.TaxCode = "0100233487"
	err := s.Create(editor, f)
	var ps model.Problems
	if !errors.As(err, &ps) || ps.For("name") == nil || ps.For("tax_code") == nil {
		t.Fatalf("err = %v, want problems for name and tax_code", err)
	}
	if f.ID != 0 || s.Snapshot().Facilities().Len() != 0 {
		t.Fatal("invalid record was stored")
	}
}

func TestUpdateUnchangedWritesNothing(t *testing.T) {
	s := newStore(t)
	f := facility("Cơ sở gốm Hương Canh")
	mustCreate(t, s, editor, f)
	before := digest(t, s)
	c := *f
	if err := s.Update(editor, &c); err != nil {
		t.Fatal(err)
	}
	if c.Version != 1 || digest(t, s) != before {
		t.Fatalf("unchanged update wrote: version %d", c.Version)
	}
}

func TestUpdateConflictNamesWhoAndWhen(t *testing.T) {
	s := newStore(t)
	f := facility("Cơ sở mộc Thanh Lãng")
	mustCreate(t, s, editor, f)
	a, b := *f, *f
	a.Employees = 20
	if err := s.Update(admin, &a); err != nil {
		t.Fatal(err)
	}
	b.Employees = 30
	err := s.Update(editor, &b)
	var ce *ConflictError
	if !errors.As(err, &ce) || ce.By != "lan" || ce.Version != 2 || !ce.At.Equal(a.UpdatedAt) {
		t.Fatalf("err = %#v, want a conflict by lan at version 2", err)
	}
	if b.Version != 1 {
		t.Fatalf("refused update changed the caller's version to %d", b.Version)
	}
	var me *model.Error
	if !errors.As(err, &me) || model.Localize(err, i18n.EN) == "" {
		t.Fatalf("conflict is not a localisable *model.Error: %v", err)
	}
	if err := s.Delete(admin, model.KindFacility, f.ID, 1); !errors.As(err, &ce) {
		t.Fatalf("delete with a stale version: %v", err)
	}
}

func TestUpdateMissingAndDeletedRecords(t *testing.T) {
	s := newStore(t)
	f := facility("Cơ sở A")
	f.ID, f.Version = 9, 1
	if err := s.Update(editor, f); !errors.Is(err, ErrNotFound) {
		t.Fatalf("update of a missing record: %v", err)
	}
	g := facility("Cơ sở B")
	mustCreate(t, s, editor, g)
	if err := s.Delete(admin, model.KindFacility, g.ID, 1); err != nil {
		t.Fatal(err)
	}
	g.Version = 2
	g.Employees = 99
	if err := s.Update(editor, g); !errors.Is(err, ErrNotFound) {
		t.Fatalf("update of a deleted record: %v", err)
	}
}

func TestReferencesMustExist(t *testing.T) {
	s := newStore(t)
	err := s.Create(editor, project("KCQG-2022-03", 7))
	var me *model.Error
	if !errors.As(err, &me) || me.Key != MsgStoreBeneficiary {
		t.Fatalf("project with a missing beneficiary: %v", err)
	}
	if err := s.Create(editor, payment(3)); !errors.As(err, &me) || me.Key != MsgStorePaymentOwner {
		t.Fatalf("payment of a missing project: %v", err)
	}
	f := facility("Cơ sở C")
	mustCreate(t, s, editor, f)
	if err := s.Delete(admin, model.KindFacility, f.ID, 1); err != nil {
		t.Fatal(err)
	}
	if err := s.Create(editor, project("KCQG-2022-04", f.ID)); !errors.Is(err, ErrNotFound) {
		t.Fatalf("project naming a deleted facility: %v", err)
	}
	if s.Snapshot().Projects().Len() != 0 {
		t.Fatal("refused project was stored")
	}
}

func TestCreateManyAllOrNothing(t *testing.T) {
	s := newStore(t)
	var rs []model.Record
	for i := range 5 {
		f := facility("Cơ sở hàng loạt")
		f.TaxCode = taxCode(i)
		rs = append(rs, f)
	}
	rs = append(rs, project("KCQG-2022-05", 1, 5))
	if err := s.CreateMany(editor, rs, "import test.xlsx"); err != nil {
		t.Fatal(err)
	}
	snap := s.Snapshot()
	if snap.Facilities().Live() != 5 || snap.Projects().Live() != 1 {
		t.Fatalf("read model after import: %d facilities, %d projects", snap.Facilities().Live(), snap.Projects().Live())
	}
	entries, err := s.Audit(admin, AuditQuery{})
	if err != nil || len(entries) != 1 || entries[0].Op != OpImport || entries[0].Note != "import test.xlsx" || entries[0].Kind != 0 {
		t.Fatalf("audit after import: %+v, %v", entries, err)
	}
	before := digest(t, s)
	bad := []model.Record{facility("Cơ sở mới"), facility("Trùng mã")}
	bad[1].(*model.Facility).TaxCode = taxCode(2)
	err = s.CreateMany(editor, bad, "")
	var be *BatchError
	var de *DuplicateError
	if !errors.As(err, &be) || be.Index != 1 || !errors.As(err, &de) || de.ID != 3 {
		t.Fatalf("import with a duplicate: %v", err)
	}
	if digest(t, s) != before || bad[0].Header().ID != 0 || s.Snapshot().Facilities().Len() != 5 {
		t.Fatal("a refused import left changes behind")
	}
}
