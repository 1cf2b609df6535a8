package exchange

import (
	"bytes"
	"encoding/binary"
	"reflect"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

// TestRegistryEveryKind walks model's registry of kinds: each listed kind
// has names and labels in both languages, survives the codec and the
// packed read model (a reopened store gives the same records), exports and
// imports back, and is visited by the integrity check. A new kind that
// misses any of these fails here.
func TestRegistryEveryKind(t *testing.T) {
	src := ieOpen(t)
	ieRichData(t, src)
	path := src.Path()
	before := src.Snapshot()
	if err := src.Close(); err != nil {
		t.Fatal(err)
	}
	reopened, err := store.Open(path, store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	after := reopened.Snapshot()
	for _, ki := range model.AllKinds() {
		if !ki.Listed {
			continue
		}
		k := ki.Kind
		t.Run(ki.Slug, func(t *testing.T) {
			registryNames(t, ki)
			if before.Live(k) == 0 {
				t.Fatalf("the test data has no %s", k)
			}
			for id := model.ID(1); int(id) <= before.Len(k); id++ {
				a, _ := before.Record(k, id)
				b, ok := after.Record(k, id)
				if !ok || !reflect.DeepEqual(a, b) {
					t.Errorf("%s #%d after reopening:\n got %+v\nwant %+v", k, id, b, a)
				}
			}
			registryExchange(t, after, k)
		})
	}
	if err := reopened.Close(); err != nil {
		t.Fatal(err)
	}
	for _, k := range model.Kinds {
		registryCheck(t, path, k)
	}
}

func registryNames(t *testing.T, ki model.KindInfo) {
	t.Helper()
	if ki.Slug == "" || ki.Name == "" || ki.File == "" || ki.Kind.String() != ki.Name {
		t.Errorf("%d: names %+v", ki.Kind, ki)
	}
	for _, name := range append([]string{ki.Slug, ki.Name, strings.ToUpper(ki.Slug)}, ki.Aliases...) {
		if got, ok := ParseKind(name); !ok || got != ki.Kind {
			t.Errorf("ParseKind(%q) = %v, %v; want %v", name, got, ok, ki.Kind)
		}
	}
	for _, key := range []i18n.Key{ki.One, ki.Many, ki.NotFound, ki.Deleted} {
		if m, ok := i18n.Lookup(key); !ok || m.VI == "" || m.EN == "" {
			t.Errorf("%s: label %q is not in both languages", ki.Name, key)
		}
	}
}

// registryExchange exports the kind and imports it into a store that has
// the other kinds already, then compares the live records' fields.
func registryExchange(t *testing.T, snap *store.Snapshot, k model.Kind) {
	t.Helper()
	dst := ieOpen(t)
	for _, other := range model.Kinds {
		var buf bytes.Buffer
		if err := Export(snap, other, nil, FormatCSV, &buf, i18n.VI); err != nil {
			t.Fatalf("export %s: %v", other, err)
		}
		if res, err := ImportReader(dst, ieAdmin, other, other.String()+".csv", &buf, ImportOptions{}); err != nil {
			t.Fatalf("import %s: %v %v", other, err, ieProblemTexts(res))
		}
	}
	got := dst.Snapshot()
	if got.Live(k) != snap.Live(k) {
		t.Fatalf("%s: %d live after import, want %d", k, got.Live(k), snap.Live(k))
	}
	for id := model.ID(1); int(id) <= got.Len(k); id++ {
		a, _ := snap.Record(k, id)
		b, _ := got.Record(k, id)
		*a.Header(), *b.Header() = model.Meta{}, model.Meta{}
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s #%d after export and import:\n got %+v\nwant %+v", k, id, b, a)
		}
	}
}

// registryCheck plants an undecodable record in a copy of the kind's
// bucket (named as the kind) and expects the check to name the kind.
func registryCheck(t *testing.T, path string, k model.Kind) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	key := binary.BigEndian.AppendUint32(nil, 1)
	var saved []byte
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(k.String()))
		if b == nil {
			t.Fatalf("no bucket %q", k)
		}
		saved = bytes.Clone(b.Get(key))
		return b.Put(key, []byte{1, 2, 3})
	})
	if err != nil || db.Close() != nil {
		t.Fatal(err)
	}
	st, err := store.Open(path, store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	probs, err := st.Check()
	if err != nil {
		t.Fatal(err)
	}
	ki, _ := k.Info()
	if len(probs) == 0 || !strings.Contains(strings.Join(probs, "\n"), i18n.VI.T(ki.One)) {
		t.Errorf("%s: check did not report the broken record: %q", k, probs)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	// Put the record back for the next kind.
	db, err = bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error { return tx.Bucket([]byte(k.String())).Put(key, saved) })
	if err != nil || db.Close() != nil {
		t.Fatal(err)
	}
}
