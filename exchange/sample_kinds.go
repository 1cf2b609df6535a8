package exchange

import (
	"fmt"
	"strings"

	"khuyencong/model"
)

// synthProject makes one synthetic project of a kind, or nil when the pool
// has no suitable beneficiary. Amounts are in whole triệu, drawn within the
// national norms (machinery ≤ 50 % of cost and ≤ 300 tr, consulting
// ≤ 50 % and ≤ 35 tr), so that only the deliberate case warns.
func (p *projectPlan) synthProject(k projectKind, code string, year int32, src model.Source, st model.Status) *model.Project {
	r := p.rng
	start := ymd(year, 3+r.IntN(4), 1+r.IntN(28))
	pr := &model.Project{
		Code: code, Year: year, Source: src, Status: st, Batch: 1,
		Implementer: sampleCentre, Location: provinceOfYear(year),
		Start: start, End: ymdAdd(start, 120+r.IntN(100)),
		Notes: sampleIllustrative,
	}
	if src == model.SourceNational {
		pr.Batch = 0
	}
	tr := func(lo, hi int) model.Money { return model.Money(lo+5*r.IntN((hi-lo)/5+1)) * 1_000_000 }
	switch k {
	case kindMachinery, kindConsulting:
		c, ok := p.pool.pickMaker(r, p.used)
		if !ok {
			return nil
		}
		pr.Beneficiaries = []model.ID{c.id}
		pr.Location = c.place
		product := strings.ToLower(c.product)
		if k == kindMachinery {
			pr.Category = model.CatMachinery
			pr.Name = fmt.Sprintf("Hỗ trợ ứng dụng máy móc thiết bị tiên tiến trong sản xuất %s – %s", product, c.name)
			pr.Support = tr(150, 290)
			if year == 2023 && src == model.SourceLocal {
				pr.Support = tr(240, 290)
			}
			pr.Counterpart = pr.Support + tr(20, 400)
		} else {
			pr.Category = model.CatConsulting
			pr.Name = fmt.Sprintf("Tư vấn xây dựng thương hiệu sản phẩm %s – %s", product, c.name)
			pr.Support = tr(20, 35)
			pr.Counterpart = pr.Support + tr(5, 30)
		}
	case kindTraining:
		craft := sampleCrafts[r.IntN(len(sampleCrafts))]
		cs := p.pool.byCraft[craft.name]
		if len(cs) == 0 {
			cs = p.pool.all
		}
		pr.Category = model.CatTraining
		pr.Name = fmt.Sprintf("Đào tạo nghề %s cho lao động nông thôn xã %s, huyện %s",
			strings.ToLower(craft.word), craft.commune, craft.district)
		pr.Location = craft.commune + ", " + craft.district
		pr.Beneficiaries = pickIDs(r, cs, 5+r.IntN(6))
		pr.Support = tr(60, 150)
	case kindFair:
		pr.Category = model.CatTradeFair
		pr.Name = fmt.Sprintf("Hỗ trợ cơ sở công nghiệp nông thôn tham gia hội chợ, triển lãm năm %d", year)
		pr.Beneficiaries = p.pool.pickAny(r, 8+r.IntN(8))
		pr.Support = tr(150, 400)
	case kindCapacity:
		pr.Category = model.CatCapacity
		pr.Name = fmt.Sprintf("Tập huấn nâng cao năng lực quản lý cho cơ sở công nghiệp nông thôn năm %d", year)
		pr.Beneficiaries = p.pool.pickAny(r, 10+r.IntN(11))
		pr.Support = tr(40, 100)
	case kindInformation:
		pr.Category = model.CatInformation
		pr.Name = fmt.Sprintf("Thông tin tuyên truyền về hoạt động khuyến công năm %d", year)
		pr.Support = tr(50, 120)
	}
	return pr
}

// provinceOfYear is the province as a project of the year names it: the
// centre was Vĩnh Phúc's until the merger of 1/7/2025.
func provinceOfYear(year int32) string {
	if year < 2025 {
		return sampleOldProvince
	}
	return sampleProvince
}
