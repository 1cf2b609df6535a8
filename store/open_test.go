package store

import (
	"bufio"
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"khuyencong/model"
)

// TestHelperProcess is not a test: the in-use test runs the test binary
// again with KHC_HOLD_DB set, and this holds that database open until its
// stdin closes.
func TestHelperProcess(t *testing.T) {
	path := os.Getenv("KHC_HOLD_DB")
	if path == "" {
		t.Skip("helper process only")
	}
	s, err := Open(path, Options{})
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(2)
	}
	fmt.Println("ready")
	bufio.NewReader(os.Stdin).ReadString('\n') // wait for the parent
	s.Close()
	os.Exit(0)
}

func TestOpenHeldByAnotherProcessFailsFast(t *testing.T) {
	path := tempPath(t)
	s := openTest(t, path)
	mustCreate(t, s, editor, facility("Cơ sở A"))
	s.Close()

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), "KHC_HOLD_DB="+path)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		stdin.Close()
		cmd.Wait()
	}()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != "ready" {
		t.Fatalf("helper said %q, %v", line, err)
	}

	// The bound is bbolt's: it gives up on the lock after Timeout and
	// reports ErrTimeout, which Open must turn into ErrInUse.
	_, err = Open(path, Options{Timeout: 300 * time.Millisecond})
	if !errors.Is(err, ErrInUse) {
		t.Fatalf("second open: %v, want ErrInUse", err)
	}
	var me *model.Error
	if !errors.As(err, &me) || !strings.Contains(me.In(model.EN), path) || !strings.Contains(me.In(model.EN), "in use by another process") {
		t.Fatalf("message %q should name the file and say it is in use", err)
	}
	if _, err := Open(path, Options{ReadOnly: true, Timeout: 300 * time.Millisecond}); !errors.Is(err, ErrInUse) {
		t.Fatalf("read-only open of a held file: %v, want ErrInUse", err)
	}
}

func TestOpenTwiceInOneProcessIsInUse(t *testing.T) {
	path := tempPath(t)
	openTest(t, path)
	if _, err := Open(path, Options{Timeout: 100 * time.Millisecond}); !errors.Is(err, ErrInUse) {
		t.Fatalf("second open: %v, want ErrInUse", err)
	}
}

func writeFile(t *testing.T, data []byte) string {
	t.Helper()
	path := tempPath(t)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func refused(t *testing.T, path string, wantKey model.Key) {
	t.Helper()
	s, err := Open(path, Options{})
	if err == nil {
		s.Close()
		t.Fatal("Open accepted the file")
	}
	if !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("err = %v, want ErrNotDatabase", err)
	}
	var me *model.Error
	if !errors.As(err, &me) || me.Key != wantKey || !strings.Contains(err.Error(), path) {
		t.Fatalf("err = %v (%v), want %s naming the file", err, me, wantKey)
	}
	// The file must be released: opening it again is refused the same way,
	// not as in use.
	if _, err := Open(path, Options{Timeout: 100 * time.Millisecond}); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("second attempt: %v", err)
	}
}

func TestOpenRefusesEmptyFile(t *testing.T) {
	refused(t, writeFile(t, nil), model.MsgStoreEmptyFile)
}

func TestOpenRefusesRandomBytes(t *testing.T) {
	data := make([]byte, 64<<10)
	rand.Read(data)
	refused(t, writeFile(t, data), model.MsgStoreNotDatabase)
}

func TestOpenRefusesTextFile(t *testing.T) {
	refused(t, writeFile(t, []byte("tên,mã số thuế\nTân Việt,0100233488\n")), model.MsgStoreNotDatabase)
}

func filledDB(t *testing.T, n int) string {
	t.Helper()
	path := tempPath(t)
	s := openTest(t, path)
	var rs []model.Record
	for i := range n {
		f := facility(fmt.Sprintf("Cơ sở số %d", i))
		f.Notes = strings.Repeat("ghi chú ", 50)
		rs = append(rs, f)
	}
	if err := s.CreateMany(admin, rs, ""); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestOpenRefusesTruncatedFile(t *testing.T) {
	path := filledDB(t, 2000)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	fi, _ := f.Stat()
	m, _, err := bestMeta(f, fi.Size())
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	// bbolt grows the file ahead of its data; cut into the data itself.
	used := int64(m.pgid) * int64(m.pageSize)
	for _, size := range []int64{used - 1, used / 2, 8192 + 100, 100} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			data, _ := os.ReadFile(path)
			p := writeFile(t, data[:size])
			s, err := Open(p, Options{})
			if err == nil {
				s.Close()
				t.Fatal("Open accepted a truncated file")
			}
			if !errors.Is(err, ErrNotDatabase) {
				t.Fatalf("err = %v, want ErrNotDatabase", err)
			}
		})
	}
}

