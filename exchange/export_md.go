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

// mdCell keeps a cell inside its table cell and makes it plain text
// wherever the Markdown is rendered: a pipe would end the cell, a line
// break the row; &, < and > become entities so that a name such as
// <img src=x onerror=…> is shown, never run, by a viewer that allows HTML;
// the characters of emphasis, code and links are escaped (CommonMark §2.4,
// backslash escapes). Line breaks become <br>, the one tag written on
// purpose.
var mdEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;",
	`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
	"\r\n", "<br>", "\n", "<br>", "\r", "<br>",
)

func mdCell(s string) string { return mdEscaper.Replace(s) }
