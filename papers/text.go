package papers

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"khuyencong/model"
	"khuyencong/vntext"
)

// Formats a paper is written in.
const (
	FormatXLSX     = "xlsx"
	FormatMarkdown = "md"
	FormatText     = "text"
)

// show is a cell as the text and Markdown papers print it.
func show(c Col, v Cell) string {
	if v.Blank || v.Text != "" {
		return v.Text // a label, as "Cộng" in a total row's number column
	}
	switch c.Kind {
	case ColMoney:
		return model.Money(v.N).Full()
	case ColCount:
		return string(vntext.AppendGrouped(nil, v.N))
	case ColPercent:
		return fmt.Sprintf("%d,%d%%", v.N/10, v.N%10)
	case ColDate:
		return model.Date(v.N).String()
	}
	return v.Text
}

// WriteText writes the paper as plain text (md false) or Markdown.
func WriteText(w io.Writer, p *Paper, md bool) error {
	bw := bufio.NewWriter(w)
	head := []string{upper(p.Parent), p.centreLine(), "", p.t(MsgMotto1), p.t(MsgMotto2), "", p.PlaceDate()}
	for _, l := range head {
		switch {
		case md && l != "":
			fmt.Fprintln(bw, l+"  ") // a Markdown line break
		case !md:
			fmt.Fprintln(bw, l)
		}
	}
	fmt.Fprintln(bw)
	if md {
		fmt.Fprintf(bw, "# %s\n\n", p.Title)
		if p.Subtitle != "" {
			fmt.Fprintf(bw, "*%s*\n\n", p.Subtitle)
		}
	} else {
		fmt.Fprintf(bw, "%s\n%s\n", p.Title, strings.Repeat("=", ansi.StringWidth(p.Title)))
		if p.Subtitle != "" {
			fmt.Fprintf(bw, "%s\n", p.Subtitle)
		}
		fmt.Fprintln(bw)
	}
	fmt.Fprintln(bw, p.Unit)
	for _, s := range p.Sections {
		if s.Heading != "" {
			if md {
				fmt.Fprintf(bw, "\n## %s\n\n", s.Heading)
			} else {
				fmt.Fprintf(bw, "\n%s\n%s\n", s.Heading, strings.Repeat("-", ansi.StringWidth(s.Heading)))
			}
		} else {
			fmt.Fprintln(bw)
		}
		for _, l := range s.Lines {
			fmt.Fprintln(bw, l)
		}
		if s.Table != nil {
			if len(s.Lines) > 0 {
				fmt.Fprintln(bw)
			}
			writeTable(bw, s.Table, p, md)
		}
	}
	fmt.Fprintln(bw)
	if len(p.Recipients) > 0 {
		fmt.Fprintln(bw, p.t(MsgRecipients))
		if md {
			fmt.Fprintln(bw)
		}
		for _, r := range p.Recipients {
			fmt.Fprintln(bw, r)
		}
		fmt.Fprintln(bw)
	}
	for _, s := range p.Signers {
		name := s.Name
		if name == "" {
			name = "……………………"
		}
		if md {
			fmt.Fprintf(bw, "**%s** %s: %s  \n", s.Role, s.Hint, name)
		} else {
			fmt.Fprintf(bw, "%s %s: %s\n", s.Role, s.Hint, name)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// writeTable prints a table with its total row, aligned (text) or as a
// Markdown table.
func writeTable(w io.Writer, t *Table, p *Paper, md bool) {
	if len(t.Rows) == 0 {
		fmt.Fprintln(w, p.t(MsgNone))
		return
	}
	rows := [][]string{}
	cells := func(r []Cell) []string {
		out := make([]string, len(t.Cols))
		for j, c := range t.Cols {
			out[j] = show(c, r[j])
		}
		return out
	}
	for _, r := range t.Rows {
		rows = append(rows, cells(r))
	}
	if t.Total != nil {
		rows = append(rows, cells(t.Total))
	}
	heads := make([]string, len(t.Cols))
	widths := make([]int, len(t.Cols))
	for j, c := range t.Cols {
		heads[j] = c.Title
		widths[j] = ansi.StringWidth(c.Title)
		for _, r := range rows {
			widths[j] = max(widths[j], ansi.StringWidth(r[j]))
		}
	}
	right := func(j int) bool { return t.Cols[j].Kind != ColText }
	line := func(cs []string) string {
		parts := make([]string, len(cs))
		for j, s := range cs {
			if md {
				parts[j] = strings.ReplaceAll(s, "|", `\|`)
				continue
			}
			pad := strings.Repeat(" ", widths[j]-ansi.StringWidth(s))
			if right(j) {
				parts[j] = pad + s
			} else {
				parts[j] = s + pad
			}
		}
		if md {
			return "| " + strings.Join(parts, " | ") + " |"
		}
		return strings.TrimRight(strings.Join(parts, "  "), " ")
	}
	rule := make([]string, len(t.Cols))
	for j := range rule {
		switch {
		case md && right(j):
			rule[j] = "---:"
		case md:
			rule[j] = "---"
		default:
			rule[j] = strings.Repeat("-", widths[j])
		}
	}
	fmt.Fprintln(w, line(heads))
	fmt.Fprintln(w, line(rule))
	for i, r := range rows {
		if i == len(t.Rows) && !md {
			fmt.Fprintln(w, line(rule))
		}
		if i == len(t.Rows) && md {
			for j := range r {
				if r[j] != "" {
					r[j] = "**" + r[j] + "**"
				}
			}
		}
		fmt.Fprintln(w, line(r))
	}
}
