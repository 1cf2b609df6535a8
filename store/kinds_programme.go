package store

import (
	"strconv"

	"khuyencong/model"
	"khuyencong/vntext"
)

// bucketProgrammeIdx is the unique index of programme codes.
var bucketProgrammeIdx = []byte("idx_programme_code") // folded code → programme ID (live only)

func programmeKind() *kindDesc {
	return kindSpec[model.Programme, *model.Programme]{
		kind: model.KindProgramme, index: bucketProgrammeIdx,
		dec: decodeProgramme, enc: encodeProgramme, fields: programmeFields,
		unique: func(p *model.Programme) (string, string, string) {
			return vntext.Fold(p.Code), p.Code, "programme_code"
		},
		text:  func(tb *textBuf, p *model.Programme, _ namer) { tb.programme(p) },
		rules: checkProgramme,
	}.desc()
}

func programmeFields(v *model.Programme) []field {
	return []field{
		{"programme_code", v.Code}, {"name", v.Name}, {"programme_level", v.Level.Code()},
		{"from", num(v.From)}, {"to", num(v.To)},
		{"decision_no", v.DecisionNo}, {"decision_date", v.DecisionDate.String()},
		{"indicators", model.FormatIndicators(v.Indicators, v.From)}, {"notes", v.Notes},
	}
}

func (t *textBuf) programme(p *model.Programme) {
	t.reset()
	t.add(p.Code)
	t.add(p.Name)
	t.add(strconv.Itoa(int(p.From)) + "-" + strconv.Itoa(int(p.To)))
	t.add(p.DecisionNo)
}

// checkProgramme: a programme is a decision of the Ministry or the
// province, so only an admin records or changes it (an import by an admin
// included).
func checkProgramme(w *wtx, _, _ *model.Programme) error {
	if !w.admin() {
		return coded(ErrForbidden, nil, MsgStoreProgrammeAdmin, vntext.CleanLine(w.who.Name))
	}
	return nil
}

// checkProjectProgramme: a project that names a programme falls in its
// period (the reference itself is checked with the others).
func checkProjectProgramme(w *wtx, _, p *model.Project) error {
	if p.Programme == 0 {
		return nil
	}
	// The references were checked before the rules run: the programme
	// is there, and an error here is the database's.
	r, err := w.current(model.KindProgramme, p.Programme)
	if err != nil {
		return err
	}
	pg := r.(*model.Programme)
	if !pg.Covers(p.Year) {
		return model.Problems{{Field: "programme", Err: model.Errorf(model.MsgProjectProgrammeYear, p.Year, pg.From, pg.To, pg.Code)}}
	}
	return nil
}
