package lists

import (
	"strconv"
	"strings"

	"khuyencong/model"
	"khuyencong/tui/kit"
)

// projectHistory lists the project's steps, oldest first: date, step,
// document, who recorded it and the details each kind of step carries.
func projectHistory(c *kit.Session, d *doc, p *model.Project) {
	life := c.Snap.LifeOf(p.ID)
	var lines []string
	for _, s := range life.Steps {
		parts := []string{s.Date.String(), s.Stage.Label(c.Lang)}
		if s.DocNo != "" {
			parts = append(parts, s.DocNo)
		}
		if s.Score > 0 {
			parts = append(parts, c.T(MsgStepScoreShown, strconv.Itoa(int(s.Score))))
		}
		if s.Stage == model.StageAdjusted {
			parts = append(parts, s.Change+" ("+s.Approver.Label(c.Lang)+")")
		}
		if s.UpdatedBy != "" {
			parts = append(parts, s.UpdatedBy)
		}
		text := strings.Join(parts, " "+c.Styles.Dot+" ")
		if s.Notes != "" {
			text += ": " + s.Notes
		}
		lines = append(lines, d.Bullet(text))
	}
	if len(lines) == 0 {
		lines = []string{c.Styles.Muted.Render(c.T(MsgStepsNone))}
	}
	d.section(c.T(MsgStepsTitle, len(life.Steps)), lines...)
}
