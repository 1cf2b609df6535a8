package model

import (
	"strings"

	"khuyencong/vntext"
)

// maxProgrammeYears bounds a programme's period: programmes run for five
// years; ten leaves room for a programme "to 2030, vision to 2035".
const maxProgrammeYears = 10

// Validate checks a programme and returns every problem with its field.
func (p *Programme) Validate() Problems {
	var ps Problems
	ps.contestCode("programme_code", p.Code)
	ps.text("name", p.Name, maxLineRunes, true)
	ps.enum("level", int(p.Level), int(ProgrammeProvincial), true)
	for _, y := range []int32{p.From, p.To} {
		if y < minPlanYear || y > maxPlanYear {
			ps.add("from", MsgYearRange, minPlanYear, maxPlanYear)
		}
	}
	if p.To < p.From || p.To-p.From >= maxProgrammeYears {
		ps.add("to", MsgProgrammeYears, p.From, p.To)
	}
	ps.text("decision_no", p.DecisionNo, maxLineRunes, false)
	ps.date("decision_date", p.DecisionDate)
	ps.indicators(p)
	ps.text("notes", p.Notes, maxNoteRunes, false)
	return ps
}

func (ps *Problems) indicators(p *Programme) {
	if len(p.Indicators) == 0 {
		ps.add("indicators", MsgProgrammeNoIndicator)
	}
	years := int(p.To-p.From) + 1
	for i, in := range p.Indicators {
		if strings.TrimSpace(in.Name) == "" || in.Target < 0 || in.Measure < MeasureManual || in.Measure > MeasureCertified ||
			int(in.Category) >= len(categories) {
			ps.add("indicators", MsgProgrammeIndicator, i+1)
			continue
		}
		for _, vs := range [][]int64{in.Years, in.Done} {
			if len(vs) != 0 && len(vs) != years {
				ps.add("indicators", MsgProgrammeIndicatorYears, i+1, len(vs), years)
			}
			for _, v := range vs {
				if v < 0 {
					ps.add("indicators", MsgProgrammeIndicator, i+1)
				}
			}
		}
	}
}

// Sanitize cleans the programme's text in place.
func (p *Programme) Sanitize() {
	p.Code = vntext.CleanLine(p.Code)
	p.Name = vntext.CleanLine(p.Name)
	p.DecisionNo = vntext.CleanLine(p.DecisionNo)
	for i := range p.Indicators {
		in := &p.Indicators[i]
		// "|" separates an indicator's fields in files.
		in.Name = strings.ReplaceAll(vntext.CleanLine(in.Name), "|", "/")
		in.Unit = strings.ReplaceAll(vntext.CleanLine(in.Unit), "|", "/")
	}
	p.Notes = vntext.CleanText(p.Notes)
}
