package exchange

import "khuyencong/model"

// The article's records: Báo Pháp luật Việt Nam, "Vĩnh Phúc: Hiệu quả trong
// công tác khuyến công" (m.baophapluat.vn/…-post475168.html), see
// /work/shared/seed. It names the centre, four 2022 national projects
// worth 2.170 tr in total and their three company beneficiaries, and a 2023
// batch-1 approval of "trên 02 tỷ đồng". It gives no per-project amounts,
// no dates, no addresses and no tax codes: the amounts below are an
// illustrative split that adds up to the article's total, every record
// says so in its notes, and the companies get no tax code.

const (
	sampleCentre = "Trung tâm Phát triển Công Thương tỉnh Vĩnh Phúc"
	// sampleParent is the body the centre belonged to in 2022.
	sampleParent = "Sở Công Thương tỉnh Vĩnh Phúc"
	sampleSource = "Nguồn: Báo Pháp luật Việt Nam, \"Vĩnh Phúc: Hiệu quả trong công tác khuyến công\"."
	// sampleIllustrative marks every synthetic record.
	sampleIllustrative = "Dữ liệu minh họa"
	// SampleTotal2022 is the article's total for the four 2022 KCQG projects.
	SampleTotal2022 model.Money = 2_170_000_000
)

// SampleRealCompanies are the names of the article's three companies.
var SampleRealCompanies = []string{
	"Công ty TNHH Thương mại và Cơ khí Tân Việt",
	"Công ty TNHH Bao bì Atlantic",
	"Công ty TNHH Đầu tư xây dựng Long Thanh",
}

func realFacilities() []*model.Facility {
	note := "Doanh nghiệp có thật, là đơn vị phối hợp và thụ hưởng của một đề án KCQG 2022 trong bài báo. " +
		"Bài báo không nêu mã số thuế, địa chỉ, số lao động: các trường đó để trống. " + sampleSource
	// As recorded in 2022: the province only; it is now part of Phú Thọ.
	prov := model.Address{ProvinceCode: sampleProvinceCode, Before: model.OldAddress{Province: sampleOldProvince}}
	return []*model.Facility{
		{
			Name: SampleRealCompanies[0],
			// The article: "Công ty TNHH MTV xây dựng và thương mại Tân
			// Việt (nay là Công ty TNHH Thương mại và Cơ khí Tân Việt)";
			// the date of the change is not given.
			FormerNames: []model.FormerName{{Name: "Công ty TNHH MTV xây dựng và thương mại Tân Việt"}},
			LegalForm:   model.LegalSME, TradeGroup: model.TradeWoodTextile,
			Products: "Gia công cơ khí", Address: prov, Notes: note,
		},
		{
			Name: SampleRealCompanies[1], LegalForm: model.LegalSME,
			Products: "Bao bì", Address: prov, Notes: note,
		},
		{
			Name: SampleRealCompanies[2], LegalForm: model.LegalSME, TradeGroup: model.TradeWoodTextile,
			Products: "Gia công cơ khí", Address: prov, Notes: note,
		},
	}
}

// addReal plans the four 2022 projects, their illustrative payments and
// the two allocations the article speaks of.
func (p *projectPlan) addReal(real []*model.Facility) {
	split := "Bài báo chỉ nêu tổng kinh phí 04 đề án là 2.170 tr đồng; số tiền hỗ trợ, vốn đối ứng " +
		"và các lần giải ngân của từng đề án ở đây là minh họa (chia sao cho tổng đúng 2.170 tr). " + sampleSource
	fairNote := split + " Bài báo không nêu các cơ sở tham gia hội chợ: danh sách cơ sở thụ hưởng là minh họa."
	mk := func(n int, name string, cat model.Category, ben []model.ID, support, counter model.Money, note string) *model.Project {
		return &model.Project{
			Code: "KCQG-2022-0" + string(rune('0'+n)), Name: name, Year: 2022,
			Source: model.SourceNational, Category: cat, Status: model.StatusSettled,
			Implementer: sampleCentre, Beneficiaries: ben, Location: sampleOldProvince,
			Support: support, Counterpart: counter, Notes: note,
		}
	}
	ids := func(f *model.Facility) []model.ID { return []model.ID{f.ID} }
	projects := []*model.Project{
		mk(1, "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến trong sản xuất gia công cơ khí",
			model.CatMachinery, ids(real[0]), 300_000_000, 420_000_000, split),
		mk(2, "Hỗ trợ các cơ sở công nghiệp nông thôn tham gia Hội chợ Công Thương vùng Đồng bằng sông Hồng - Vĩnh Phúc 2022",
			model.CatTradeFair, p.pool.pickAny(p.rng, 12), 1_270_000_000, 0, fairNote),
		mk(3, "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến trong sản xuất bao bì",
			model.CatMachinery, ids(real[1]), 300_000_000, 380_000_000, split),
		mk(4, "Hỗ trợ ứng dụng dây chuyền công nghệ trong sản xuất gia công cơ khí",
			model.CatMachinery, ids(real[2]), 300_000_000, 520_000_000, split),
	}
	// The article calls the fourth a technology line: its norm is the
	// line's (TT 28/2018/TT-BTC Art. 8 cl. 4), not the machinery one.
	projects[3].Item = "Dây chuyền công nghệ"
	for _, pr := range projects {
		i := p.add(pr)
		p.pay(i, model.PayAdvance, 70, ymd(2022, 7, 15), "Minh họa: bài báo không nêu các lần giải ngân.")
		p.pay(i, model.PaySettlement, 30, ymd(2022, 12, 20), "Minh họa: bài báo không nêu các lần giải ngân.")
	}
	p.allocs = append(p.allocs,
		&model.Allocation{
			Year: 2022, Source: model.SourceNational, Amount: SampleTotal2022,
			Notes: "Minh họa: bài báo chỉ nêu 04 đề án KCQG 2022 với tổng kinh phí 2.170 tr đồng; " +
				"kế hoạch ghi đúng bằng số đó. " + sampleSource,
		},
		&model.Allocation{
			Year: 2023, Source: model.SourceLocal, Batch: 1, Amount: 2_050_000_000,
			Notes: "Bài báo: tỉnh \"đã phê duyệt kinh phí trên 02 tỷ đồng (đợt 1) năm 2023\"; bài báo chỉ nói " +
				"\"trên 02 tỷ đồng\", số 2.050.000.000 là minh họa. Bài báo không nêu nguồn; ghi KCĐP vì do tỉnh phê duyệt. " +
				sampleSource,
		},
	)
}
