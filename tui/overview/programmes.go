package overview

import (
	"strconv"
	"strings"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
)

// The programme block: for each programme in force in the selected year
// (national first), each indicator's target for the period, what is done
// by the end of the year and its share, with a bar whose tick marks the
// pace (what the yearly targets ask for by then). An indicator short of
// its pace is flagged. Every figure is model.Programme.ProgressOf, which
// the periodic report prints too.

// programmesBlock is "" when no programme covers the year (or for all
// years, when the clock's year decides).
func programmesBlock(c *kit.Session, snap *store.Snapshot, year int32, width int) string {
	if year == 0 {
		year = int32(c.Config.Time().Year())
	}
	pgs := model.ProgrammesOf(store.TableOf[model.Programme](snap).All(), year)
	if len(pgs) == 0 {
		return ""
	}
	data := model.ProgressData{Projects: snap.Projects().All(), Entries: store.TableOf[model.Entry](snap).All()}
	parts := make([]string, len(pgs))
	for i, pg := range pgs {
		parts[i] = programmeTable(c, pg, pg.ProgressOf(data, year), year, width)
	}
	return strings.Join(parts, "\n\n")
}

// Column widths of the indicator table; the name takes what is left.
const (
	colUnit   = 9
	colNumber = 10
	colPct    = 5
	minBar    = 8
	maxBar    = 24
	minName   = 30
)

func programmeTable(c *kit.Session, pg *model.Programme, ps []model.Progress, year int32, width int) string {
	st := c.Styles
	title := pg.Name
	if pg.DecisionNo != "" {
		title += " · " + c.T(MsgPgDecision, pg.DecisionNo)
	}
	tick := "│"
	if st.Ascii {
		tick = "|"
	}
	sub := c.T(MsgPgYearOf, year, year-pg.From+1, pg.To-pg.From+1, tick)
	lines := []string{st.Heading.Render(kit.Cut(title, width)), st.Muted.Render(kit.Cut(sub, width))}
	// The bar takes what is left once the name has room for most
	// indicators' names; on a narrow terminal it goes before the names do.
	fixed := colUnit + 2*colNumber + colPct + 4
	bar := min(width-fixed-minName-1, maxBar)
	name := width - fixed
	if bar >= minBar {
		name -= bar + 1
	} else {
		bar = 0
	}
	head := kit.PadRight(c.T(MsgPgIndicator), name) + " " + kit.PadRight(c.T(MsgPgUnit), colUnit) + " " +
		kit.PadLeft(c.T(MsgPgTarget), colNumber) + " " + kit.PadLeft(c.T(MsgPgDone), colNumber) + " " + kit.PadLeft("%", colPct)
	lines = append(lines, st.Label.Render(kit.Cut(head, width)))
	behind := 0
	for _, p := range ps {
		row := kit.PadRight(kit.Cut(p.Indicator.Name, name), name) + " " + kit.PadRight(kit.Cut(p.Indicator.Unit, colUnit), colUnit) + " " +
			kit.PadLeft(indicatorValue(c, p.Indicator, p.Indicator.Target), colNumber) + " " +
			kit.PadLeft(indicatorValue(c, p.Indicator, p.Done[model.DoneTotal]), colNumber) + " " +
			kit.PadLeft(pctText(p), colPct)
		if bar > 0 {
			row += " " + paceBar(c, p, bar)
		}
		if p.Behind() {
			behind++
		}
		lines = append(lines, kit.Cut(row, width))
	}
	if behind > 0 {
		lines = append(lines, st.Warn.Render(kit.Cut(c.T(MsgPgBehind, behind), width)))
	}
	return strings.Join(lines, "\n")
}

// indicatorValue shows money as money and counts grouped.
func indicatorValue(c *kit.Session, in model.Indicator, v int64) string {
	if in.Measure == model.MeasureSupport {
		return kit.MoneyShort(model.Money(v), c.Styles.Ascii)
	}
	return kit.GroupInt(v)
}

func pctText(p model.Progress) string {
	pct, ok := p.Pct()
	if !ok {
		return "–"
	}
	return strconv.FormatInt(pct, 10) + "%"
}

// paceBar fills the share done (capped at the width) and puts a tick where
// the pace stands; ASCII terminals get # . and |.
func paceBar(c *kit.Session, p model.Progress, w int) string {
	full, empty, tick := "█", "░", "│" // the same tick as MsgPgYearOf names
	if c.Styles.Ascii {
		full, empty, tick = "#", ".", "|"
	}
	target := p.Indicator.Target
	if target <= 0 {
		return ""
	}
	done := int(min(p.Done[model.DoneTotal]*int64(w)/target, int64(w)))
	due := int(min(p.Due*int64(w)/target, int64(w-1)))
	var b strings.Builder
	for i := range w {
		switch {
		case i == due && i >= done:
			b.WriteString(tick)
		case i < done:
			b.WriteString(full)
		default:
			b.WriteString(empty)
		}
	}
	s := b.String()
	if p.Behind() {
		return c.Styles.Warn.Render(s)
	}
	return s
}
