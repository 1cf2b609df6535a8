package contest

import (
	"fmt"
	"strings"

	"khuyencong/tui/kit"
)

// Widths of the grid's columns.
const (
	gwCode   = 16
	gwMember = 8
	gwAvg    = 7
	gwMinPr  = 6
)

// View draws the grid over the whole body.
func (g *Grid) View(_ string, w, h int) string {
	st := g.c.Styles
	r := g.round
	lines := []string{
		kit.Cut(st.Title.Render(g.c.T(MsgGridTitle, r.Code, r.Name)), w),
		kit.Cut(st.Muted.Render(g.c.T(MsgRulesLine, criteriaText(r.Rules.Criteria), r.Rules.PassMark, r.Status.Label(g.c.Lang))), w),
	}
	prod := max(w-gwCode-len(r.Council)*(gwMember+1)-gwAvg-2, gwMinPr)
	head := kit.PadRight(g.c.T(MsgColCode), gwCode) + " " + kit.PadRight(g.c.T(MsgColProduct), prod)
	for _, m := range r.Council {
		head += " " + kit.PadLeft(kit.Cut(givenName(m), gwMember), gwMember)
	}
	head += " " + kit.PadLeft(g.c.T(MsgColAverage), gwAvg)
	lines = append(lines, kit.Cut(st.Label.Render(head), w))
	body := max(h-len(lines)-2, 1)
	g.scroll(body)
	for i := g.top; i < min(g.top+body, len(g.entries)); i++ {
		lines = append(lines, kit.Cut(g.rowLine(i, prod), w))
	}
	for len(lines) < h-2 {
		lines = append(lines, "")
	}
	lines = append(lines, kit.Cut(g.focusLine(), w))
	note := st.Muted.Render(g.c.T(MsgGridHelpLine))
	if g.note != "" {
		note = st.Info.Render(g.note)
		if g.noteBad {
			note = st.Error.Render(g.note)
		}
	}
	lines = append(lines, kit.Cut(note, w))
	return kit.Fit(strings.Join(lines, "\n"), w, h)
}

// scroll keeps the focused row within the body's rows.
func (g *Grid) scroll(rows int) {
	if g.Row < g.top {
		g.top = g.Row
	}
	if g.Row >= g.top+rows {
		g.top = g.Row - rows + 1
	}
}

func (g *Grid) rowLine(i, prod int) string {
	st := g.c.Styles
	e := g.entries[i]
	line := kit.PadRight(kit.Cut(e.Code, gwCode), gwCode) + " " + kit.PadRight(kit.Cut(e.Product, prod), prod)
	var sum, n int32
	for j, c := range g.cells[i] {
		text := g.cellText(c, i == g.Row && j == g.Col)
		cellStr := kit.PadLeft(text, gwMember)
		if i == g.Row && j == g.Col {
			cellStr = st.Selected.Render(cellStr)
		}
		line += " " + cellStr
		if t, ok := g.cellTotal(c); ok {
			sum, n = sum+t, n+1
		}
	}
	avg := ""
	if n > 0 {
		a := sum * 100 / n
		avg = fmt.Sprintf("%d,%02d", a/100, a%100)
	}
	return line + " " + kit.PadLeft(avg, gwAvg)
}

// cellText is the total with a mark: * changed, ! refused, ? unreadable;
// the focused cell shows the end of what is typed, in brackets.
func (g *Grid) cellText(c cell, focused bool) string {
	if focused {
		t := c.text
		if r := []rune(t); len(r) > gwMember-2 {
			t = string(r[len(r)-(gwMember-2):])
		}
		return "[" + t + "]"
	}
	if c.text == "" {
		return "·"
	}
	mark := ""
	switch {
	case c.err != "":
		mark = "!"
	case c.dirty:
		mark = "*"
	}
	if t, ok := g.cellTotal(c); ok {
		return fmt.Sprint(t) + mark
	}
	return "?" + mark
}

// focusLine says whose sheet the focused cell is, its scores and total,
// the maxima, or why it was refused.
func (g *Grid) focusLine() string {
	st := g.c.Styles
	c := g.cells[g.Row][g.Col]
	member, e := g.round.Council[g.Col], g.entries[g.Row]
	detail := c.text
	if t, ok := g.cellTotal(c); ok {
		detail += fmt.Sprintf(" = %d", t)
	}
	line := g.c.T(MsgGridCell, member, e.Code, detail) + " (" + g.c.T(MsgGridMax, maxText(g.round.Rules.Criteria)) + ")"
	if c.err != "" {
		return st.Error.Render(line + " " + g.c.Mark(kit.LevelError) + " " + c.err)
	}
	return st.Value.Render(line)
}

// givenName is the last word of a Vietnamese name, the one people are
// called by.
func givenName(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
