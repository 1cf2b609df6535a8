package exchange

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// writeMarkdown writes a pipe table; numbers and amounts are right-aligned
// and amounts grouped as Vietnamese readers expect (2.170.000.000).
func writeMarkdown(w io.Writer, g *grid) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	cells := make([]string, len(g.headers))
	for j, h := range g.headers {
		cells[j] = mdCell(h)
	}
	writeMDRow(bw, cells)
	for j, k := range g.kinds {
		cells[j] = "---"
		if k == cNumber || k == cMoney || k == cPercent {
			cells[j] = "---:"
		}
	}
	writeMDRow(bw, cells)
	vals := make([]value, len(g.headers))
	for i := 0; i < g.n; i++ {
		g.row(i, vals)
		for j, v := range vals {
			cells[j] = mdCell(v.display())
		}
		writeMDRow(bw, cells)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write Markdown: %w", err)
	}
	return nil
}

func writeMDRow(bw *bufio.Writer, cells []string) {
	bw.WriteString("| ")
	bw.WriteString(strings.Join(cells, " | "))
	bw.WriteString(" |\n")
}

// mdCell keeps a cell inside its table: pipes escaped, line breaks as <br>.
var mdEscaper = strings.NewReplacer("|", `\|`, "\r\n", "<br>", "\n", "<br>", "\r", "<br>")

func mdCell(s string) string { return mdEscaper.Replace(s) }
