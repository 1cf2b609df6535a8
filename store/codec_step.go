package store

import (
	"khuyencong/i18n"
	"khuyencong/model"
)

const fmtStep = 1

func encodeStep(w *writer, s *model.Step) {
	w.byte(fmtStep)
	w.meta(&s.Meta)
	w.u(uint64(s.Project))
	w.byte(byte(s.Stage))
	w.i(int64(s.Date))
	w.str(s.DocNo)
	w.i(int64(s.Score))
	w.byte(byte(s.Approver))
	w.str(s.Change)
	w.str(s.Notes)
}

func decodeStep(r *reader, s *model.Step) error {
	r.format(fmtStep)
	r.meta(&s.Meta)
	s.Project = model.ID(r.u32())
	s.Stage = model.Stage(r.byte())
	s.Date = model.Date(r.i32())
	s.DocNo = r.str()
	s.Score = r.i32()
	s.Approver = model.Approver(r.byte())
	s.Change = r.str()
	s.Notes = r.str()
	return r.done()
}

func stepFields(v *model.Step) []field {
	return []field{
		{"project", ids([]model.ID{v.Project})}, {"stage", v.Stage.Code()},
		{"date", v.Date.String()}, {"doc_no", v.DocNo}, {"score", num(v.Score)},
		{"approver", approverText(v.Approver)}, {"change", v.Change}, {"notes", v.Notes},
	}
}

// step's search text includes the project's code.
func (t *textBuf) step(s *model.Step, n namer) {
	t.reset()
	t.add(n.projectCode(s.Project))
	t.add(s.DocNo)
	t.add(s.Stage.Code())
	t.add(s.Change)
}

func approverText(a model.Approver) string {
	if a == model.ApproverNone {
		return ""
	}
	return a.Label(i18n.VI)
}
