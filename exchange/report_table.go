package exchange

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// reportTable is one table of the report, rendered as aligned plain text
// or as a Markdown table. Cells are plain text; display width (not bytes
// or runes) decides the padding, so Vietnamese letters with two marks
// line up.
type reportTable struct {
	cols  []reportCol
	rows  [][]string
	total []string // the "Cộng" row, drawn under a rule; nil for none
}

type reportCol struct {
	title string
	right bool // numbers are right-aligned
}

func (t *reportTable) add(cells ...string) { t.rows = append(t.rows, cells) }

func (t *reportTable) write(w io.Writer, md bool) {
	if md {
		t.writeMarkdown(w)
	} else {
		t.writeText(w)
	}
}

func (t *reportTable) writeText(w io.Writer) {
	widths := make([]int, len(t.cols))
	all := append([][]string{t.titles()}, t.rows...)
	if t.total != nil {
		all = append(all, t.total)
	}
	for _, r := range all {
		for i := range widths {
			widths[i] = max(widths[i], ansi.StringWidth(cellAt(r, i)))
		}
	}
	line := func(r []string) {
		var b strings.Builder
		for i, c := range t.cols {
			s := cellAt(r, i)
			pad := strings.Repeat(" ", widths[i]-ansi.StringWidth(s))
			if i > 0 {
				b.WriteString("  ")
			}
			if c.right {
				b.WriteString(pad + s)
			} else {
				b.WriteString(s + pad)
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
	rule := func() {
		parts := make([]string, len(widths))
		for i, n := range widths {
			// A long text in the last column (a name) is not padded, so
			// its rule spans only the title.
			if last := len(widths) - 1; i == last && !t.cols[last].right {
				n = ansi.StringWidth(t.cols[last].title)
			}
			parts[i] = strings.Repeat("-", n)
		}
		fmt.Fprintln(w, strings.Join(parts, "  "))
	}
	line(t.titles())
	rule()
	for _, r := range t.rows {
		line(r)
	}
	if t.total != nil {
		rule()
		line(t.total)
	}
}

func (t *reportTable) writeMarkdown(w io.Writer) {
	row := func(r []string, bold bool) {
		var b strings.Builder
		b.WriteString("|")
		for i := range t.cols {
			s := mdCell(cellAt(r, i))
			if bold && s != "" {
				s = "**" + s + "**"
			}
			b.WriteString(" " + s + " |")
		}
		fmt.Fprintln(w, b.String())
	}
	row(t.titles(), false)
	var b strings.Builder
	b.WriteString("|")
	for _, c := range t.cols {
		if c.right {
			b.WriteString(" ---: |")
		} else {
			b.WriteString(" --- |")
		}
	}
	fmt.Fprintln(w, b.String())
	for _, r := range t.rows {
		row(r, false)
	}
	if t.total != nil {
		row(t.total, true)
	}
}

func (t *reportTable) titles() []string {
	ts := make([]string, len(t.cols))
	for i, c := range t.cols {
		ts[i] = c.title
	}
	return ts
}

func cellAt(r []string, i int) string {
	if i < len(r) {
		return r[i]
	}
	return ""
}

// fmtCount writes a whole number the Vietnamese way, "20.003".
func fmtCount[T ~int | ~int32 | ~int64](n T) string {
	s := strconv.FormatInt(int64(n), 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}

// fmtPercent writes "41,7%", with the decimal comma; "—" when there is no base.
func fmtPercent(p float64, ok bool) string {
	if !ok {
		return "—"
	}
	return strings.Replace(strconv.FormatFloat(p, 'f', 1, 64), ".", ",", 1) + "%"
}
