package etcdkv_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/store/etcdkv"
	"khuyencong/store/etcdkv/etcdtest"
	"khuyencong/store/storetest"
)

var admin = store.Actor{Name: "lan", Role: model.RoleAdmin}

func openFront(t *testing.T, c *etcdtest.Cluster, prefix string) *store.Store {
	t.Helper()
	kv, err := etcdkv.Open(c.URL(prefix), etcdkv.Security{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := store.OpenKV(kv, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// eventually waits up to a second (the bound) for ok.
func eventually(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(time.Second); !ok(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within 1 s", what)
		}
	}
}

// TestFrontEndsSeeEachOther: a save through one store shows in another's
// snapshot and feed; settings and users follow too.
func TestFrontEndsSeeEachOther(t *testing.T) {
	c := etcdtest.Start(t, 1)
	a, b := openFront(t, c, "two"), openFront(t, c, "two")
	events, stop := b.Subscribe()
	defer stop()
	f := storetest.Facility("Cơ sở đi qua hai cửa")
	if err := a.Create(editor, f); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the new facility on b", func() bool {
		got, ok := b.Snapshot().Facilities().Get(f.ID)
		return ok && got.Name == f.Name
	})
	select {
	case ev := <-events:
		if ev.Op != store.OpCreate || ev.ID != f.ID || ev.Actor != editor.Name {
			t.Fatalf("event on b: %+v", ev)
		}
	case <-time.After(time.Second):
		t.Fatal("no event on b")
	}
	// And back: b edits what a created; a sees the new version.
	got, _ := b.Snapshot().Facilities().Get(f.ID)
	e := *got
	e.Employees = 77
	if err := b.Update(editor, &e); err != nil {
		t.Fatal(err)
	}
	eventually(t, "b's edit on a", func() bool {
		got, _ := a.Snapshot().Facilities().Get(f.ID)
		return got.Employees == 77 && got.Version == 2
	})
	st := a.Snapshot().Settings
	st.AdvanceLimit = 55
	if err := a.SaveSettings(admin, st); err != nil {
		t.Fatal(err)
	}
	if err := a.PutUser(admin, store.User{Name: "hai", Role: model.RoleEditor,
		Keys: []store.PublicKey{{Fingerprint: "SHA256:hai", Line: "ssh-ed25519 AAAA hai"}}}); err != nil {
		t.Fatal(err)
	}
	eventually(t, "settings and users on b", func() bool {
		_, ok := b.UserByFingerprint("SHA256:hai")
		return ok && b.Snapshot().Settings.AdvanceLimit == 55
	})
	if a.Snapshot().Seq != b.Snapshot().Seq {
		t.Fatalf("audit sequence a %d, b %d", a.Snapshot().Seq, b.Snapshot().Seq)
	}
	for _, s := range []*store.Store{a, b} {
		if probs, err := s.Check(); err != nil || len(probs) > 0 {
			t.Fatalf("check: %v %v", probs, err)
		}
	}
}

// TestFrontEndsConflict: two editors on two front ends save the same
// version of a record; one wins, the other gets the conflict naming the
// winner, and the trail holds only the winning change.
func TestFrontEndsConflict(t *testing.T) {
	c := etcdtest.Start(t, 1)
	a, b := openFront(t, c, "conflict"), openFront(t, c, "conflict")
	f := storetest.Facility("Cơ sở tranh chấp")
	if err := a.Create(editor, f); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the facility on b", func() bool { _, ok := b.Snapshot().Facilities().Get(f.ID); return ok })
	onA, onB := *f, *f
	onA.Employees, onB.Employees = 21, 22
	hoa := store.Actor{Name: "hoa", Role: model.RoleEditor}
	// b saves before it has seen a's save: its write is stale at commit,
	// catches up, and the version check refuses it.
	if err := a.Update(editor, &onA); err != nil {
		t.Fatal(err)
	}
	err := b.Update(hoa, &onB)
	var ce *store.ConflictError
	if !errors.As(err, &ce) || ce.By != editor.Name || ce.Version != 2 {
		t.Fatalf("second save: %v", err)
	}
	es, err := b.Audit(admin, store.AuditQuery{Kind: model.KindFacility, ID: f.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 2 || es[0].Actor != editor.Name || es[0].Op != store.OpUpdate {
		t.Fatalf("trail: %+v", es)
	}
	for _, s := range []*store.Store{a, b} {
		if got, _ := s.Snapshot().Facilities().Get(f.ID); got.Employees != 21 {
			t.Fatalf("stored %d employees", got.Employees)
		}
	}
}

// openKV opens the backend on prefix, closed when the test ends unless
// the test closes it (through its store) first.
func openKV(t testing.TB, c *etcdtest.Cluster, prefix string) *etcdkv.KV {
	t.Helper()
	k, err := etcdkv.Open(c.URL(prefix), etcdkv.Security{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { k.Close() })
	return k
}

// TestFrontEndsInterleave: two front ends save different records right
// after each other, so that one often commits before the other has seen
// the first commit. The stale write is run again and succeeds: no
// conflict, the caller's record carries the right version, nothing is
// lost or doubled.
func TestFrontEndsInterleave(t *testing.T) {
	c := etcdtest.Start(t, 1)
	kvA := openKV(t, c, "interleave")
	a, err := store.OpenKV(kvA, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	b := openFront(t, c, "interleave")
	f := storetest.Facility("Cơ sở của a")
	if err := a.Create(editor, f); err != nil {
		t.Fatal(err)
	}
	const rounds = 40
	for i := range rounds {
		if err := b.Create(editor, storetest.Facility(fmt.Sprintf("Cơ sở của b %d", i))); err != nil {
			t.Fatal(err)
		}
		e := *f
		e.Employees = int32(i + 1)
		if err := a.Update(editor, &e); err != nil {
			t.Fatalf("round %d: %v", i, err)
		}
		if e.Version != uint32(i+2) {
			t.Fatalf("round %d: version %d after the save, want %d", i, e.Version, i+2)
		}
		*f = e
	}
	// Batches too: a batch run again starts over (its count, its records).
	for i := range rounds {
		if err := b.Create(editor, storetest.Facility(fmt.Sprintf("Cơ sở của b, lô %d", i))); err != nil {
			t.Fatal(err)
		}
		batch := []*model.Facility{storetest.Facility("Lô 1"), storetest.Facility("Lô 2")}
		err := a.WriteBatch(context.Background(), editor, "", func(bt *store.Batch) error {
			for _, f := range batch {
				if err := bt.Create(f); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatalf("batch %d: %v", i, err)
		}
		if batch[0].Version != 1 || batch[1].ID != batch[0].ID+1 {
			t.Fatalf("batch %d: %+v, %+v", i, batch[0].Meta, batch[1].Meta)
		}
	}
	t.Logf("%d of %d writes on a were run again after b's commit", kvA.Stale(), 2*rounds)
	want := 1 + rounds + rounds*3
	if a.Snapshot().Facilities().Len() != want {
		t.Fatalf("a holds %d facilities, want %d", a.Snapshot().Facilities().Len(), want)
	}
	es, err := a.Audit(admin, store.AuditQuery{})
	if err != nil || len(es) != 1+4*rounds {
		t.Fatalf("audit: %d entries (%v), want %d", len(es), err, 1+4*rounds)
	}
	if probs, err := a.Check(); err != nil || len(probs) > 0 {
		t.Fatalf("check: %v %v", probs, err)
	}
}
