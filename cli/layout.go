package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// textTable prints rows in columns padded by display width, for the short
// listings of the command line (the report has its own tables).
type textTable struct{ rows [][]string }

func newTextTable(header ...string) *textTable { return &textTable{rows: [][]string{header}} }

func (t *textTable) row(cells ...string) { t.rows = append(t.rows, cells) }

func (t *textTable) write(w io.Writer) {
	var widths []int
	for _, r := range t.rows {
		for i, c := range r {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], ansi.StringWidth(c))
		}
	}
	for _, r := range t.rows {
		var b strings.Builder
		for i, c := range r {
			if i > 0 {
				b.WriteString("  ")
			}
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-ansi.StringWidth(c)))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

// writeRows prints two columns, the first padded to its widest cell by
// display width (Vietnamese letters with marks are one cell each).
func writeRows(w io.Writer, rows [][2]string) {
	width := 0
	for _, r := range rows {
		width = max(width, ansi.StringWidth(r[0]))
	}
	for _, r := range rows {
		pad := strings.Repeat(" ", width-ansi.StringWidth(r[0]))
		fmt.Fprintln(w, strings.TrimRight("  "+r[0]+pad+"  "+r[1], " "))
	}
}

// wrap breaks a paragraph at spaces so that lines fit width cells. Unlike
// ansi.Wordwrap it never breaks at a hyphen, which would split an option
// name such as --max-sessions across lines.
func wrap(s string, width int) string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line, lineW := "", 0
		for _, word := range strings.Fields(para) {
			w := ansi.StringWidth(word)
			if lineW > 0 && lineW+1+w > width {
				out = append(out, line)
				line, lineW = "", 0
			}
			if lineW > 0 {
				line += " "
				lineW++
			}
			line += word
			lineW += w
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}