// A file whose header is intact but whose data pages are garbage must give
// an error, not a crash.
func TestOpenRefusesGarbagePages(t *testing.T) {
	path := filledDB(t, 2000)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	pageSize := 4096
	rand.Read(data[2*pageSize:])
	p := writeFile(t, data)
	s, err := Open(p, Options{})
	if err == nil {
		// bbolt found nothing it needed on the damaged pages; Check must.
		defer s.Close()
		probs, err := s.Check()
		if err == nil && len(probs) == 0 {
			t.Fatal("damaged file opened and passed Check")
		}
		return
	}
	if !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("err = %v, want ErrNotDatabase", err)
	}
	t.Logf("refused: %v", err)
	if _, err := Open(p, Options{Timeout: 100 * time.Millisecond}); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("second attempt: %v (the failed open must release the file)", err)
	}
}

func TestOpenRefusesForeignBoltFile(t *testing.T) {
	path := tempPath(t)
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket([]byte("widgets"))
		return err
	})
	db.Close()
	refused(t, path, model.MsgStoreForeign)
}

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
	if !errors.Is(err, ErrSchema) || !errors.As(err, &me) || me.Key != model.MsgStoreSchemaNewer {
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
		Run: func(tx *bolt.Tx) error {
			runs++
			_, err := tx.CreateBucket([]byte("fake_new_bucket"))
			return err
		},
	}}}
	for range 2 {
		s, err := open(path, Options{}, plan)
		if err != nil {
			t.Fatalf("open with migration: %v", err)
		}
		if got, _ := s.Snapshot().Facilities.Get(f.ID); got == nil || got.Name != f.Name {
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
	if !errors.Is(err, ErrSchema) || !errors.As(err, &me) || me.Key != model.MsgStoreSchemaNoPath {
		t.Fatalf("err = %v, want the no-upgrade error", err)
	}
}

func TestFailedMigrationChangesNothing(t *testing.T) {
	path := tempPath(t)
	openTest(t, path).Close()
	plan := schemaPlan{version: schemaVersion + 1, migrations: []migration{{
		From: schemaVersion,
		Run:  func(tx *bolt.Tx) error { return errors.New("boom") },
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
	users, _ := s.Users()
	s.Close()

	s2 := openTest(t, path)
	after := s2.Snapshot()
	if !snapshotsEqual(before, after) {
		t.Fatal("read model after reopen differs")
	}
	users2, _ := s2.Users()
	if !reflect.DeepEqual(users, users2) {
		t.Fatalf("users %+v, after reopen %+v", users, users2)
	}
}

// snapshotsEqual compares everything a reader can see.
func snapshotsEqual(a, b *Snapshot) bool {
	eq := a.Seq == b.Seq && a.Settings == b.Settings &&
		tablesEqual(a.Facilities, b.Facilities) && tablesEqual(a.Projects, b.Projects) &&
		tablesEqual(a.Allocations, b.Allocations) && tablesEqual(a.Payments, b.Payments)
	for i := range a.Facilities.Len() {
		id := model.ID(i + 1)
		eq = eq && reflect.DeepEqual(a.ProjectsOf(id), b.ProjectsOf(id))
	}
	for i := range a.Projects.Len() {
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

// Garbage on any single page must end in an error or a Check report, never
// a crash; a page that was free may change nothing.
func TestOpenSurvivesAnyDamagedPage(t *testing.T) {
	path := filledDB(t, 3000)
	clean, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open(path)
	m, _, _ := bestMeta(f, int64(len(clean)))
	f.Close()
	ps := int(m.pageSize)
	p := tempPath(t)
	opened, refusedN, reported := 0, 0, 0
	for pg := 2; pg < int(m.pgid); pg += 5 {
		data := append([]byte(nil), clean...)
		rand.Read(data[pg*ps : (pg+1)*ps])
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := Open(p, Options{NoSync: true})
		if err != nil {
			if !errors.Is(err, ErrNotDatabase) {
				t.Fatalf("page %d: err = %v, want ErrNotDatabase", pg, err)
			}
			refusedN++
			continue
		}
		opened++
		if probs, err := s.Check(); err != nil || len(probs) > 0 {
			reported++
		}
		s.Close()
	}
	t.Logf("damaged pages: %d refused at open, %d opened (%d of them reported by Check)", refusedN, opened, reported)
}
