package overview

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/tui/barchart"
	"khuyencong/tui/kit"
	"khuyencong/tui/money"
)

// chartWide is the width from which the charts go two to a row.
const chartWide = 120

// chartsBlock draws the four charts in one column, or two columns from
// chartWide cells on, with a blank line between rows.
func chartsBlock(c *kit.Session, all, year *model.Summary, width int) string {
	charts := OverviewCharts(c, all, year)
	if width < chartWide {
		parts := make([]string, len(charts))
		for i, ch := range charts {
			parts[i] = ch.Render(width)
		}
		return strings.Join(parts, "\n\n")
	}
	const gap = 3
	colW := (width - gap) / 2
	var rows []string
	for i := 0; i < len(charts); i += 2 {
		left := charts[i].Render(colW)
		right := ""
		if i+1 < len(charts) {
			right = charts[i+1].Render(colW)
		}
		h := max(money.LineCount(left), money.LineCount(right))
		rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top,
			kit.Fit(left, colW, h), strings.Repeat(" ", gap), kit.Fit(right, colW, h)))
	}
	return strings.Join(rows, "\n\n")
}

// ChartNumbers are the bars of a chart as label → value text, for tests
// that check the charts against the tables.
func ChartNumbers(ch barchart.Chart) map[string]int64 {
	out := map[string]int64{}
	for _, b := range ch.Bars {
		var t int64
		for _, v := range b.Values {
			t += v
		}
		out[b.Label] = t
	}
	return out
}

// ovKeys are the overview's bindings.
type ovKeys struct {
	year, up, warn, open                key.Binding
	pageUp, pageDown, top, bottom, page key.Binding
	programmes                          key.Binding
}

func overviewKeys(l i18n.Lang) ovKeys {
	return ovKeys{
		year:       kit.Bind(l, kit.MsgKeyYear, "[ ]", "[", "]"),
		up:         key.NewBinding(key.WithKeys("up", "k")),
		warn:       kit.Bind(l, MsgKeyWarnMove, "↑↓", "up", "down", "k", "j"),
		open:       kit.Bind(l, MsgKeyJump, "enter", "enter"),
		pageUp:     key.NewBinding(key.WithKeys("pgup", "b")),
		pageDown:   key.NewBinding(key.WithKeys("pgdown", "space", "f")),
		top:        key.NewBinding(key.WithKeys("home", "g")),
		bottom:     key.NewBinding(key.WithKeys("end", "G")),
		page:       kit.Bind(l, MsgKeyChartScroll, "pgup pgdn", "pgup", "b", "pgdown", "space", "f", "home", "g", "end", "G"),
		programmes: kit.Bind(l, MsgKeyProgrammes, "c", "c"),
	}
}
