package model

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Criterion is one criteria group of the score sheet and its most points.
type Criterion struct {
	Name string `json:"name"`
	Max  int32  `json:"max"`
}

// ContestRules are a round's figures. Each round carries its own copy, so
// that a later change of the circular or of an admin's choice leaves the
// rounds already scored as they were.
type ContestRules struct {
	// Basis is the legal basis the figures come from.
	Basis string `json:"basis"`
	// PassMark: an entry is selected when its average is at least this.
	PassMark int32 `json:"pass_mark"`
	// ValidYears: a certificate is valid until 31/12 of the year this many
	// years after the year it was issued.
	ValidYears int32 `json:"valid_years"`
	// ComplaintDays is the complaint window and AnswerDays the time to
	// answer, both in working days.
	ComplaintDays int32       `json:"complaint_days"`
	AnswerDays    int32       `json:"answer_days"`
	Criteria      []Criterion `json:"criteria"`
}

// contestDefaults is the shipped copy of the circular's figures: data with
// its basis, not constants, so that a change of the circular is a change
// of this file (or of a round's rules by an admin), not of the code.
//
//go:embed contest_rules.json
var contestDefaults []byte

// DefaultContestRules are the figures a new round starts with: pass mark
// 70 of 100, certificate valid until 31/12 of the third year, complaints
// within 15 working days answered within 10 (TT 26/2014/TT-BCT as amended
// by TT 14/2018/TT-BCT and TT 38/2025/TT-BCT).
func DefaultContestRules() ContestRules {
	var r ContestRules
	if err := json.Unmarshal(contestDefaults, &r); err != nil {
		// The file is compiled in and checked by a test.
		panic(fmt.Sprintf("contest_rules.json: %v", err))
	}
	return r
}

// MaxTotal is the most points a sheet can give.
func (r *ContestRules) MaxTotal() int32 {
	var t int32
	for _, c := range r.Criteria {
		t += c.Max
	}
	return t
}

// Equal reports whether two sets of rules are the same figures.
func (r *ContestRules) Equal(o *ContestRules) bool {
	if r.Basis != o.Basis || r.PassMark != o.PassMark || r.ValidYears != o.ValidYears ||
		r.ComplaintDays != o.ComplaintDays || r.AnswerDays != o.AnswerDays || len(r.Criteria) != len(o.Criteria) {
		return false
	}
	for i := range r.Criteria {
		if r.Criteria[i] != o.Criteria[i] {
			return false
		}
	}
	return true
}

// Validate checks the figures: at least one criterion, each with a name
// and a positive maximum, and a pass mark the maximum can reach.
func (r *ContestRules) Validate() Problems {
	var ps Problems
	if len(r.Criteria) == 0 || len(r.Criteria) > maxCriteria {
		ps.add("criteria", MsgContestCriteriaCount, maxCriteria)
	}
	for i, c := range r.Criteria {
		if strings.TrimSpace(c.Name) == "" || c.Max <= 0 || c.Max > 1000 {
			ps.add("criteria", MsgContestCriterion, i+1)
		}
	}
	if r.PassMark <= 0 || r.PassMark > r.MaxTotal() {
		ps.add("pass_mark", MsgContestPassMark, r.MaxTotal())
	}
	if r.ValidYears < 0 || r.ValidYears > 20 {
		ps.add("valid_years", MsgContestRange, 0, 20)
	}
	for _, d := range []struct {
		f string
		v int32
	}{{"complaint_days", r.ComplaintDays}, {"answer_days", r.AnswerDays}} {
		if d.v < 0 || d.v > 365 {
			ps.add(d.f, MsgContestRange, 0, 365)
		}
	}
	ps.text("basis", r.Basis, maxLineRunes, false)
	return ps
}

// maxCriteria bounds the criteria groups, and so a sheet's scores.
const maxCriteria = 12

// FormatCriteria writes the criteria as one cell: "name:max; name:max".
func FormatCriteria(cs []Criterion) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = fmt.Sprintf("%s:%d", c.Name, c.Max)
	}
	return strings.Join(parts, "; ")
}

// ParseCriteria reads what FormatCriteria writes.
func ParseCriteria(s string) ([]Criterion, *Error) {
	var out []Criterion
	for part := range strings.SplitSeq(s, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		i := strings.LastIndexByte(part, ':')
		if i <= 0 {
			return nil, Errorf(MsgContestCriteriaCell, part)
		}
		n, err := strconv.ParseInt(strings.TrimSpace(part[i+1:]), 10, 32)
		if err != nil || n <= 0 {
			return nil, Errorf(MsgContestCriteriaCell, part)
		}
		out = append(out, Criterion{Name: strings.TrimSpace(part[:i]), Max: int32(n)})
	}
	if len(out) == 0 {
		return nil, Errorf(MsgContestCriteriaCell, s)
	}
	return out, nil
}
