package audit

import (
	"strconv"
	"strings"
	"time"

	"khuyencong/model"
	"khuyencong/store"
)

// auditLimit bounds one query; older entries are reached by narrowing it.
const auditLimit = 1000

// parseAuditQuery reads the audit tab's query line. Words:
//
//	@lan, user:lan       entries by that user
//	cs#12, f#12          facility 12 (cơ sở); da#3, p#3 project 3; #12 any kind
//	12/05/2026           that day; từ:01/05/2026 from:…, đến:31/05/2026 to:…
//
// An unknown word is refused with its text, so a typo never silently
// widens the search.
func parseAuditQuery(s string, loc *time.Location) (store.AuditQuery, error) {
	q := store.AuditQuery{Limit: auditLimit}
	for _, w := range strings.Fields(s) {
		if err := auditWord(&q, w, loc); err != nil {
			return q, err
		}
	}
	return q, nil
}

func auditWord(q *store.AuditQuery, w string, loc *time.Location) error {
	lw := strings.ToLower(w)
	for _, p := range []string{"@", "user:", "u:"} {
		if v, ok := strings.CutPrefix(lw, p); ok && v != "" {
			q.Actor = w[len(p):]
			return nil
		}
	}
	if kind, id, ok := recordRef(lw); ok {
		q.Kind, q.ID = kind, id
		return nil
	}
	for _, p := range []string{"từ:", "from:"} {
		if v, ok := strings.CutPrefix(lw, p); ok {
			d, err := dayOf(v, loc)
			q.From = d
			return err
		}
	}
	for _, p := range []string{"đến:", "to:"} {
		if v, ok := strings.CutPrefix(lw, p); ok {
			d, err := dayOf(v, loc)
			q.To = d.AddDate(0, 0, 1)
			return err
		}
	}
	if d, err := dayOf(lw, loc); err == nil {
		q.From, q.To = d, d.AddDate(0, 0, 1)
		return nil
	}
	return model.Errorf(MsgAuditBadWord, w)
}

// recordRef reads "cs#12", "da#3" or "#12".
func recordRef(w string) (model.Kind, model.ID, bool) {
	pre, num, ok := strings.Cut(w, "#")
	if !ok {
		return 0, 0, false
	}
	n, err := strconv.ParseUint(num, 10, 32)
	if err != nil || n == 0 {
		return 0, 0, false
	}
	switch pre {
	case "":
		return 0, model.ID(n), true
	case "cs", "f":
		return model.KindFacility, model.ID(n), true
	case "da", "p":
		return model.KindProject, model.ID(n), true
	case "kp", "a":
		return model.KindAllocation, model.ID(n), true
	case "gn", "pay":
		return model.KindPayment, model.ID(n), true
	}
	return 0, 0, false
}

// dayOf is the start of a day written as the users write dates.
func dayOf(s string, loc *time.Location) (time.Time, error) {
	d, err := model.ParseDate(s)
	if err != nil || d == 0 {
		return time.Time{}, model.Errorf(MsgAuditBadWord, s)
	}
	return time.Date(d.Year(), d.Time().Month(), d.Time().Day(), 0, 0, 0, 0, loc), nil
}
