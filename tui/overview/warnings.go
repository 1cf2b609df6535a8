package overview

import (
	"strings"

	"khuyencong/model"
	"khuyencong/tui/kit"
)

// warnList is the overview's list of warnings: those of the selected year
// (all of them for "all years"), one line each, with a cursor for enter.
type warnList struct {
	Items  []model.Warning
	other  int // warnings of the other years
	cursor int
	top    int
}

// set replaces the warnings, keeping the cursor on the same warning when
// it is still there.
func (l *warnList) set(ws []model.Warning, year int32) {
	var cur model.Warning
	had := l.cursor < len(l.Items)
	if had {
		cur = l.Items[l.cursor]
	}
	l.Items, l.other = model.WarningsOf(ws, year)
	l.cursor = 0
	if had {
		for i, w := range l.Items {
			if sameWarning(w, cur) {
				l.cursor = i
				break
			}
		}
	}
	l.top = min(l.top, l.cursor)
}

func sameWarning(a, b model.Warning) bool {
	return a.Kind == b.Kind && a.RecordKind == b.RecordKind && a.ID == b.ID && a.Year == b.Year && a.Source == b.Source
}

func (l *warnList) move(d int) {
	if len(l.Items) == 0 {
		return
	}
	l.cursor = min(max(l.cursor+d, 0), len(l.Items)-1)
}

func (l *warnList) Selected() (model.Warning, bool) {
	if l.cursor < 0 || l.cursor >= len(l.Items) {
		return model.Warning{}, false
	}
	return l.Items[l.cursor], true
}

// height is how many lines view draws with at most rows warning lines.
func (l *warnList) height(rows int) int {
	if len(l.Items) == 0 {
		return 1
	}
	return 1 + min(len(l.Items), rows)
}

// view draws the heading and a window of rows warnings around the cursor;
// each line starts with "!" so the list reads without colour.
func (l *warnList) view(c *kit.Session, width, rows int) string {
	st := c.Styles
	if len(l.Items) == 0 {
		line := st.Info.Render(c.T(MsgOvNoWarnings))
		if l.other > 0 {
			line += st.Muted.Render(" (" + c.T(MsgOvWarnOther, l.other) + ")")
		}
		return kit.Cut(line, width)
	}
	rows = max(rows, 1)
	if l.cursor < l.top {
		l.top = l.cursor
	}
	if l.cursor >= l.top+rows {
		l.top = l.cursor - rows + 1
	}
	l.top = min(max(l.top, 0), max(len(l.Items)-rows, 0))
	head := st.Heading.Render(c.T(MsgOvWarnings, len(l.Items)))
	if l.other > 0 {
		head += st.Muted.Render(" " + c.T(MsgOvWarnOther, l.other))
	}
	if len(l.Items) > rows {
		head += st.Muted.Render("  " + c.T(MsgOvWarnPos, l.cursor+1, len(l.Items)))
	}
	out := []string{kit.Cut(head, width)}
	mark, pad := "▸ ", "  "
	if st.Ascii {
		mark = "> "
	}
	for i := l.top; i < min(l.top+rows, len(l.Items)); i++ {
		w := l.Items[i]
		text := "! " + w.Text(c.Lang)
		if i == l.cursor {
			out = append(out, st.Selected.Render(kit.PadRight(kit.Cut(mark+text, width), width)))
		} else {
			out = append(out, st.Warn.Render(kit.Cut(pad+text, width)))
		}
	}
	return strings.Join(out, "\n")
}
