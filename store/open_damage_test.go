package store

import (
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"khuyencong/i18n"
	"khuyencong/model"
)

func writeFile(t *testing.T, data []byte) string {
	t.Helper()
	path := tempPath(t)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func refused(t *testing.T, path string, wantKey i18n.Key) {
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
	refused(t, writeFile(t, nil), MsgStoreEmptyFile)
}

func TestOpenRefusesRandomBytes(t *testing.T) {
	data := make([]byte, 64<<10)
	rand.Read(data)
	refused(t, writeFile(t, data), MsgStoreNotDatabase)
}

func TestOpenRefusesTextFile(t *testing.T) {
	refused(t, writeFile(t, []byte("tên,mã số thuế\nTân Việt,0100233488\n")), MsgStoreNotDatabase)
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
	refused(t, path, MsgStoreForeign)
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
