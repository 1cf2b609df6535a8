package storetest

import (
	"context"
	"errors"
	"testing"

	"khuyencong/model"
	"khuyencong/store"
)

// Opener opens one database: every call opens the same one again (the
// same file, the same etcd prefix). The suite closes what it opens.
type Opener func() (*store.Store, error)

// Run runs the contract on the databases fresh makes: each call of fresh
// gives a new, empty database.
func Run(t *testing.T, fresh func(t *testing.T) Opener) {
	cases := []struct {
		name string
		fn   func(*testing.T, Opener)
	}{
		{"CRUD", testCRUD},
		{"Conflict", testConflict},
		{"UniqueCodes", testUnique},
		{"Roles", testRoles},
		{"SoftDelete", testSoftDelete},
		{"Audit", testAudit},
		{"BatchAllOrNothing", testBatch},
		{"Settings", testSettings},
		{"Users", testUsers},
		{"Reopen", testReopen},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.fn(t, fresh(t)) })
	}
}

func open(t *testing.T, o Opener) *store.Store {
	t.Helper()
	s, err := o()
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func mustCreate(t *testing.T, s *store.Store, a store.Actor, r model.Record) {
	t.Helper()
	if err := s.Create(a, r); err != nil {
		t.Fatalf("create %s: %v", r.Kind(), err)
	}
}

func testCRUD(t *testing.T, o Opener) {
	s := open(t, o)
	for i, code := range taxCodes(1, 3) {
		i++
		f := Facility("Cơ sở " + string(rune('A'+i)))
		f.TaxCode = code
		mustCreate(t, s, editor, f)
		if f.ID != model.ID(i) || f.Version != 1 || f.UpdatedBy != editor.Name {
			t.Fatalf("facility %d: %+v", i, f.Meta)
		}
	}
	p := project("KCQG-2022-01", 1, 2)
	mustCreate(t, s, editor, p)
	mustCreate(t, s, editor, allocation())
	mustCreate(t, s, editor, payment(p.ID))
	snap := s.Snapshot()
	if snap.Facilities().Live() != 3 || snap.Projects().Len() != 1 || snap.Payments().Len() != 1 {
		t.Fatalf("read model: %d facilities, %d projects", snap.Facilities().Live(), snap.Projects().Len())
	}
	got, _ := snap.Facilities().Get(2)
	c := *got
	c.Employees = 40
	if err := s.Update(editor, &c); err != nil || c.Version != 2 {
		t.Fatalf("update: %v, version %d", err, c.Version)
	}
	if f, _ := s.Snapshot().Facilities().Get(2); f.Employees != 40 || f.Version != 2 {
		t.Fatalf("after update: %+v", f)
	}
	// Saving the same record again writes nothing.
	seq := s.Snapshot().Seq
	same := c
	if err := s.Update(editor, &same); err != nil || s.Snapshot().Seq != seq {
		t.Fatalf("unchanged save: %v, seq %d → %d", err, seq, s.Snapshot().Seq)
	}
	// A record that does not exist.
	ghost := Facility("Không có")
	ghost.ID, ghost.Version = 99, 1
	if err := s.Update(editor, ghost); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("update of #99: %v", err)
	}
}

func testConflict(t *testing.T, o Opener) {
	s := open(t, o)
	f := Facility("Công ty TNHH Tân Việt")
	mustCreate(t, s, editor, f)
	first, second := *f, *f
	first.Employees = 20
	if err := s.Update(editor, &first); err != nil {
		t.Fatal(err)
	}
	seq := s.Snapshot().Seq
	second.Employees = 30
	err := s.Update(admin, &second)
	var ce *store.ConflictError
	if !errors.As(err, &ce) || ce.By != editor.Name || ce.Version != 2 || ce.At.IsZero() {
		t.Fatalf("stale save: %v", err)
	}
	if second.Version != 1 {
		t.Fatalf("a refused save changed the caller's record: version %d", second.Version)
	}
	if s.Snapshot().Seq != seq {
		t.Fatal("a refused save was audited")
	}
	if got, _ := s.Snapshot().Facilities().Get(f.ID); got.Employees != 20 {
		t.Fatalf("stored employees %d", got.Employees)
	}
	if err := s.Delete(admin, model.KindFacility, f.ID, 1); !errors.As(err, &ce) {
		t.Fatalf("stale delete: %v", err)
	}
}

