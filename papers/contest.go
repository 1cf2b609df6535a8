package papers

import (
	"fmt"
	"strconv"
	"strings"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/vntext"
)

// Texts of the contest results paper.
const (
	MsgContestTitle     i18n.Key = "papers.contest_title"
	MsgContestRules     i18n.Key = "papers.contest_rules"
	MsgContestPublished i18n.Key = "papers.contest_published"
	MsgContestPassed    i18n.Key = "papers.contest_passed"
	MsgContestNoRound   i18n.Key = "papers.contest_no_round"
	MsgContestNeedRound i18n.Key = "papers.contest_need_round"
	MsgUnitPoints       i18n.Key = "papers.unit_points"
	MsgColEntry         i18n.Key = "papers.col_entry"
	MsgColProduct       i18n.Key = "papers.col_product"
	MsgColFacility      i18n.Key = "papers.col_facility"
	MsgColGroup         i18n.Key = "papers.col_group"
	MsgColAverage       i18n.Key = "papers.col_average"
	MsgColDossier       i18n.Key = "papers.col_dossier"
	MsgColPassed        i18n.Key = "papers.col_passed"
	MsgColCertificate   i18n.Key = "papers.col_certificate"
	MsgYes              i18n.Key = "papers.yes"
	MsgNo               i18n.Key = "papers.no"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgContestTitle: {"KẾT QUẢ BÌNH CHỌN SẢN PHẨM CÔNG NGHIỆP NÔNG THÔN TIÊU BIỂU",
			"RESULTS OF THE OUTSTANDING RURAL INDUSTRIAL PRODUCTS CONTEST"},
		MsgContestRules: {"%s; tiêu chí (điểm tối đa): %s; đạt khi điểm trung bình từ %d và đủ hồ sơ; căn cứ %s.",
			"%s; criteria (maximum): %s; passes at an average of %d or more with a complete dossier; basis %s."},
		MsgContestPublished: {"Công bố theo quyết định %s ngày %s; khiếu nại đến hết ngày %s.",
			"Published by decision %s of %s; complaints until %s."},
		MsgContestPassed:    {"Đạt %d/%d", "Passed %d/%d"},
		MsgContestNoRound:   {"Không có đợt bình chọn %q: xem khuyencong export rounds", "There is no contest round %q: see khuyencong export rounds"},
		MsgContestNeedRound: {"report contest cần --round ĐỢT (mã hoặc số)", "report contest needs --round ROUND (code or number)"},
		MsgUnitPoints:       {"Đơn vị tính: điểm", "Unit: points"},
		MsgColEntry:         {"Số ĐK", "Entry"},
		MsgColProduct:       {"Sản phẩm", "Product"},
		MsgColFacility:      {"Cơ sở", "Facility"},
		MsgColGroup:         {"Nhóm", "Group"},
		MsgColAverage:       {"Điểm TB", "Average"},
		MsgColDossier:       {"Đủ hồ sơ", "Dossier"},
		MsgColPassed:        {"Đạt", "Passed"},
		MsgColCertificate:   {"Số GCN", "Certificate"},
		MsgYes:              {"có", "yes"},
		MsgNo:               {"không", "no"},
	})
}

// findRound is a live round by its code (diacritics and case ignored) or
// its record number.
func findRound(snap *store.Snapshot, ref string) (*model.Round, error) {
	ref = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(ref), "#"))
	n, numErr := strconv.Atoi(ref)
	key := vntext.Fold(ref)
	for r := range store.TableOf[model.Round](snap).All() {
		if vntext.Fold(r.Code) == key || (numErr == nil && int(r.ID) == n) {
			return r, nil
		}
	}
	return nil, model.Errorf(MsgContestNoRound, ref)
}

