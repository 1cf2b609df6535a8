package overview

import (
	"slices"

	"khuyencong/model"
)

// withDeadlines is the summary's warnings and, on the session's day, the
// projects' paperwork due within the settings' window or late (dates as
// data in Settings.Deadlines). They depend on the day, so they are not in
// the summary, which only changes with the data.
func (o *Overview) withDeadlines(ws []model.Warning) []model.Warning {
	snap := o.Money.Data.Snap
	if snap == nil {
		return ws
	}
	today := model.DateOf(o.c.Config.Time())
	due := model.DeadlineWarnings(snap.Projects().All(), snap.Lives(), snap.Settings.Deadlines, today)
	if len(due) == 0 {
		return ws
	}
	return append(slices.Clip(ws), due...)
}
