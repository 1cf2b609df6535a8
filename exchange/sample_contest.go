package exchange

import (
	"fmt"
	"math/rand/v2"

	"khuyencong/model"
	"khuyencong/store"
)

// sampleCouncil is the sample's council: illustrative names.
var sampleCouncil = []string{
	"Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Quang Vinh", "Phạm Thu Hà", "Đỗ Minh Tuấn",
}

// sampleEntries is how many products the sample's 2025 round has.
const sampleEntries = 30

// contest writes the sample's contest: a provincial round in 2025 with
// about thirty entries, five council members' sheets, published results
// and certificates, and a 2027 round open for registration. Figures are
// illustrative.
func (l *sampleLoader) contest(rng *rand.Rand, pool *facilityPool) error {
	r25 := &model.Round{Code: "BC-TINH-2025", Name: "Bình chọn sản phẩm CNNT tiêu biểu cấp tỉnh năm 2025",
		Level: model.LevelProvince, Year: 2025, DecisionNo: "35/QĐ-SCT", DecisionDate: 20250310,
		RegOpen: 20250401, RegClose: 20250630, ScoringDate: 20250915, Status: model.RoundScoring,
		Council: sampleCouncil, Rules: model.DefaultContestRules(), Notes: "Số liệu minh hoạ."}
	r27 := &model.Round{Code: "BC-TINH-2027", Name: "Bình chọn sản phẩm CNNT tiêu biểu cấp tỉnh năm 2027",
		Level: model.LevelProvince, Year: 2027, DecisionNo: "210/QĐ-SCT", DecisionDate: 20261115,
		RegOpen: 20261201, RegClose: 20270531, ScoringDate: 20270915, Status: model.RoundRegistration,
		Council: sampleCouncil, Rules: model.DefaultContestRules(), Notes: "Số liệu minh hoạ."}
	if err := l.write([]model.Record{r25, r27}, "contest rounds"); err != nil {
		return err
	}
	makers := sampleMakers(rng, pool)
	var entries, sheets []model.Record
	for i, m := range makers {
		e := sampleEntry(rng, r25, i+1, m)
		entries = append(entries, e)
	}
	if err := l.write(entries, "contest entries"); err != nil {
		return err
	}
	for _, r := range entries {
		e := r.(*model.Entry)
		quality := 55 + rng.IntN(40)
		for _, member := range sampleCouncil {
			sheets = append(sheets, &model.ScoreSheet{Round: r25.ID, Entry: e.ID, Member: member,
				Scores: sampleScores(rng, r25.Rules.Criteria, quality-4+rng.IntN(9))})
		}
	}
	if err := l.write(sheets, "score sheets"); err != nil {
		return err
	}
	if _, err := l.b.PublishRound(r25.ID, r25.Version, store.Publication{Decision: "512/QĐ-UBND", Date: 20251128}); err != nil {
		return fmt.Errorf("sample contest: %w", err)
	}
	// Two products registered for 2027 so far.
	var open []model.Record
	for i, m := range makers[:min(2, len(makers))] {
		e := sampleEntry(rng, r27, i+1, m)
		e.Dossier = [model.DossierItems]model.Date{20261205}
		open = append(open, e)
	}
	return l.write(open, "2027 entries")
}

// sampleMakers picks the facilities that enter products: synthetic ones
// when there are, else the real ones (IDs 1–3) in turn.
func sampleMakers(rng *rand.Rand, pool *facilityPool) []poolEntry {
	used := map[model.ID]bool{}
	var out []poolEntry
	for len(out) < sampleEntries {
		m, ok := pool.pickMaker(rng, used)
		if !ok {
			break
		}
		out = append(out, m)
	}
	for i := 0; len(out) < sampleEntries; i++ {
		out = append(out, poolEntry{id: model.ID(i%3 + 1), group: model.TradeHandicraft})
	}
	return out
}

func sampleEntry(rng *rand.Rand, r *model.Round, n int, m poolEntry) *model.Entry {
	product := m.product
	if product == "" {
		product = "Sản phẩm thủ công"
	}
	e := &model.Entry{Code: fmt.Sprintf("%s-%02d", r.Code, n), Round: r.ID, Facility: m.id,
		Product: product, Group: productGroupOf(m.group)}
	day := r.RegOpen
	for i := range e.Dossier {
		e.Dossier[i] = day + model.Date(rng.IntN(20))
	}
	if rng.IntN(10) == 0 { // a dossier without its quality certificate
		e.Dossier[model.DossierQuality] = 0
	}
	return e
}

// productGroupOf maps a trade group (ND 52/2018) to a contest group.
func productGroupOf(g model.TradeGroup) model.ProductGroup {
	switch g {
	case model.TradeHandicraft, model.TradeWoodTextile:
		return model.GroupHandicraft
	case model.TradeFood:
		return model.GroupFood
	case model.TradeMaterials:
		return model.GroupMachinery
	}
	return model.GroupOther
}

// sampleScores splits a total over the criteria in proportion to their
// maxima, each within its maximum.
func sampleScores(rng *rand.Rand, cs []model.Criterion, total int) []int32 {
	var sum int32
	for _, c := range cs {
		sum += c.Max
	}
	out := make([]int32, len(cs))
	for i, c := range cs {
		v := int32(total)*c.Max/sum + int32(rng.IntN(3)) - 1
		out[i] = min(max(v, 0), c.Max)
	}
	return out
}
