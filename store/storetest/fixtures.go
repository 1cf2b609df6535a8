package storetest

import (
	"fmt"

	"khuyencong/model"
	"khuyencong/store"
)

var (
	admin  = store.Actor{Name: "lan", Role: model.RoleAdmin}
	editor = store.Actor{Name: "minh", Role: model.RoleEditor}
	viewer = store.Actor{Name: "hoa", Role: model.RoleViewer}
)

// TaxCode makes the n-th valid 10-digit tax code (check digit included);
// neighbours may share one (taxCodes gives distinct ones).
func TaxCode(n int) string { return taxCode(n) }

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

// Facility is a valid facility named name.
func Facility(name string) *model.Facility {
	return &model.Facility{
		Name:       name,
		LegalForm:  model.LegalHousehold,
		TradeGroup: model.TradeWoodTextile,
		Products:   "Đồ gỗ mỹ nghệ",
		Address: model.Address{Village: "Thôn Đông", ProvinceCode: "25", CommuneCode: "08950",
			Before: model.OldAddress{Commune: "Xã Thanh Lãng", District: "Bình Xuyên"}}, // as written before 1/7/2025, without the province
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

// taxCodes are n different valid tax codes, from the from-th on.
func taxCodes(from, n int) []string {
	var out []string
	for len(out) < n {
		c := taxCode(from)
		from++
		if len(out) == 0 || out[len(out)-1] != c {
			out = append(out, c)
		}
	}
	return out
}
