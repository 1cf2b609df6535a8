package exchange

import (
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/vntext"
)

// programmeSpec: the columns of a sheet of programmes. A programme's
// indicators are one cell, one indicator per line (model.FormatIndicators).
var programmeSpec = (&spec[model.Programme]{
	kind: model.KindProgramme,
	look: func(l *lookups) { l.indexProgrammes() },
	columns: []column[model.Programme]{
		required(textCol("programme_code", func(p *model.Programme) *string { return &p.Code },
			"Mã chương trình", "Mã", "code")),
		required(textCol("name", func(p *model.Programme) *string { return &p.Name },
			"Tên chương trình", "programme name")),
		required(enumCol("level", func(p *model.Programme) *model.ProgrammeLevel { return &p.Level },
			model.ParseProgrammeLevel, model.AllProgrammeLevels, "Cấp", "Loại chương trình")),
		required(intCol("from", func(p *model.Programme) *int32 { return &p.From }, "Từ năm", "Năm đầu", "first year")),
		required(intCol("to", func(p *model.Programme) *int32 { return &p.To }, "Đến năm", "Năm cuối", "last year")),
		textCol("decision_no", func(p *model.Programme) *string { return &p.DecisionNo },
			"Số QĐ", "Quyết định", "decision"),
		dateCol("decision_date", func(p *model.Programme) *model.Date { return &p.DecisionDate },
			"Ngày QĐ", "decision date"),
		required(column[model.Programme]{
			field: "indicators", kind: cText,
			aliases: []string{"Chỉ tiêu", "Các chỉ tiêu", "targets"},
			set: func(_ *model.Programme, v string, c *rowCtx) *model.Error {
				c.indicators = v
				return nil
			},
			get: func(p *model.Programme, _ *outCtx) value {
				return textVal(model.FormatIndicators(p.Indicators, p.From))
			},
		}),
		noteCol("notes", func(p *model.Programme) *string { return &p.Notes }, "note", "remarks"),
	},
	keyField: "programme_code",
	key:      func(p *model.Programme) string { return codeKey(p.Code) },
	existing: func(l *lookups, key string) (*model.Programme, bool) {
		id, ok := l.progByCode[key]
		if !ok {
			return nil, false
		}
		return programmes(l.snap).Get(id)
	},
	clone: func(p *model.Programme) *model.Programme {
		c := *p
		c.Indicators = append([]model.Indicator(nil), p.Indicators...)
		return &c
	},
	// The indicators are read once every cell is, since their years
	// depend on the period; an unreadable cell is reported by check.
	fill: func(p *model.Programme, c *rowCtx) {
		if c.indicators == "" {
			return
		}
		is, err := model.ParseIndicators(c.indicators, p.From, p.To)
		if err != nil {
			c.indicatorsErr = err
			return
		}
		p.Indicators = is
	},
	check: func(_ *model.Programme, c *rowCtx) model.Problems {
		if c.indicatorsErr != nil {
			return model.Problems{{Field: "indicators", Err: c.indicatorsErr}}
		}
		return nil
	},
}).build()

// programmeCol is the project's programme, named by its code.
func programmeCol() column[model.Project] {
	return column[model.Project]{
		field: "programme", kind: cText,
		aliases: []string{"Chương trình", "Mã chương trình", "programme code", "program"},
		set: func(p *model.Project, v string, c *rowCtx) *model.Error {
			p.Programme = 0
			if vntext.CleanLine(v) == "" {
				return nil
			}
			id, err := c.look.programme(v)
			if err == nil {
				pg, _ := programmes(c.look.snap).Get(id)
				c.deletedRef(pg.Deleted, "programme", vntext.CleanLine(v))
			}
			p.Programme = id
			return err
		},
		get: func(p *model.Project, x *outCtx) value {
			if pg, ok := programmes(x.snap).Get(p.Programme); ok && p.Programme != 0 {
				return textVal(pg.Code)
			}
			return textVal("")
		},
	}
}

func programmes(s *store.Snapshot) *store.Table[model.Programme] {
	return store.TableOf[model.Programme](s)
}

func (l *lookups) indexProgrammes() {
	l.progByCode = make(map[string]model.ID)
	t := programmes(l.snap)
	for i := range t.Len() {
		p := t.At(i)
		if _, seen := l.progByCode[codeKey(p.Code)]; !seen || !t.Deleted(i) {
			l.progByCode[codeKey(p.Code)] = p.ID
		}
	}
}

func (l *lookups) programme(code string) (model.ID, *model.Error) {
	if id, ok := l.progByCode[codeKey(code)]; ok {
		return id, nil
	}
	return 0, model.Errorf(MsgImportNoProgramme, vntext.CleanLine(code))
}
