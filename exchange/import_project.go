package exchange

import (
	"fmt"
	"strings"

	"khuyencong/model"
	"khuyencong/vntext"
)

// projectSpec: the columns of a project sheet, in export order.
var projectSpec = (&spec[model.Project]{
	kind: model.KindProject,
	year: func(p *model.Project) int32 { return p.Year },
	look: func(l *lookups) { l.indexFacilities(true); l.indexProjects(); l.indexProgrammes() },
	columns: []column[model.Project]{
		required(textCol("code", func(p *model.Project) *string { return &p.Code },
			"Mã", "Mã ĐA", "Mã số đề án", "project code", "project id")),
		required(textCol("name", func(p *model.Project) *string { return &p.Name },
			"Tên đề án", "Tên dự án", "project name", "title")),
		required(intCol("year", func(p *model.Project) *int32 { return &p.Year },
			"Năm kế hoạch", "Năm KH", "plan year")),
		required(enumCol("source", func(p *model.Project) *model.Source { return &p.Source },
			model.ParseSource, model.AllSources, "Nguồn", "Nguồn vốn", "funding", "fund")),
		intCol("batch", func(p *model.Project) *int32 { return &p.Batch }, "round"),
		required(enumCol("category", func(p *model.Project) *model.Category { return &p.Category },
			model.ParseCategory, model.AllCategories,
			"Nhóm nội dung", "Nội dung hỗ trợ", "Loại đề án", "content", "content group")),
		required(enumCol("status", func(p *model.Project) *model.Status { return &p.Status },
			model.ParseStatus, model.AllStatuses, "Tình trạng", "state")),
		textCol("implementer", func(p *model.Project) *string { return &p.Implementer },
			"Đơn vị chủ trì", "implementing agency"),
		{
			field: "beneficiaries", kind: cText,
			aliases: []string{"Cơ sở thụ hưởng", "Thụ hưởng", "Đơn vị hưởng lợi", "Cơ sở", "beneficiary", "facilities"},
			set:     setBeneficiaries,
			get:     getBeneficiaries,
		},
		textCol("location", func(p *model.Project) *string { return &p.Location },
			"Địa điểm thực hiện", "place", "venue"),
		dateCol("start", func(p *model.Project) *model.Date { return &p.Start },
			"Bắt đầu", "Từ ngày", "start", "from"),
		dateCol("end", func(p *model.Project) *model.Date { return &p.End },
			"Kết thúc", "Đến ngày", "end", "to"),
		moneyCol("support", func(p *model.Project) *model.Money { return &p.Support }, false,
			"Kinh phí hỗ trợ", "Kinh phí khuyến công", "Kinh phí KC", "KPKC", "Hỗ trợ", "Kinh phí", "support", "support amount"),
		moneyCol("counterpart", func(p *model.Project) *model.Money { return &p.Counterpart }, false,
			"Đối ứng", "Vốn đối ứng của cơ sở", "counterpart"),
		{
			field: "total", kind: cMoney,
			aliases: []string{"Tổng", "Tổng cộng", "Tổng vốn", "Tổng kinh phí thực hiện", "total"},
			set: func(_ *model.Project, v string, c *rowCtx) *model.Error {
				m, err := parseMoneyCell(v)
				c.total, c.hasTotal = m, err == nil
				return err
			},
			get: func(p *model.Project, _ *outCtx) value { return value{kind: cMoney, n: int64(p.Total())} },
		},
		textCol("decision_no", func(p *model.Project) *string { return &p.DecisionNo },
			"Số QĐ", "Quyết định", "Số quyết định phê duyệt", "decision no", "decision"),
		dateCol("decision_date", func(p *model.Project) *model.Date { return &p.DecisionDate },
			"Ngày QĐ", "Ngày quyết định phê duyệt", "decision date"),
		noteCol("notes", func(p *model.Project) *string { return &p.Notes }, "note", "remarks"),
		programmeCol(),
		textCol("item", func(p *model.Project) *string { return &p.Item }, "Hạng mục", "Hạng mục hỗ trợ", "sub-item"),
		{
			field: "counterpart_by", kind: cText,
			aliases: []string{"Vốn đối ứng từng cơ sở", "Đối ứng theo cơ sở", "counterpart by facility"},
			set: func(p *model.Project, v string, _ *rowCtx) *model.Error {
				ms, err := model.ParseShares(v)
				if err != nil {
					return asModelError(err, MsgImportBadMoney, v)
				}
				p.CounterpartBy = ms
				return nil
			},
			get: func(p *model.Project, _ *outCtx) value { return textVal(model.FormatShares(p.CounterpartBy)) },
		},
	},
	keyField: "code",
	key:      func(p *model.Project) string { return codeKey(p.Code) },
	existing: func(l *lookups, key string) (*model.Project, bool) {
		id, ok := l.projByCode[key]
		if !ok {
			return nil, false
		}
		return l.snap.Projects().Get(id)
	},
	clone: func(p *model.Project) *model.Project {
		c := *p
		c.Beneficiaries = append([]model.ID(nil), p.Beneficiaries...)
		c.CounterpartBy = append([]model.Money(nil), p.CounterpartBy...)
		return &c
	},
	check: func(p *model.Project, c *rowCtx) model.Problems {
		// A total in the file is a cross-check of the two amounts, not a
		// third figure: it must be their sum.
		if c.hasTotal && c.total != p.Support+p.Counterpart {
			return model.Problems{{Field: "total", Err: model.Errorf(MsgImportTotalMismatch,
				c.total.String(), (p.Support + p.Counterpart).String())}}
		}
		return nil
	},
}).build()

// setBeneficiaries links facilities named by tax code or exact name,
// separated by ';' or line breaks. Every token must resolve.
func setBeneficiaries(p *model.Project, v string, c *rowCtx) *model.Error {
	p.Beneficiaries = p.Beneficiaries[:0:0]
	var missing []string
	for _, tok := range strings.FieldsFunc(v, func(r rune) bool { return r == ';' || r == '\n' }) {
		tok = vntext.CleanLine(tok)
		if tok == "" {
			continue
		}
		id, err := c.look.facility(tok)
		if err != nil {
			if err.Key == MsgImportAmbiguousFacility {
				return err
			}
			missing = append(missing, tok)
			continue
		}
		f, _ := c.look.snap.Facilities().Get(id)
		c.deletedRef(f.Deleted, "beneficiaries", tok)
		p.Beneficiaries = append(p.Beneficiaries, id)
	}
	if len(missing) > 0 {
		return model.Errorf(MsgImportNoFacility, strings.Join(missing, "; "))
	}
	return nil
}

// getBeneficiaries names each facility by its tax code, which is unique,
// or by its name when it has none, with its record number when another
// facility has the same name.
func getBeneficiaries(p *model.Project, x *outCtx) value {
	parts := make([]string, 0, len(p.Beneficiaries))
	for _, id := range p.Beneficiaries {
		f, ok := x.snap.Facilities().Get(id)
		switch {
		case !ok:
			continue
		case f.TaxCode != "":
			parts = append(parts, f.TaxCode)
		case x.nameIsShared(f.Name):
			parts = append(parts, fmt.Sprintf("%s #%d", f.Name, f.ID))
		default:
			parts = append(parts, f.Name)
		}
	}
	return textVal(strings.Join(parts, "; "))
}
