package store

import (
	"os"
	"slices"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"khuyencong/model"
	"khuyencong/vntext"
)

func TestBackupOpensAndPassesCheck(t *testing.T) {
	s := newStore(t)
	f := facility("Cơ sở sao lưu")
	f.TaxCode = taxCode(5)
	mustCreate(t, s, editor, f)
	mustCreate(t, s, editor, project("KCQG-2022-11", f.ID))
	mustCreate(t, s, editor, payment(1))
	backup := tempPath(t)
	out, err := os.Create(backup)
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.Backup(admin, out)
	out.Close()
	if err != nil || n == 0 {
		t.Fatalf("Backup: %d bytes, %v", n, err)
	}
	b := openTest(t, backup)
	if !snapshotsEqual(s.Snapshot(), b.Snapshot()) {
		t.Fatal("backup's read model differs")
	}
	if probs, err := b.Check(); err != nil || probs != nil {
		t.Fatalf("backup Check: %v, %v", probs, err)
	}
}

// plant writes directly with bbolt, around the store, to break an
// invariant Check must find.
func plant(t *testing.T, fn func(tx *bolt.Tx) error) []string {
	t.Helper()
	path := tempPath(t)
	s := openTest(t, path)
	f := facility("Cơ sở bị phá")
	f.TaxCode = taxCode(7)
	mustCreate(t, s, editor, f)
	mustCreate(t, s, editor, facility("Cơ sở thứ hai"))
	mustCreate(t, s, editor, project("KCQG-2022-12", 1, 2))
	mustCreate(t, s, editor, payment(1))
	if probs, err := s.Check(); err != nil || probs != nil {
		t.Fatalf("clean store: %v %v", probs, err)
	}
	s.Close()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(fn); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s = openTest(t, path)
	probs, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	if len(probs) == 0 {
		t.Fatal("Check found nothing")
	}
	t.Log(probs)
	return probs
}

func TestCheckFindsUndecodableRecord(t *testing.T) {
	plant(t, func(tx *bolt.Tx) error {
		return tx.Bucket(kindBucket(model.KindFacility)).Put(idKey(2), []byte{1, 2, 3})
	})
}

func TestCheckFindsWrongID(t *testing.T) {
	plant(t, func(tx *bolt.Tx) error {
		raw, _ := encodeRecord(&model.Facility{Meta: model.Meta{ID: 9, Version: 1}, Name: "X"})
		return tx.Bucket(kindBucket(model.KindFacility)).Put(idKey(2), raw)
	})
}

func TestCheckFindsMissingReference(t *testing.T) {
	plant(t, func(tx *bolt.Tx) error {
		raw, _ := encodeRecord(&model.Payment{Meta: model.Meta{ID: 1, Version: 1}, Project: 42, Date: 20220101, PayKind: 1, Amount: 1})
		return tx.Bucket(kindBucket(model.KindPayment)).Put(idKey(1), raw)
	})
}

func TestCheckFindsStaleIndex(t *testing.T) {
	plant(t, func(tx *bolt.Tx) error { return tx.Bucket(bucketTaxIdx).Put([]byte(taxCode(8)), idKey(2)) })
}

func TestCheckFindsMissingIndexEntry(t *testing.T) {
	plant(t, func(tx *bolt.Tx) error { return tx.Bucket(bucketCodeIdx).Delete([]byte(vntext.Fold("KCQG-2022-12"))) })
}

func TestCheckFindsGapAndSequence(t *testing.T) {
	plant(t, func(tx *bolt.Tx) error { return tx.Bucket(kindBucket(model.KindFacility)).Delete(idKey(1)) })
}

func TestCheckFindsBrokenAudit(t *testing.T) {
	plant(t, func(tx *bolt.Tx) error { return tx.Bucket(bucketAudit).Put(seqKey(2), []byte("garbage")) })
}

func TestLoadSurvivesUndecodableRecord(t *testing.T) {
	path := tempPath(t)
	s := openTest(t, path)
	mustCreate(t, s, editor, facility("A"))
	mustCreate(t, s, editor, facility("B"))
	s.Close()
	db, _ := bolt.Open(path, 0o600, nil)
	db.Update(func(tx *bolt.Tx) error { return tx.Bucket(kindBucket(model.KindFacility)).Put(idKey(1), []byte{9}) })
	db.Close()
	s = openTest(t, path)
	snap := s.Snapshot()
	if snap.Facilities().Len() != 2 || snap.Facilities().Live() != 1 || !snap.Facilities().At(0).Deleted {
		t.Fatalf("len %d live %d", snap.Facilities().Len(), snap.Facilities().Live())
	}
}

// Damaged settings and users do not stop Open (the defaults stand in, the
// user cannot log in); Check names them.
func TestCheckFindsBrokenSettingsAndUser(t *testing.T) {
	probs := plant(t, func(tx *bolt.Tx) error {
		if err := tx.Bucket(bucketSettings).Put(keySettings, []byte{1, 99}); err != nil {
			return err
		}
		return tx.Bucket(bucketUsers).Put([]byte("lan"), []byte{7})
	})
	if len(probs) != 2 {
		t.Fatalf("problems %v, want the settings and the user", probs)
	}
}

// A facility whose commune the unit table does not know (written by hand,
// or by a version without the check) is named by check.
func TestCheckFindsUnknownCommune(t *testing.T) {
	probs := plant(t, func(tx *bolt.Tx) error {
		f := facility("Cơ sở thứ hai")
		f.Meta = model.Meta{ID: 2, Version: 1}
		f.Address.ProvinceCode, f.Address.CommuneCode = "25", "99999"
		raw, _ := encodeRecord(f)
		return tx.Bucket(kindBucket(model.KindFacility)).Put(idKey(2), raw)
	})
	if !slices.ContainsFunc(probs, func(p string) bool { return strings.Contains(p, "99999") && strings.Contains(p, "#2") }) {
		t.Fatalf("problems %q", probs)
	}
}
