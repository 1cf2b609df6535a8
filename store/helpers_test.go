package store

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"path/filepath"
	"testing"

	"khuyencong/model"
)

var (
	admin  = Actor{Name: "lan", Role: model.RoleAdmin}
	editor = Actor{Name: "minh", Role: model.RoleEditor}
	viewer = Actor{Name: "hoa", Role: model.RoleViewer}
)

func tempPath(t testing.TB) string { return filepath.Join(t.TempDir(), "k.db") }

func openTest(t testing.TB, path string) *Store {
	t.Helper()
	s, err := Open(path, Options{NoSync: true})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func newStore(t testing.TB) *Store { return openTest(t, tempPath(t)) }

// taxCode makes the n-th valid 10-digit tax code (check digit included).
func taxCode(n int) string {
	weights := []int{31, 29, 23, 19, 17, 13, 7, 5, 3}
	for ; ; n++ {
		d := fmt.Sprintf("25%07d", n+1)
		sum := 0
		for i, w := range weights {
			sum += w * int(d[i]-'0')
		}
		if c := 10 - sum%11; c != 10 {
			return d + string(rune('0'+c))
		}
	}
}

func facility(name string) *model.Facility {
	return &model.Facility{
		Name:       name,
		LegalForm:  model.LegalHousehold,
		TradeGroup: model.TradeWoodTextile,
		Products:   "Đồ gỗ mỹ nghệ",
		Address: model.Address{Village: "Thôn Đông", ProvinceCode: "25", CommuneCode: "08950",
			Before: model.OldAddress{Commune: "Xã Thanh Lãng", District: "Bình Xuyên", Province: "Vĩnh Phúc"}},
		Employees: 12,
		AvgIncome: 6_500_000,
	}
}

func project(code string, beneficiaries ...model.ID) *model.Project {
	return &model.Project{
		Code: code, Name: "Hỗ trợ máy cưa CNC", Year: 2022, Source: model.SourceNational,
		Category: model.CatMachinery, Status: model.StatusApproved, Beneficiaries: beneficiaries,
		Support: 300_000_000, Counterpart: 450_000_000, Start: 20220301, End: 20221130,
	}
}

func allocation() *model.Allocation {
	return &model.Allocation{Year: 2023, Source: model.SourceNational, Batch: 1, Amount: 2_050_000_000, DecisionNo: "123/QĐ-BCT"}
}

func payment(p model.ID) *model.Payment {
	return &model.Payment{Project: p, Date: 20220615, PayKind: model.PayAdvance, Amount: 150_000_000, Voucher: "UNC-01"}
}

func mustCreate(t testing.TB, s *Store, a Actor, r model.Record) {
	t.Helper()
	if err := s.Create(a, r); err != nil {
		t.Fatalf("Create %s: %v", r.Kind(), err)
	}
}

// digest hashes every bucket's keys and values and sequences, to prove a
// refused write changed nothing.
func digest(t testing.TB, s *Store) [32]byte {
	t.Helper()
	h := sha256.New()
	err := s.kv.View(func(tx KVTx) error {
		return tx.ForEachBucket(func(name []byte, b KVBucket) error {
			fmt.Fprintf(h, "%s/%d;", name, b.Sequence())
			return b.ForEach(func(k, v []byte) error {
				h.Write(k)
				h.Write([]byte{0})
				h.Write(v)
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

func equalBytes(a, b []byte) bool { return bytes.Equal(a, b) }
