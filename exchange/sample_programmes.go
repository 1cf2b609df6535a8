package exchange

import (
	"math/rand/v2"

	"khuyencong/model"
)

// The sample's programmes: the national programmes of 2021–2025 (QĐ
// 1881/QĐ-TTg) and 2026–2030 (QĐ 2646/QĐ-BCT of 23/9/2025), the
// provincial programme 2021–2025 of Vĩnh Phúc (QĐ 2372/QĐ-UBND, "trên
// 38,1 tỷ đồng"; khuyencongonline.gov.vn) and a provincial programme for
// 2026–2030 the province has yet to approve (Directive 20/CT-BCT of
// 4/12/2025 asks every province for one). The decisions are real; the
// targets are this province's illustrative share, said so in the notes.
// Nationally, 2021–2025 aimed at 340 demonstration and technology-transfer
// models, 1.600 advanced machines and 300 technology lines (ven.vn).
func samplePrograms() []*model.Programme {
	note := sampleIllustrative + ": chỉ tiêu của tỉnh trong chương trình là số minh họa."
	machines := func(target int64, years ...int64) model.Indicator {
		return model.Indicator{Name: "Cơ sở được hỗ trợ ứng dụng máy móc thiết bị, dây chuyền công nghệ", Unit: "cơ sở",
			Measure: model.MeasureFacilities, Category: model.CatMachinery, Target: target, Years: years}
	}
	projects := func(target int64) model.Indicator {
		return model.Indicator{Name: "Đề án khuyến công hoàn thành nghiệm thu", Unit: "đề án", Measure: model.MeasureProjects, Target: target}
	}
	money := func(target int64) model.Indicator {
		return model.Indicator{Name: "Kinh phí khuyến công hỗ trợ", Unit: "đồng", Measure: model.MeasureSupport, Target: target}
	}
	return []*model.Programme{
		{Code: "KCQG-2021-2025", Name: "Chương trình khuyến công quốc gia giai đoạn 2021–2025", Level: model.ProgrammeNational,
			From: 2021, To: 2025, DecisionNo: "1881/QĐ-TTg", Notes: note,
			Indicators: []model.Indicator{machines(12, 2, 3, 3, 2, 2), projects(15), money(4_000_000_000),
				{Name: "Sản phẩm công nghiệp nông thôn tiêu biểu được chứng nhận", Unit: "sản phẩm", Measure: model.MeasureCertified, Target: 20}}},
		{Code: "KCĐP-2021-2025", Name: "Chương trình khuyến công tỉnh Vĩnh Phúc giai đoạn 2021–2025", Level: model.ProgrammeProvincial,
			From: 2021, To: 2025, DecisionNo: "2372/QĐ-UBND", Notes: note + " Tổng kinh phí theo quyết định: trên 38,1 tỷ đồng.",
			Indicators: []model.Indicator{machines(30), projects(30), money(38_100_000_000),
				{Name: "Lao động nông thôn được đào tạo nghề", Unit: "người", Measure: model.MeasureManual, Target: 1_500,
					Done: []int64{320, 0, 180, 260, 150}}}},
		{Code: "KCQG-2026-2030", Name: "Chương trình khuyến công quốc gia giai đoạn 2026–2030", Level: model.ProgrammeNational,
			From: 2026, To: 2030, DecisionNo: "2646/QĐ-BCT", DecisionDate: 20250923, Notes: note,
			Indicators: []model.Indicator{machines(15, 3, 3, 3, 3, 3), projects(20), money(5_000_000_000),
				{Name: "Sản phẩm công nghiệp nông thôn tiêu biểu được chứng nhận", Unit: "sản phẩm", Measure: model.MeasureCertified, Target: 25}}},
		{Code: "KCĐP-2026-2030", Name: "Chương trình khuyến công tỉnh giai đoạn 2026–2030 (dự thảo)", Level: model.ProgrammeProvincial,
			From: 2026, To: 2030, Notes: note + " Tỉnh chưa phê duyệt: số và ngày quyết định để trống.",
			Indicators: []model.Indicator{machines(40, 8, 8, 8, 8, 8), projects(40), money(20_000_000_000),
				{Name: "Lao động nông thôn được đào tạo nghề", Unit: "người", Measure: model.MeasureManual, Target: 1_000,
					Done: []int64{140, 0, 0, 0, 0}}}},
	}
}

// programmes writes the sample's programmes (an admin's records: with
// another role the sample has none) and names each project's programme
// by its fund and year.
func (l *sampleLoader) programmes(plans ...*projectPlan) error {
	if l.a.Role != model.RoleAdmin {
		return nil
	}
	pgs := samplePrograms()
	if err := l.write(recordsOf(pgs), "programmes"); err != nil {
		return err
	}
	for _, p := range plans {
		for _, pr := range p.projects {
			for _, pg := range pgs {
				if pg.Covers(pr.Year) && pg.Level.Source() == pr.Source {
					pr.Programme = pg.ID
				}
			}
		}
	}
	return nil
}

// year2026 is the current year of the sample: the first of the new
// national programme. Its projects are drawn from a stream of their own,
// so that the records of 2021–2025 stay what they were before 2026 was
// added.
var year2026 = synthYear{2026,
	[]projectKind{kindMachinery, kindMachinery, kindMachinery, kindTraining},
	[]projectKind{kindMachinery, kindMachinery, kindMachinery, kindMachinery, kindTraining, kindFair, kindConsulting},
	[]model.Status{model.StatusSettled, model.StatusAccepted, model.StatusInProgress, model.StatusAccepted,
		model.StatusSettled, model.StatusAccepted, model.StatusInProgress, model.StatusContracted,
		model.StatusAccepted, model.StatusInProgress, model.StatusProposed}}

// plan2026 plans 2026 after everything else is drawn.
func plan2026(seed uint64, pool *facilityPool, used map[model.ID]bool) *projectPlan {
	p := newProjectPlan(rand.New(rand.NewPCG(seed, 2026)), pool)
	p.used = used
	p.addYears([]synthYear{year2026})
	// The sample is read in December 2026: work a project has finished
	// ended by October and was paid by November, not next year.
	for _, pr := range p.projects {
		pr.End = min(pr.End, ymd(2026, 10, 31))
	}
	for i := range p.pays {
		p.pays[i].date = min(p.pays[i].date, ymd(2026, 11, 20))
	}
	return p
}
