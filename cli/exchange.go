package cli

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"khuyencong/exchange"
	"khuyencong/i18n"
	"khuyencong/model"
)

// What the export and import commands and the app's x and i share: the
// choice of an export's format, writing a file so that it is whole or
// absent, and the report of an import.

// exportFormat is the format asked for (--format), or else the output
// file's extension, or else the default: csv for records, md for the
// report.
func exportFormat(format, out string, report bool) (string, error) {
	f := strings.ToLower(strings.TrimSpace(format))
	if f == "" {
		switch strings.ToLower(filepath.Ext(out)) {
		case ".xlsx":
			f = exchange.FormatXLSX
		case ".md":
			f = exchange.FormatMD
		case ".txt":
			f = exchange.ReportText
		case "":
			f = exchange.FormatCSV
			if report {
				f = exchange.FormatMD
			}
		default:
			// A report file named .csv (or .doc) would hold Markdown under
			// a name that says otherwise: the extension names the format,
			// and one the report cannot be is refused below.
			f = strings.TrimPrefix(strings.ToLower(filepath.Ext(out)), ".")
			if !report {
				f = exchange.FormatCSV
			}
		}
	}
	valid := exchange.ExportFormats
	if report {
		valid = []string{exchange.FormatXLSX, exchange.FormatMD, exchange.ReportText}
	}
	for _, v := range valid {
		if f == v {
			return f, nil
		}
	}
	if report {
		return "", usageErr(model.MsgExportReportFormat, f)
	}
	return "", usageErr(model.MsgExportBadFormat, f, strings.Join(valid, ", "))
}

// writeFileAtomic writes under a temporary name beside path and renames it
// into place, so that a failed export never leaves half a file where the
// last good one was.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	return writeFileMasked(path, umask(), write)
}

// writeFileMasked is writeFileAtomic with the umask of the user the file is
// written for.
func writeFileMasked(path string, mask fs.FileMode, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	// CreateTemp makes the file 0600; a file made by hand would get 0666
	// less the umask, and so does this one: exports hold representatives'
	// phone numbers and e-mails, and an office that sets umask 077 means it.
	err = tmp.Chmod(0o666 &^ mask)
	if err == nil {
		err = write(tmp)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
		return fmt.Errorf("export to %s: %w", path, err)
	}
	return nil
}

// printMapping shows what the file is and which column fills which field,
// before any row is read.
func printMapping(w io.Writer, r *exchange.ImportResult, l i18n.Lang) {
	if r.Format == "XLSX" {
		fmt.Fprintln(w, l.T(MsgImportFileXLSX, r.File, r.Sheet, r.HeaderRow))
	} else {
		sep := strconv.Quote(r.Separator)
		if r.Separator == "\t" {
			sep = l.T(MsgImportTab)
		}
		fmt.Fprintln(w, l.T(MsgImportFileCSV, r.File, r.Encoding, sep, r.HeaderRow))
	}
	fmt.Fprintln(w, l.T(MsgImportMapping))
	var rows [][2]string
	for _, c := range r.Mapping {
		to := "→ " + model.FieldLabel(c.Field, l) + " [" + c.Field + "]"
		if c.ByMap {
			to += " " + l.T(MsgImportByMap)
		}
		rows = append(rows, [2]string{columnName(c.Index) + "  " + strconv.Quote(c.Header), to})
	}
	for _, u := range r.Unknown {
		rows = append(rows, [2]string{"   " + strconv.Quote(u), "→ " + l.T(MsgImportIgnored)})
	}
	writeRows(w, rows)
	if len(r.Unknown) > 0 {
		quoted := make([]string, len(r.Unknown))
		for i, u := range r.Unknown {
			quoted[i] = strconv.Quote(u)
		}
		fmt.Fprintln(w, l.T(MsgImportUnknown, len(r.Unknown), strings.Join(quoted, ", ")))
		fmt.Fprintln(w, l.T(MsgImportMapHint))
	}
}

// columnName is a column's letter as Excel shows it (0 → A, 26 → AA).
func columnName(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

// printAcceptedHeaders is the end of `import --help`: for each kind, each
// field with the column titles that name it.
func printAcceptedHeaders(w io.Writer, l i18n.Lang) {
	fmt.Fprintf(w, "\n%s\n", l.T(MsgImportHeaders))
	for _, k := range model.AllKinds() {
		hs := exchange.AcceptedHeaders(k.Kind)
		if len(hs) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s (%s):\n", l.T(k.Many), k.Slug)
		for _, h := range hs {
			names := append([]string{model.FieldLabel(h.Field, i18n.VI), model.FieldLabel(h.Field, i18n.EN)}, h.Aliases...)
			line := h.Field
			if h.Required {
				line += " (" + l.T(MsgImportRequired) + ")"
			}
			text := wrap(line+": "+strings.Join(names, ", "), helpWidth-6)
			fmt.Fprintf(w, "  %s\n", strings.ReplaceAll(text, "\n", "\n      "))
		}
	}
}

// printImportReport lists the totals rows left out, every problem of
// every bad row, then the counts.
func printImportReport(w io.Writer, r exchange.ImportResult, l i18n.Lang) {
	printTotals(w, r.Totals, l)
	printNotes(w, r, l)
	if len(r.Problems) > 0 {
		fmt.Fprintln(w, l.T(MsgImportProblems, fmtThousands(r.Refused)))
		for _, p := range r.Problems {
			fmt.Fprintf(w, "  %s\n", p.In(l))
		}
	}
	if r.Read == 0 && len(r.Mapping) == 0 {
		return
	}
	secs := strconv.FormatFloat(r.Duration.Seconds(), 'f', 1, 64)
	if l == i18n.VI {
		secs = strings.Replace(secs, ".", ",", 1)
	}
	key := MsgImportSummary
	if r.DryRun {
		key = MsgImportDrySummary
	}
	fmt.Fprintln(w, l.T(key, fmtThousands(r.Read), fmtThousands(r.Written), fmtThousands(r.Updated),
		fmtThousands(r.Skipped), fmtThousands(r.Refused), secs))
}

// fmtThousands groups digits the Vietnamese way: 100.000.
func fmtThousands(n int) string { return model.Money(n).Full() }

// printTotals names the totals and subtotal rows the import left out, so
// that a row taken for one by mistake is seen (in a dry run too).
func printTotals(w io.Writer, rows []exchange.TotalRow, l i18n.Lang) {
	if len(rows) == 0 {
		return
	}
	parts := make([]string, len(rows))
	for i, r := range rows {
		parts[i] = l.T(MsgImportTotalRow, r.Row, r.Text)
		if r.Text == "" {
			parts[i] = l.T(MsgImportSumRow, r.Row)
		}
	}
	fmt.Fprintln(w, l.T(MsgImportTotals, len(rows), strings.Join(parts, ", ")))
}

// printNotes lists what the import guessed (a legal form from the name) or
// kept as text (a trade that is none of the seven groups), so that the
// user can check it.
func printNotes(w io.Writer, r exchange.ImportResult, l i18n.Lang) {
	if len(r.Notes) == 0 {
		return
	}
	fmt.Fprintln(w, l.T(MsgImportNotes))
	for _, g := range r.Notes {
		fmt.Fprintf(w, "  %s\n", g.In(l))
	}
	if r.NotesLeftOut > 0 {
		fmt.Fprintln(w, l.T(MsgImportNotesMore, r.NotesLeftOut))
	}
}
