package store

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"khuyencong/model"
)

func setSchema(t *testing.T, path string, v uint32) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keySchema, schemaBytes(v)) })
	if err != nil {
		t.Fatal(err)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	path := tempPath(t)
	openTest(t, path).Close()
	setSchema(t, path, schemaVersion+1)
	_, err := Open(path, Options{})
	var me *model.Error
	if !errors.Is(err, ErrSchema) || !errors.As(err, &me) || me.Key != MsgStoreSchemaNewer {
		t.Fatalf("err = %v, want the newer-schema error", err)
	}
}

func TestMigrationRunsOnceAndBumpsSchema(t *testing.T) {
	path := tempPath(t)
	s := openTest(t, path)
	f := facility("Cơ sở trước nâng cấp")
	mustCreate(t, s, editor, f)
	s.Close()

	runs := 0
	plan := schemaPlan{version: schemaVersion + 1, migrations: []migration{{
		From: schemaVersion,
		Run: func(tx KVTx) error {
			runs++
			_, err := tx.CreateBucketIfNotExists([]byte("fake_new_bucket"))
			return err
		},
	}}}
	for range 2 {
		s, err := open(path, Options{}, plan)
		if err != nil {
			t.Fatalf("open with migration: %v", err)
		}
		if got, _ := s.Snapshot().Facilities().Get(f.ID); got == nil || got.Name != f.Name {
			t.Fatal("records lost by the migration")
		}
		s.Close()
	}
	if runs != 1 {
		t.Fatalf("migration ran %d times, want 1", runs)
	}
	db, _ := bolt.Open(path, 0o600, nil)
	db.View(func(tx *bolt.Tx) error {
		if tx.Bucket([]byte("fake_new_bucket")) == nil {
			t.Error("migration's bucket missing")
		}
		if v := tx.Bucket(bucketMeta).Get(keySchema); !equalBytes(v, schemaBytes(schemaVersion+1)) {
			t.Errorf("schema after migration = %x", v)
		}
		return nil
	})
	db.Close()

	// Without a migration from the file's layout, Open says so.
	_, err := open(path, Options{}, schemaPlan{version: schemaVersion + 3})
	var me *model.Error
	if !errors.Is(err, ErrSchema) || !errors.As(err, &me) || me.Key != MsgStoreSchemaNoPath {
		t.Fatalf("err = %v, want the no-upgrade error", err)
	}
}

func TestFailedMigrationChangesNothing(t *testing.T) {
	path := tempPath(t)
	openTest(t, path).Close()
	plan := schemaPlan{version: schemaVersion + 1, migrations: []migration{{
		From: schemaVersion,
		Run:  func(tx KVTx) error { return errors.New("boom") },
	}}}
	if _, err := open(path, Options{}, plan); err == nil || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("err = %v", err)
	}
	openTest(t, path) // still layout 1, opens with the current plan
}

func TestReopenKeepsEverything(t *testing.T) {
	path := tempPath(t)
	s := openTest(t, path)
	f1, f2 := facility("Công ty TNHH Tân Việt"), facility("HTX Mây tre đan")
	f1.FormerNames = []model.FormerName{{Name: "Công ty TNHH MTV Tân Việt", Until: 20200101}}
	f1.TaxCode = taxCode(1)
	mustCreate(t, s, editor, f1)
	mustCreate(t, s, editor, f2)
	p := project("KCQG-2022-01", f1.ID, f2.ID)
	mustCreate(t, s, editor, p)
	mustCreate(t, s, editor, allocation())
	mustCreate(t, s, editor, payment(p.ID))
	if err := s.Delete(admin, model.KindFacility, f2.ID, 1); err != nil {
		t.Fatal(err)
	}
	st := model.DefaultSettings()
	st.AdvanceLimit = 60
	if err := s.SaveSettings(admin, st); err != nil {
		t.Fatal(err)
	}
	if err := s.PutUser(admin, User{Name: "lan", Role: model.RoleAdmin, Keys: []PublicKey{{Fingerprint: "SHA256:abc", Line: "ssh-ed25519 AAAA lan"}}}); err != nil {
		t.Fatal(err)
	}
	before := s.Snapshot()
	users, _ := s.Users(LocalAdmin())
	s.Close()

	s2 := openTest(t, path)
	after := s2.Snapshot()
	if !snapshotsEqual(before, after) {
		t.Fatal("read model after reopen differs")
	}
	users2, _ := s2.Users(LocalAdmin())
	if !reflect.DeepEqual(users, users2) {
		t.Fatalf("users %+v, after reopen %+v", users, users2)
	}
}

// snapshotsEqual compares everything a reader can see.
func snapshotsEqual(a, b *Snapshot) bool {
	eq := a.Seq == b.Seq && reflect.DeepEqual(a.Settings, b.Settings) &&
		tablesEqual(a.Facilities(), b.Facilities()) && tablesEqual(a.Projects(), b.Projects()) &&
		tablesEqual(a.Allocations(), b.Allocations()) && tablesEqual(a.Payments(), b.Payments())
	for i := range a.Facilities().Len() {
		id := model.ID(i + 1)
		eq = eq && reflect.DeepEqual(a.ProjectsOf(id), b.ProjectsOf(id))
	}
	for i := range a.Projects().Len() {
		id := model.ID(i + 1)
		eq = eq && reflect.DeepEqual(a.PaymentsOf(id), b.PaymentsOf(id))
	}
	return eq
}

func tablesEqual[T any](a, b *Table[T]) bool {
	if a.Len() != b.Len() || a.Live() != b.Live() {
		return false
	}
	for i := range a.Len() {
		if !reflect.DeepEqual(a.At(i), b.At(i)) || a.Text(i) != b.Text(i) {
			return false
		}
	}
	return true
}
