package exchange

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

// utf8BOM makes Excel read a CSV file as UTF-8 instead of the system's
// code page, which would garble every Vietnamese letter.
const utf8BOM = "\uFEFF"

func writeCSV(w io.Writer, g *grid) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if _, err := bw.WriteString(utf8BOM); err != nil {
		return fmt.Errorf("write CSV: %w", err)
	}
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	if err := cw.Write(g.headers); err != nil {
		return fmt.Errorf("write CSV: %w", err)
	}
	vals := make([]value, len(g.headers))
	rec := make([]string, len(g.headers))
	for i := 0; i < g.n; i++ {
		g.row(i, vals)
		for j, v := range vals {
			rec[j] = v.plain()
			if v.kind == cText {
				rec[j] = defuseFormula(rec[j])
			}
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("write CSV: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write CSV: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write CSV: %w", err)
	}
	return nil
}

// formulaLead are the first characters that make Excel run a CSV cell as a
// formula. A record typed by one user must not run code on the computer of
// another who opens the export.
const formulaLead = "=+-@\t\r"

// defuseFormula puts an apostrophe before text Excel would take for a
// formula; the importer takes it off again (undefuse).
func defuseFormula(s string) string {
	if s != "" && strings.ContainsRune(formulaLead, rune(s[0])) {
		return "'" + s
	}
	return s
}

func undefuse(s string) string {
	if len(s) >= 2 && s[0] == '\'' && strings.ContainsRune(formulaLead, rune(s[1])) {
		return s[1:]
	}
	return s
}
