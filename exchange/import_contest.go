package exchange

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"khuyencong/model"
	"khuyencong/vntext"
)

// contestLookups finds rounds and entries by code and sheets by their
// round, entry and member, for the contest kinds' rows.
type contestLookups struct {
	roundByCode map[string]model.ID
	entryByCode map[string]model.ID
	sheetByKey  map[string]model.ID
}

func (l *lookups) indexContest() {
	c := &contestLookups{roundByCode: map[string]model.ID{}, entryByCode: map[string]model.ID{}, sheetByKey: map[string]model.ID{}}
	for r := range contestTables(l.snap).rounds.Scan() {
		c.roundByCode[codeKey(r.Code)] = r.ID
	}
	for e := range contestTables(l.snap).entries.Scan() {
		c.entryByCode[codeKey(e.Code)] = e.ID
	}
	for s := range contestTables(l.snap).sheets.Scan() {
		c.sheetByKey[sheetKey(s)] = s.ID
	}
	l.contest = c
}

func sheetKey(s *model.ScoreSheet) string {
	return fmt.Sprintf("%d/%d/%s", s.Round, s.Entry, vntext.Fold(s.Member))
}

func (l *lookups) round(code string) (model.ID, *model.Error) {
	if id, ok := l.contest.roundByCode[codeKey(code)]; ok {
		return id, nil
	}
	return 0, model.Errorf(MsgImportNoRound, code)
}

func (l *lookups) entry(code string) (model.ID, *model.Error) {
	if id, ok := l.contest.entryByCode[codeKey(code)]; ok {
		return id, nil
	}
	return 0, model.Errorf(MsgImportNoEntry, code)
}

// boolCol reads "x", "có", "yes", "1" as true and "không", "no", "0" as
// false; it writes "x" or nothing.
func boolCol[T any](field string, ptr func(*T) *bool, aliases ...string) column[T] {
	return column[T]{
		field: field, kind: cText, aliases: aliases,
		set: func(r *T, v string, _ *rowCtx) *model.Error {
			switch vntext.Fold(v) {
			case "x", "co", "yes", "1", "true", "dat":
				*ptr(r) = true
			case "khong", "no", "0", "false", "-":
				*ptr(r) = false
			default:
				return model.Errorf(MsgImportYesNo, v)
			}
			return nil
		},
		get: func(r *T, _ *outCtx) value {
			if *ptr(r) {
				return textVal("x")
			}
			return textVal("")
		},
	}
}

// listCol reads a list separated by ';' or line breaks.
func listCol[T any](field string, ptr func(*T) *[]string, aliases ...string) column[T] {
	return column[T]{
		field: field, kind: cText, aliases: aliases,
		set: func(r *T, v string, _ *rowCtx) *model.Error {
			var out []string
			for _, s := range strings.FieldsFunc(v, func(r rune) bool { return r == ';' || r == '\n' }) {
				if s = strings.TrimSpace(s); s != "" {
					out = append(out, s)
				}
			}
			*ptr(r) = out
			return nil
		},
		get: func(r *T, _ *outCtx) value { return textVal(strings.Join(*ptr(r), "; ")) },
	}
}

// roundRef is a column naming a round by its code.
func roundRef[T any](ptr func(*T) *model.ID, aliases ...string) column[T] {
	return column[T]{
		field: "round", kind: cText, aliases: aliases,
		set: func(r *T, v string, c *rowCtx) *model.Error {
			var err *model.Error
			*ptr(r), err = c.look.round(v)
			return err
		},
		get: func(r *T, x *outCtx) value {
			if rd, ok := contestTables(x.snap).rounds.Get(*ptr(r)); ok {
				return textVal(rd.Code)
			}
			return textVal("")
		},
	}
}

