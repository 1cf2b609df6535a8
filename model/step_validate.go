package model

import (
	"strings"

	"khuyencong/vntext"
)

// Validate checks a step on its own; whether it may follow the project's
// other steps is Life.CheckNext, which the store asks.
func (s *Step) Validate() Problems {
	var ps Problems
	if s.Project == 0 {
		ps.add("project", MsgChoose)
	}
	ps.enum("stage", int(s.Stage), int(StageRejected), true)
	if s.Date == 0 {
		ps.add("date", MsgRequired)
	} else {
		ps.date("date", s.Date)
	}
	// The approval decision and the acceptance minutes are what the
	// steps rest on: their number is required.
	ps.text("doc_no", s.DocNo, maxLineRunes, s.Stage == StageApproved || s.Stage == StageAccepted)
	if s.Stage == StageAppraised && (s.Score < 1 || s.Score > 100) {
		ps.add("score", MsgStepScore)
	}
	if s.Stage == StageAdjusted {
		ps.enum("approver", int(s.Approver), int(ApproverSo), true)
		ps.text("change", s.Change, maxLineRunes, true)
	} else {
		ps.enum("approver", int(s.Approver), int(ApproverSo), false)
		ps.text("change", s.Change, maxLineRunes, false)
	}
	ps.text("notes", s.Notes, maxNoteRunes, false)
	return ps
}

// Sanitize cleans the step's text fields.
func (s *Step) Sanitize() {
	s.DocNo = vntext.CleanLine(s.DocNo)
	s.Change = vntext.CleanLine(s.Change)
	s.Notes = vntext.CleanText(s.Notes)
}

// matchName reports whether s names one of the names, ignoring case and
// diacritics.
func matchName(s string, names ...string) bool {
	key := vntext.Fold(strings.TrimSpace(s))
	if key == "" {
		return false
	}
	for _, n := range names {
		if key == vntext.Fold(n) {
			return true
		}
	}
	return false
}
