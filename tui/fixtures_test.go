package tui

import (
	"fmt"
	"path/filepath"
	"testing"

	"golang.org/x/text/unicode/norm"

	"khuyencong/model"
	"khuyencong/store"
)

// Actors of the tests.
var (
	admin  = store.Actor{Name: "lan", Role: model.RoleAdmin}
	editor = store.Actor{Name: "minh", Role: model.RoleEditor}
	viewer = store.Actor{Name: "hoa", Role: model.RoleViewer}
	other  = store.Actor{Name: "tuan", Role: model.RoleEditor}
)

const tanViet = "Công ty TNHH Thương mại và Cơ khí Tân Việt"

var districts = []string{"Vĩnh Yên", "Phúc Yên", "Bình Xuyên", "Tam Dương", "Tam Đảo", "Lập Thạch", "Sông Lô", "Vĩnh Tường", "Yên Lạc"}

// openStore opens an empty store in the test's temporary directory.
func openStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "khc.db"), store.Options{NoSync: true})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// fill writes the fixtures through the store: the article's three
// companies, n synthetic facilities (one name written in NFD, to check
// alignment), four 2022 projects, an allocation and two payments.
func fill(t *testing.T, s *store.Store, n int) {
	t.Helper()
	fs := []model.Record{
		&model.Facility{Name: tanViet, LegalForm: model.LegalSME, TradeGroup: model.TradeWoodTextile,
			FormerNames: []model.FormerName{{Name: "Công ty TNHH MTV xây dựng và thương mại Tân Việt"}},
			Products:    "Gia công cơ khí", Employees: 45,
			Address: model.Address{ProvinceCode: "25", CommuneCode: "08935",
				Before: model.OldAddress{Commune: "Tam Hợp", District: "Bình Xuyên", Province: "Vĩnh Phúc", CommuneCode: "08953", DistrictCode: "249", ProvinceCode: "26"}}},
		&model.Facility{Name: "Công ty TNHH Bao bì Atlantic", LegalForm: model.LegalSME, Products: "Bao bì",
			Employees: 120, Address: model.Address{Before: model.OldAddress{District: "Phúc Yên", Province: "Vĩnh Phúc"}}},
		&model.Facility{Name: "Công ty TNHH Đầu tư xây dựng Long Thanh", LegalForm: model.LegalSME,
			TradeGroup: model.TradeWoodTextile, Address: model.Address{Before: model.OldAddress{District: "Vĩnh Yên", Province: "Vĩnh Phúc"}}},
		&model.Facility{Name: norm.NFD.String("Hộ kinh doanh Nguyễn Thị Hường"), LegalForm: model.LegalHousehold,
			TaxCode: "0100233488", TradeGroup: model.TradeHandicraft, Employees: 3, CraftVillage: "Làng mây tre Triệu Đề",
			Address: model.Address{Before: model.OldAddress{Commune: "Triệu Đề", District: "Lập Thạch", Province: "Vĩnh Phúc"}}},
	}
	kinds := []string{"Hộ kinh doanh", "Hợp tác xã", "Công ty TNHH", "Tổ hợp tác"}
	trades := []string{"mộc", "mây tre đan", "gốm", "cơ khí nhỏ", "chế biến nông sản", "may mặc"}
	for i := range n {
		d := districts[i%len(districts)]
		fs = append(fs, &model.Facility{
			Name:      fmt.Sprintf("%s %s %s số %d", kinds[i%4], trades[i%6], d, i+1),
			LegalForm: model.AllLegalForms[i%5], TradeGroup: model.AllTradeGroups[i%7],
			Employees: int32(2 + i*7%300), Address: model.Address{Before: model.OldAddress{Commune: "Xã " + trades[(i/3)%6], District: d, Province: "Vĩnh Phúc"}},
		})
	}
	if err := s.CreateMany(admin, fs, "fixtures"); err != nil {
		t.Fatalf("facilities: %v", err)
	}
	ps := []model.Record{
		project(1, "Hỗ trợ ứng dụng máy hàn, máy cắt CNC", model.CatMachinery, 650e6, 1300e6, 1),
		project(2, "Hỗ trợ máy móc sản xuất bao bì", model.CatMachinery, 700e6, 1500e6, 2),
		project(3, "Hỗ trợ máy móc cơ khí xây dựng", model.CatMachinery, 520e6, 1100e6, 3),
		project(4, "Tham gia hội chợ triển lãm", model.CatTradeFair, 300e6, 0, 4, 5, 6),
		&model.Allocation{Year: 2023, Source: model.SourceNational, Batch: 1, Amount: 2_050_000_000, DecisionNo: "12/QĐ-BCT"},
	}
	if err := s.CreateMany(admin, ps, "fixtures"); err != nil {
		t.Fatalf("projects: %v", err)
	}
	pays := []model.Record{
		&model.Payment{Project: 1, Date: 20220615, PayKind: model.PayAdvance, Amount: 300e6, Voucher: "UNC 15"},
		&model.Payment{Project: 1, Date: 20221120, PayKind: model.PaySettlement, Amount: 350e6, Voucher: "UNC 88"},
	}
	if err := s.CreateMany(admin, pays, "fixtures"); err != nil {
		t.Fatalf("payments: %v", err)
	}
}

func project(n int, name string, cat model.Category, support, counter model.Money, bens ...model.ID) *model.Project {
	return &model.Project{Code: fmt.Sprintf("KCQG-2022-%02d", n), Name: name, Year: 2022, Source: model.SourceNational,
		Category: cat, Status: model.StatusSettled, Beneficiaries: bens, Support: support, Counterpart: counter,
		Location: "Vĩnh Phúc", Start: 20220301, End: 20221130}
}

func openStoreB(b *testing.B) *store.Store {
	b.Helper()
	s, err := store.Open(filepath.Join(b.TempDir(), "khc.db"), store.Options{NoSync: true})
	if err != nil {
		b.Fatalf("open store: %v", err)
	}
	b.Cleanup(func() { s.Close() })
	var fs []model.Record
	for i := range 20000 {
		fs = append(fs, &model.Facility{Name: fmt.Sprintf("Cơ sở số %d", i+1), Address: model.Address{Before: model.OldAddress{District: districts[i%9]}}})
	}
	if err := s.CreateMany(admin, fs, "bench"); err != nil {
		b.Fatal(err)
	}
	return s
}