// roundSpec: the columns of a round sheet. Rules left blank take the
// defaults.
var roundSpec = (&spec[model.Round]{
	kind: model.KindRound,
	year: func(r *model.Round) int32 { return r.Year },
	look: func(l *lookups) { l.indexContest() },
	columns: []column[model.Round]{
		required(textCol("round_code", func(r *model.Round) *string { return &r.Code }, "Mã đợt bình chọn", "round")),
		required(textCol("name", func(r *model.Round) *string { return &r.Name }, "Tên đợt", "round name")),
		required(enumCol("level", func(r *model.Round) *model.ContestLevel { return &r.Level },
			model.ParseContestLevel, model.AllContestLevels, "Cấp")),
		required(intCol("year", func(r *model.Round) *int32 { return &r.Year }, "Năm bình chọn")),
		textCol("decision_no", func(r *model.Round) *string { return &r.DecisionNo }, "Quyết định tổ chức"),
		dateCol("decision_date", func(r *model.Round) *model.Date { return &r.DecisionDate }),
		dateCol("reg_open", func(r *model.Round) *model.Date { return &r.RegOpen }),
		dateCol("reg_close", func(r *model.Round) *model.Date { return &r.RegClose }),
		dateCol("scoring_date", func(r *model.Round) *model.Date { return &r.ScoringDate }),
		dateCol("results_date", func(r *model.Round) *model.Date { return &r.ResultsDate }),
		required(enumCol("round_status", func(r *model.Round) *model.RoundStatus { return &r.Status },
			model.ParseRoundStatus, model.AllRoundStatuses, "Trạng thái")),
		textCol("results_decision", func(r *model.Round) *string { return &r.ResultsDecision }),
		boolCol("needs_lower", func(r *model.Round) *bool { return &r.NeedsLower }),
		listCol("council", func(r *model.Round) *[]string { return &r.Council }, "Thành viên hội đồng"),
		textCol("basis", func(r *model.Round) *string { return &r.Rules.Basis }),
		intCol("pass_mark", func(r *model.Round) *int32 { return &r.Rules.PassMark }),
		intCol("valid_years", func(r *model.Round) *int32 { return &r.Rules.ValidYears }),
		intCol("complaint_days", func(r *model.Round) *int32 { return &r.Rules.ComplaintDays }),
		intCol("answer_days", func(r *model.Round) *int32 { return &r.Rules.AnswerDays }),
		{
			field: "criteria", kind: cText,
			set: func(r *model.Round, v string, _ *rowCtx) *model.Error {
				var err *model.Error
				r.Rules.Criteria, err = model.ParseCriteria(v)
				return err
			},
			get: func(r *model.Round, _ *outCtx) value { return textVal(model.FormatCriteria(r.Rules.Criteria)) },
		},
		noteCol("notes", func(r *model.Round) *string { return &r.Notes }, "note"),
	},
	keyField: "round_code",
	key:      func(r *model.Round) string { return codeKey(r.Code) },
	existing: func(l *lookups, key string) (*model.Round, bool) {
		id, ok := l.contest.roundByCode[key]
		if !ok {
			return nil, false
		}
		return contestTables(l.snap).rounds.Get(id)
	},
	clone: func(r *model.Round) *model.Round {
		c := *r
		c.Council = append([]string(nil), r.Council...)
		c.Rules.Criteria = append([]model.Criterion(nil), r.Rules.Criteria...)
		return &c
	},
	fill: fillRoundRules,
}).build()

// fillRoundRules gives a round the default figures it does not state.
func fillRoundRules(r *model.Round, _ *rowCtx) {
	def := model.DefaultContestRules()
	if r.Rules.Basis == "" && r.Rules.PassMark == 0 && len(r.Rules.Criteria) == 0 {
		r.Rules.Basis = def.Basis
	}
	if r.Rules.PassMark == 0 {
		r.Rules.PassMark = def.PassMark
	}
	if r.Rules.ValidYears == 0 {
		r.Rules.ValidYears = def.ValidYears
	}
	if r.Rules.ComplaintDays == 0 {
		r.Rules.ComplaintDays = def.ComplaintDays
	}
	if r.Rules.AnswerDays == 0 {
		r.Rules.AnswerDays = def.AnswerDays
	}
	if len(r.Rules.Criteria) == 0 {
		r.Rules.Criteria = def.Criteria
	}
}

// entrySpec: the columns of an entry sheet; the round is named by its
// code and the facility as a project's beneficiaries are.
var entrySpec = (&spec[model.Entry]{
	kind: model.KindEntry,
	look: func(l *lookups) { l.indexFacilities(true); l.indexContest() },
	columns: append([]column[model.Entry]{
		required(textCol("entry_code", func(e *model.Entry) *string { return &e.Code }, "Số ĐK", "Mã sản phẩm", "registration no")),
		required(roundRef(func(e *model.Entry) *model.ID { return &e.Round }, "Mã đợt", "Đợt")),
		required(column[model.Entry]{
			field: "facility", kind: cText, aliases: []string{"Tên cơ sở", "Cơ sở sản xuất", "Đơn vị", "MST"},
			set: func(e *model.Entry, v string, c *rowCtx) *model.Error {
				var err *model.Error
				e.Facility, err = c.look.facility(vntext.CleanLine(v))
				return err
			},
			get: func(e *model.Entry, x *outCtx) value {
				return getBeneficiaries(&model.Project{Beneficiaries: []model.ID{e.Facility}}, x)
			},
		}),
		required(textCol("product", func(e *model.Entry) *string { return &e.Product }, "Tên sản phẩm", "product name")),
		required(enumCol("product_group", func(e *model.Entry) *model.ProductGroup { return &e.Group },
			model.ParseProductGroup, model.AllProductGroups, "Nhóm", "group")),
	}, entryTail()...),
	keyField: "entry_code",
	key:      func(e *model.Entry) string { return codeKey(e.Code) },
	existing: func(l *lookups, key string) (*model.Entry, bool) {
		id, ok := l.contest.entryByCode[key]
		if !ok {
			return nil, false
		}
		return contestTables(l.snap).entries.Get(id)
	},
	clone: func(e *model.Entry) *model.Entry { c := *e; return &c },
}).build()