func testUnique(t *testing.T, o Opener) {
	s := open(t, o)
	a, b := Facility("Cơ sở A"), Facility("Cơ sở B")
	a.TaxCode, b.TaxCode = taxCode(1), taxCode(1)
	mustCreate(t, s, editor, a)
	var de *store.DuplicateError
	if err := s.Create(editor, b); !errors.As(err, &de) || de.ID != a.ID {
		t.Fatalf("duplicate tax code: %v", err)
	}
	if s.Snapshot().Facilities().Len() != 1 {
		t.Fatal("the refused facility was stored")
	}
	p := project("KCQG-2022-07", a.ID)
	mustCreate(t, s, editor, p)
	// Codes compare folded: case and diacritics do not make another code.
	q := project("kcqg-2022-07", a.ID)
	if err := s.Create(editor, q); !errors.As(err, &de) {
		t.Fatalf("duplicate project code: %v", err)
	}
	// A deleted record frees its code; restoring it then is refused.
	if err := s.Delete(admin, model.KindFacility, a.ID, a.Version); err != nil {
		t.Fatal(err)
	}
	b.TaxCode = taxCode(1)
	mustCreate(t, s, editor, b)
	if err := s.Restore(admin, model.KindFacility, a.ID); !errors.As(err, &de) {
		t.Fatalf("restore onto a taken code: %v", err)
	}
}

func testRoles(t *testing.T, o Opener) {
	s := open(t, o)
	f := Facility("Cơ sở C")
	if err := s.Create(viewer, f); !errors.Is(err, store.ErrForbidden) {
		t.Fatalf("viewer create: %v", err)
	}
	mustCreate(t, s, editor, f)
	if _, err := s.Audit(editor, store.AuditQuery{}); !errors.Is(err, store.ErrForbidden) {
		t.Fatalf("editor audit: %v", err)
	}
	if err := s.Restore(editor, model.KindFacility, f.ID); !errors.Is(err, store.ErrForbidden) {
		t.Fatalf("editor restore: %v", err)
	}
	if _, err := s.Users(editor); !errors.Is(err, store.ErrForbidden) {
		t.Fatalf("editor users: %v", err)
	}
}

func testSoftDelete(t *testing.T, o Opener) {
	s := open(t, o)
	f := Facility("Cơ sở D")
	mustCreate(t, s, editor, f)
	if err := s.Delete(admin, model.KindFacility, f.ID, 1); err != nil {
		t.Fatal(err)
	}
	got, ok := s.Snapshot().Facilities().Get(f.ID)
	if !ok || !got.Deleted || got.Version != 2 || s.Snapshot().Facilities().Live() != 0 {
		t.Fatalf("after delete: %+v %v", got, ok)
	}
	if err := s.Restore(admin, model.KindFacility, f.ID); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Snapshot().Facilities().Get(f.ID)
	if got.Deleted || got.Version != 3 || got.Name != f.Name {
		t.Fatalf("after restore: %+v", got)
	}
}