// buildContest is a round's results as a paper to sign: the round's rules
// and publication, then each entry with its facility and group, each
// council member's total, the average (model.Evaluate, as the Bình chọn
// tab shows it), whether the dossier is complete, whether it passed, and
// its certificate.
func buildContest(snap *store.Snapshot, ref string, day model.Date, l i18n.Lang) (*Paper, error) {
	if strings.TrimSpace(ref) == "" {
		return nil, model.Errorf(MsgContestNeedRound)
	}
	r, err := findRound(snap, ref)
	if err != nil {
		return nil, err
	}
	p := newPaper(snap, Contest, day, l)
	p.Title = p.t(MsgContestTitle)
	p.Subtitle = r.Name + " (" + r.Code + ")"
	p.Unit = p.t(MsgUnitPoints)
	p.Values["year"] = strconv.Itoa(int(r.Year))
	lines := []string{p.t(MsgContestRules, r.Level.Label(l), model.FormatCriteria(r.Rules.Criteria), r.Rules.PassMark, r.Rules.Basis)}
	if r.Status == model.RoundPublished {
		lines = append(lines, p.t(MsgContestPublished, r.ResultsDecision, r.ResultsDate.String(),
			r.Rules.ComplaintDeadline(r.ResultsDate).String()))
	}
	p.Sections = []Section{{Lines: lines, Table: contestTable(p, snap, r)}}
	p.Recipients = []string{p.t(MsgRecipientProvince), p.t(MsgRecipientArchive)}
	p.Signers = []Signer{{Role: p.t(MsgSignDirector), Hint: p.t(MsgSignHintSeal), Name: snap.Settings.Centre.Director}}
	return p.finish(), nil
}

func contestTable(p *Paper, snap *store.Snapshot, r *model.Round) *Table {
	t := &Table{Name: "entries", Cols: []Col{
		{Title: p.t(MsgColNo), Kind: ColCount, Width: 5},
		{Title: p.t(MsgColEntry), Width: 16},
		{Title: p.t(MsgColProduct), Width: 24},
		{Title: p.t(MsgColFacility), Width: 30},
		{Title: p.t(MsgColGroup), Width: 8},
	}}
	for _, m := range r.Council {
		t.Cols = append(t.Cols, Col{Title: m, Kind: ColCount, Width: 10})
	}
	t.Cols = append(t.Cols, Col{Title: p.t(MsgColAverage), Width: 9}, Col{Title: p.t(MsgColDossier), Width: 9},
		Col{Title: p.t(MsgColPassed), Width: 7}, Col{Title: p.t(MsgColCertificate), Width: 16})
	sheets := store.SheetsOfRound(snap, r.ID)
	entries := store.EntriesOfRound(snap, r.ID)
	passed := 0
	for i, e := range entries {
		res := model.Evaluate(r, e, sheets)
		row := []Cell{count(i + 1), text(e.Code), text(e.Product), text(facilityOf(snap, e.Facility)), text(e.Group.Code())}
		for _, m := range r.Council {
			row = append(row, memberTotal(sheets, e.ID, m))
		}
		avg := blank()
		if res.Sheets > 0 {
			avg = text(fmt.Sprintf("%d,%02d", res.Average/100, res.Average%100))
		}
		row = append(row, avg, text(p.yesNo(res.Complete)), text(p.yesNo(res.Passed)), text(e.CertNo))
		if res.Passed {
			passed++
		}
		t.Rows = append(t.Rows, row)
	}
	t.Total = make([]Cell, len(t.Cols))
	for j := range t.Total {
		t.Total[j] = blank()
	}
	t.Total[0] = text(p.t(MsgContestPassed, passed, len(entries)))
	return t
}

// memberTotal is the member's sheet total for the entry; blank without one.
func memberTotal(sheets []*model.ScoreSheet, entry model.ID, member string) Cell {
	f := vntext.Fold(member)
	for _, s := range sheets {
		if s.Entry == entry && vntext.Fold(s.Member) == f {
			return count(int(s.Total()))
		}
	}
	return blank()
}

func facilityOf(snap *store.Snapshot, id model.ID) string {
	if f, ok := snap.Facilities().Get(id); ok {
		return f.Name
	}
	return "#" + strconv.Itoa(int(id))
}

func (p *Paper) yesNo(b bool) string {
	if b {
		return p.t(MsgYes)
	}
	return p.t(MsgNo)
}
