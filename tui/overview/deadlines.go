package overview

import (
	"slices"

	"khuyencong/model"
	"khuyencong/store"
)

// withDeadlines is the summary's warnings and, on the session's day, the
// projects' paperwork due within the settings' window or late (dates as
// data in Settings.Deadlines), and the contest complaints waiting for an
// answer past or near their round's answer deadline. They depend on the
// day, so they are not in the summary, which only changes with the data.
func (o *Overview) withDeadlines(ws []model.Warning) []model.Warning {
	snap := o.Money.Data.Snap
	if snap == nil {
		return ws
	}
	today := model.DateOf(o.c.Config.Time())
	dl := snap.Settings.Deadlines
	due := model.DeadlineWarnings(snap.Projects().All(), snap.Lives(), dl, today)
	rounds := store.TableOf[model.Round](snap)
	due = append(due, model.ComplaintWarnings(store.TableOf[model.Entry](snap).All(), rounds.Get, dl.Soon, today)...)
	if len(due) == 0 {
		return ws
	}
	return append(slices.Clip(ws), due...)
}