func testAudit(t *testing.T, o Opener) {
	s := open(t, o)
	f := Facility("Cơ sở E")
	mustCreate(t, s, editor, f)
	c := *f
	c.Employees = 99
	if err := s.Update(editor, &c); err != nil {
		t.Fatal(err)
	}
	mustCreate(t, s, editor, Facility("Cơ sở F"))
	es, err := s.Audit(admin, store.AuditQuery{Kind: model.KindFacility, ID: f.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 2 || es[0].Op != store.OpUpdate || es[1].Op != store.OpCreate || es[0].Actor != editor.Name {
		t.Fatalf("history of #%d: %+v", f.ID, es)
	}
	found := false
	for _, ch := range es[0].Changes {
		found = found || ch.New == "99"
	}
	if !found {
		t.Fatalf("update entry without the new value: %+v", es[0].Changes)
	}
	all, _ := s.Audit(admin, store.AuditQuery{})
	if len(all) != 3 || all[0].Seq != s.Snapshot().Seq {
		t.Fatalf("trail: %d entries, newest %d, snapshot %d", len(all), all[0].Seq, s.Snapshot().Seq)
	}
	page, _ := s.Audit(admin, store.AuditQuery{Before: all[0].Seq, Limit: 1})
	if len(page) != 1 || page[0].Seq != all[1].Seq {
		t.Fatalf("page before %d: %+v", all[0].Seq, page)
	}
}

func testBatch(t *testing.T, o Opener) {
	s := open(t, o)
	mustCreate(t, s, editor, Facility("Cơ sở có sẵn"))
	seq := s.Snapshot().Seq
	err := s.WriteBatch(context.Background(), editor, "nhập thử", func(b *store.Batch) error {
		for i := range 200 {
			f := Facility("Cơ sở nhập " + string(rune('A'+i%26)))
			if i == 150 {
				f.Name = "" // refused: the whole batch goes
			}
			if err := b.Create(f); err != nil {
				return err
			}
		}
		return nil
	})
	var be *store.BatchError
	if !errors.As(err, &be) || be.Index != 150 {
		t.Fatalf("batch with a bad record: %v", err)
	}
	if s.Snapshot().Facilities().Len() != 1 || s.Snapshot().Seq != seq {
		t.Fatal("a refused batch left records or an audit entry")
	}
	ctx, cancel := context.WithCancel(context.Background())
	err = s.WriteBatch(ctx, editor, "", func(b *store.Batch) error {
		for i := range 100 {
			if i == 50 {
				cancel()
			}
			if err := b.Create(Facility("Cơ sở hủy")); err != nil {
				return err
			}
		}
		return nil
	})
	if !errors.Is(err, store.ErrCanceled) || s.Snapshot().Facilities().Len() != 1 {
		t.Fatalf("canceled batch: %v", err)
	}
	err = s.WriteBatch(context.Background(), editor, "nhập", func(b *store.Batch) error {
		for range 300 {
			if err := b.Create(Facility("Cơ sở nhập")); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil || s.Snapshot().Facilities().Live() != 301 || s.Snapshot().Seq != seq+1 {
		t.Fatalf("batch: %v, %d facilities, seq %d", err, s.Snapshot().Facilities().Live(), s.Snapshot().Seq)
	}
}

func testSettings(t *testing.T, o Opener) {
	s := open(t, o)
	st := s.Snapshot().Settings
	st.AdvanceLimit = 60
	if err := s.SaveSettings(editor, st); !errors.Is(err, store.ErrForbidden) {
		t.Fatalf("editor settings: %v", err)
	}
	if err := s.SaveSettings(admin, st); err != nil {
		t.Fatal(err)
	}
	if s.Snapshot().Settings.AdvanceLimit != 60 {
		t.Fatal("settings not in the read model")
	}
	s.Close()
	s = open(t, o)
	if s.Snapshot().Settings.AdvanceLimit != 60 {
		t.Fatal("settings lost on reopening")
	}
}

func testUsers(t *testing.T, o Opener) {
	s := open(t, o)
	k1 := store.PublicKey{Fingerprint: "SHA256:aaa", Line: "ssh-ed25519 AAAA1 lan@pc"}
	if err := s.PutUser(admin, store.User{Name: "lan", Role: model.RoleAdmin, Keys: []store.PublicKey{k1}}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutUser(admin, store.User{Name: "minh", Role: model.RoleEditor, Keys: []store.PublicKey{k1}}); err == nil {
		t.Fatal("a key given to two users")
	}
	s.Close()
	s = open(t, o)
	u, ok := s.UserByFingerprint("SHA256:aaa")
	if !ok || u.Name != "lan" || u.Role != model.RoleAdmin {
		t.Fatalf("after reopening: %+v %v", u, ok)
	}
	if err := s.RemoveUser(admin, "lan"); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.UserByFingerprint("SHA256:aaa"); ok {
		t.Fatal("a removed user still logs in")
	}
}

func testReopen(t *testing.T, o Opener) {
	s := open(t, o)
	for _, code := range taxCodes(100, 40) {
		f := Facility("Cơ sở mở lại")
		f.TaxCode = code
		mustCreate(t, s, editor, f)
	}
	mustCreate(t, s, editor, project("KCQG-2023-01", 1, 2, 3))
	if err := s.Delete(admin, model.KindFacility, 5, 1); err != nil {
		t.Fatal(err)
	}
	seq := s.Snapshot().Seq
	s.Close()
	s = open(t, o)
	snap := s.Snapshot()
	if snap.Facilities().Len() != 40 || snap.Facilities().Live() != 39 || snap.Projects().Len() != 1 || snap.Seq != seq {
		t.Fatalf("reopened: %d/%d facilities, seq %d (want %d)", snap.Facilities().Live(), snap.Facilities().Len(), snap.Seq, seq)
	}
	if p, _ := snap.Projects().Get(1); len(snap.ProjectsOf(2)) != 1 || p.Code != "KCQG-2023-01" {
		t.Fatal("relations not rebuilt")
	}
	probs, err := s.Check()
	if err != nil || len(probs) != 0 {
		t.Fatalf("check: %v %v", probs, err)
	}
}
