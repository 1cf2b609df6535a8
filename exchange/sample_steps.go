package exchange

import "khuyencong/model"

// realSteps is the path of the article's four 2022 projects (the first
// four planned): in the approved national plan for 2022, contracted,
// advanced, accepted, liquidated and settled. The article gives none of
// the dates, numbers or scores: they are illustrative, in the order TT
// 36/2013/TT-BCT sets (proposals by 20/5 of the year before, settlement
// by 22/01 of the next), and the notes say so. Written after the
// payments, which keep their dates.
func (p *projectPlan) realSteps() []model.Record {
	note := "Minh họa: bài báo không nêu ngày, số văn bản và điểm thẩm định của từng bước. " + sampleSource
	var rs []model.Record
	for _, pr := range p.projects[:min(4, len(p.projects))] {
		add := func(st model.Stage, d model.Date, doc string) *model.Step {
			s := &model.Step{Project: pr.ID, Stage: st, Date: d, DocNo: doc, Notes: note}
			rs = append(rs, s)
			return s
		}
		add(model.StageRegistered, ymd(2021, 5, 14), "")
		add(model.StageAppraised, ymd(2021, 6, 10), "").Score = 80
		add(model.StageApproved, ymd(2022, 1, 14), "Kế hoạch KCQG năm 2022")
		add(model.StageContracted, ymd(2022, 3, 1), "")
		add(model.StageAdvanced, ymd(2022, 7, 15), "")
		add(model.StageAccepted, ymd(2022, 11, 15), "Biên bản nghiệm thu cơ sở")
		add(model.StageLiquidated, ymd(2022, 12, 5), "")
		add(model.StageSettled, ymd(2022, 12, 20), "")
	}
	return rs
}