func entryTail() []column[model.Entry] {
	var cols []column[model.Entry]
	for i := range model.DossierItems {
		cols = append(cols, dateCol(model.DossierField(i), func(e *model.Entry) *model.Date { return &e.Dossier[i] }))
	}
	return append(cols,
		textCol("lower_cert", func(e *model.Entry) *string { return &e.LowerCert }),
		boolCol("nominated", func(e *model.Entry) *bool { return &e.Nominated }),
		textCol("cert_no", func(e *model.Entry) *string { return &e.CertNo }, "Số GCN"),
		textCol("cert_decision", func(e *model.Entry) *string { return &e.CertDecision }),
		dateCol("cert_date", func(e *model.Entry) *model.Date { return &e.CertDate }),
		dateCol("valid_until", func(e *model.Entry) *model.Date { return &e.ValidUntil }),
		dateCol("complaint_date", func(e *model.Entry) *model.Date { return &e.ComplaintDate }),
		dateCol("answer_date", func(e *model.Entry) *model.Date { return &e.AnswerDate }),
		noteCol("complaint", func(e *model.Entry) *string { return &e.Complaint }),
		noteCol("notes", func(e *model.Entry) *string { return &e.Notes }, "note"),
	)
}

// sheetSpec: the columns of a score sheet: the entry by its code, the
// member, and the scores in the round's criteria order ("25 35 15 8").
// The round is the entry's.
var sheetSpec = (&spec[model.ScoreSheet]{
	kind: model.KindScoreSheet,
	look: func(l *lookups) { l.indexContest() },
	columns: []column[model.ScoreSheet]{
		roundRef(func(s *model.ScoreSheet) *model.ID { return &s.Round }, "Mã đợt", "Đợt"),
		required(column[model.ScoreSheet]{
			field: "entry", kind: cText, aliases: []string{"Số đăng ký", "Số ĐK", "Mã sản phẩm"},
			set: func(s *model.ScoreSheet, v string, c *rowCtx) *model.Error {
				var err *model.Error
				s.Entry, err = c.look.entry(v)
				return err
			},
			get: func(s *model.ScoreSheet, x *outCtx) value {
				if e, ok := contestTables(x.snap).entries.Get(s.Entry); ok {
					return textVal(e.Code)
				}
				return textVal("")
			},
		}),
		required(textCol("member", func(s *model.ScoreSheet) *string { return &s.Member }, "Thành viên", "Người chấm")),
		required(column[model.ScoreSheet]{
			field: "scores", kind: cText, aliases: []string{"Điểm thành phần", "Điểm các nhóm tiêu chí"},
			set: func(s *model.ScoreSheet, v string, _ *rowCtx) *model.Error {
				var err *model.Error
				s.Scores, err = parseScores(v)
				return err
			},
			get: func(s *model.ScoreSheet, _ *outCtx) value {
				parts := make([]string, len(s.Scores))
				for i, v := range s.Scores {
					parts[i] = strconv.Itoa(int(v))
				}
				return textVal(strings.Join(parts, " "))
			},
		}),
		noteCol("notes", func(s *model.ScoreSheet) *string { return &s.Notes }, "note"),
	},
	keyField: "member",
	key:      func(s *model.ScoreSheet) string { return sheetKey(s) },
	existing: func(l *lookups, key string) (*model.ScoreSheet, bool) {
		id, ok := l.contest.sheetByKey[key]
		if !ok {
			return nil, false
		}
		return contestTables(l.snap).sheets.Get(id)
	},
	clone: func(s *model.ScoreSheet) *model.ScoreSheet {
		c := *s
		c.Scores = append([]int32(nil), s.Scores...)
		return &c
	},
	fill:  fillSheetRound,
	check: checkSheetRow,
}).build()

// fillSheetRound takes the round from the entry when the file has none.
func fillSheetRound(s *model.ScoreSheet, c *rowCtx) {
	if e, ok := contestTables(c.look.snap).entries.Get(s.Entry); ok && s.Round == 0 {
		s.Round = e.Round
	}
}

// checkSheetRow checks the scores against the round's criteria, so that
// the row report says which score is out of range.
func checkSheetRow(s *model.ScoreSheet, c *rowCtx) model.Problems {
	r, ok := contestTables(c.look.snap).rounds.Get(s.Round)
	if !ok {
		return nil
	}
	return s.CheckScores(r)
}

// parseScores reads whole scores separated by spaces, ';', '+' or '/'.
func parseScores(v string) ([]int32, *model.Error) {
	var out []int32
	parts := strings.FieldsFunc(v, func(r rune) bool { return r == ';' || r == '+' || r == '/' || unicode.IsSpace(r) })
	if len(parts) == 0 {
		return nil, model.Errorf(MsgImportScores, v)
	}
	for _, part := range parts {
		n, err := strconv.ParseInt(part, 10, 32)
		if err != nil || n < 0 {
			return nil, model.Errorf(MsgImportScores, v)
		}
		out = append(out, int32(n))
	}
	return out, nil
}
