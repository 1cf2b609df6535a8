package store

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"khuyencong/model"
)

func TestNewDatabaseHasNationalRules(t *testing.T) {
	s := newStore(t)
	if got := s.Snapshot().Settings.Rules; !reflect.DeepEqual(got, model.NationalRules()) {
		t.Fatalf("new database rules: %d, want the %d national ones", len(got), len(model.NationalRules()))
	}
}

// A database whose settings were saved before rules existed opens with
// none, so its checks are its ceilings as before.
func TestOlderSettingsKeepNoRules(t *testing.T) {
	path := tempPath(t)
	s := openTest(t, path)
	s.Close()
	old := model.DefaultSettings()
	old.Ceilings[model.CatTraining] = model.Ceiling{Percent: 80, Max: 20_000_000}
	// The value as the first version wrote it: ceilings and advance limit.
	w := writer{}
	w.byte(fmtSettings)
	w.u(uint64(len(old.Ceilings)))
	for _, c := range old.Ceilings {
		w.i(int64(c.Percent))
		w.i(int64(c.Max))
	}
	w.i(int64(old.AdvanceLimit))
	raw := w.b
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketSettings).Put(keySettings, raw) }); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s2 := openTest(t, path)
	st := s2.Snapshot().Settings
	if st.Rules != nil || st.Ceilings != old.Ceilings || st.AdvanceLimit != 70 || st.Deadlines != model.DefaultDeadlines() {
		t.Fatalf("older settings read as %+v", st)
	}
}

func TestSaveRules(t *testing.T) {
	s := newStore(t)
	rules := model.NationalRules()[:3]
	if err := s.SaveRules(editor, rules); !errors.Is(err, ErrForbidden) {
		t.Fatalf("editor saved rules: %v", err)
	}
	bad := append([]model.Rule(nil), rules...)
	bad[1].Share = 130
	if err := s.SaveRules(admin, bad); err == nil {
		t.Fatal("a share of 130 % was saved")
	}
	if n := len(s.Snapshot().Settings.Rules); n != len(model.NationalRules()) {
		t.Fatalf("a refused import changed the rules: %d", n)
	}
	if err := s.SaveRules(admin, rules); err != nil {
		t.Fatal(err)
	}
	if got := s.Snapshot().Settings.Rules; !reflect.DeepEqual(got, rules) {
		t.Fatalf("rules after save: %+v", got)
	}
	es, err := s.Audit(admin, AuditQuery{})
	if err != nil || len(es) != 1 || es[0].Op != OpSettings {
		t.Fatalf("audit %+v %v", es, err)
	}
	// Rows 4.. were dropped: the trail shows each with its old cells.
	last := es[0].Changes[len(es[0].Changes)-1]
	if !strings.HasPrefix(last.Field, "rule.") || last.New != "" || !strings.Contains(last.Old, "NĐ 235/2025") {
		t.Fatalf("last change %+v", last)
	}
	s2 := openTest(t, reopen(t, s))
	if got := s2.Snapshot().Settings.Rules; !reflect.DeepEqual(got, rules) {
		t.Fatalf("rules after reopen: %+v", got)
	}
}

func reopen(t *testing.T, s *Store) string {
	t.Helper()
	p := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}
