package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/papers"
	"khuyencong/store"
)

// paperFlags are the flags of `report KIND`: the papers of package papers.
type paperFlags struct {
	year      int
	format    string
	by        string
	round     string // report contest's --round
	period    string
	programme string
	out       string
	template  string
	date      string
	force     bool
}

func (o *paperFlags) declare(fs *flag.FlagSet) {
	fs.StringVar(&o.period, "period", "", string(MsgFlagPeriod))
	fs.StringVar(&o.programme, "programme", "", string(MsgFlagProgramme))
	fs.StringVar(&o.out, "o", "", string(MsgFlagOutput))
	fs.StringVar(&o.out, "output", "", string(MsgFlagOutput))
	fs.StringVar(&o.template, "template", "", string(MsgFlagTemplate))
	fs.StringVar(&o.date, "date", "", string(MsgFlagPaperDate))
	fs.BoolVar(&o.force, "force", false, string(MsgFlagForce))
}

// paperOnly tells whether a flag only the papers take was given, so that
// `report --period 2026` without a kind is not silently the summary.
func (o *paperFlags) paperOnly() bool {
	return o.period != "" || o.programme != "" || o.out != "" || o.template != "" || o.date != ""
}

// printReportKinds lists the kinds of `report` and the template's
// placeholders under the help.
func printReportKinds(w io.Writer, l i18n.Lang) {
	fmt.Fprintf(w, "\n%s\n", l.T(MsgReportKinds))
	writeRows(w, [][2]string{
		{"periodic", l.T(MsgReportKindPeriodic)},
		{"registration", l.T(MsgReportKindRegistration)},
		{"settlement MÃ", l.T(MsgReportKindSettlement)},
		{"budget", l.T(MsgReportKindBudget)},
		{"contest", l.T(MsgReportKindContest)},
	})
	fmt.Fprintf(w, "\n%s\n", wrap(l.T(MsgReportPlaceholders), helpWidth))
}

// runPaper makes one paper: `report periodic|registration|settlement
// PROJECT|budget`. A budget in text or Markdown is the summary report
// as it always was.
func runPaper(e *env, args []string, o paperFlags) error {
	if len(args) == 0 {
		return usageErr(MsgReportNeedsKind)
	}
	kind, err := papers.ParseKind(args[0])
	if err != nil {
		return usageErr(papers.MsgBadKind, args[0])
	}
	req, err := paperRequest(kind, args[1:], o)
	if err != nil {
		return err
	}
	if o.out == "-" {
		o.out = ""
	}
	format, err := paperFormat(o)
	if err != nil {
		return err
	}
	day := model.DateOf(time.Now())
	if o.date != "" {
		if day, err = model.ParseDate(o.date); err != nil {
			return usageErr(MsgReportBadDate, o.date)
		}
	}
	switch {
	case o.programme != "" && kind != papers.Periodic && kind != papers.Registration:
		return usageErr(papers.MsgProgrammeKinds)
	case e.remote && (o.out != "" || o.template != ""):
		return usageErr(MsgExportRemoteFile)
	case o.out == "" && format == papers.FormatXLSX && isTerminal(e.stdout):
		return model.Errorf(MsgExportTerminal)
	case o.out != "" && !o.force && exists(e.local(o.out)):
		return model.Errorf(MsgExportExists, o.out)
	}
	if kind == papers.Budget && format != papers.FormatXLSX {
		return runReport(e, int(req.Period.Year), format, o.by)
	}
	return e.withStore(openRead, func(st *store.Store) error {
		p, err := papers.Build(st.Snapshot(), req, day, e.cfg.Lang)
		if err != nil {
			return err
		}
		write := func(w io.Writer) error {
			if o.template != "" {
				return papers.FillTemplate(w, p, e.local(o.template))
			}
			return papers.Write(w, p, format)
		}
		if o.out == "" {
			return write(e.stdout)
		}
		if err := writeFileMasked(e.local(o.out), e.fileMask(), write); err != nil {
			return err
		}
		e.say(MsgExportReportDone, o.out)
		return nil
	})
}

// paperRequest reads the kind's argument and the period: --period, else
// --year, else this year (next year for a registration); a budget
// without either covers every year.
func paperRequest(kind papers.Kind, rest []string, o paperFlags) (papers.Request, error) {
	req := papers.Request{Kind: kind, Programme: o.programme, Round: o.round}
	switch {
	case kind == papers.Contest && len(rest) > 0:
		return req, usageErr(MsgCLIExtraArgs, rest[0])
	case kind == papers.Contest && o.round == "":
		return req, usageErr(MsgReportNeedsRound)
	case kind == papers.Contest && (o.year != 0 || o.period != ""):
		return req, usageErr(MsgReportRoundYear)
	case kind == papers.Contest:
		return req, nil
	case o.round != "":
		return req, usageErr(MsgReportRoundOnly)
	case kind == papers.Settlement && len(rest) == 0:
		return req, usageErr(MsgReportNeedsProject)
	case kind == papers.Settlement:
		req.Project = rest[0]
	case len(rest) > 0:
		return req, usageErr(MsgCLIExtraArgs, rest[0])
	}
	switch {
	case o.period != "":
		per, err := papers.ParsePeriod(o.period)
		if err != nil {
			return req, asUsage(err)
		}
		if !per.Whole() && kind != papers.Periodic {
			return req, usageErr(MsgReportWholeYear, o.period)
		}
		req.Period = per
	case o.year != 0:
		per, err := papers.ParsePeriod(fmt.Sprint(o.year))
		if err != nil {
			return req, asUsage(err)
		}
		req.Period = per
	default:
		y := int32(time.Now().Year())
		if kind == papers.Registration {
			y++
		}
		req.Period = papers.YearPeriod(y)
		req.AllYears = kind == papers.Budget
	}
	return req, nil
}

// paperFormat is --format, else the output file's extension, else text;
// a template makes a workbook.
func paperFormat(o paperFlags) (string, error) {
	f := strings.ToLower(strings.TrimSpace(o.format))
	if f == "" {
		switch strings.ToLower(filepath.Ext(o.out)) {
		case ".xlsx":
			f = papers.FormatXLSX
		case ".md":
			f = papers.FormatMarkdown
		default:
			f = papers.FormatText
		}
		if o.template != "" {
			f = papers.FormatXLSX
		}
	}
	switch f {
	case papers.FormatXLSX, papers.FormatMarkdown, papers.FormatText:
	default:
		return "", usageErr(papers.MsgBadFormat, f)
	}
	if o.template != "" && f != papers.FormatXLSX {
		return "", usageErr(MsgReportTemplateXLSX)
	}
	if ext := strings.ToLower(filepath.Ext(o.out)); f == papers.FormatText && o.format == "" && ext != "" && ext != ".txt" {
		// A report file named .csv or .docx would hold text under a name
		// that says otherwise.
		return "", usageErr(papers.MsgBadFormat, strings.TrimPrefix(filepath.Ext(o.out), "."))
	}
	return f, nil
}

// asUsage makes a refusal of a flag's value a usage error (exit status 2).
func asUsage(err error) error {
	var me *model.Error
	if errors.As(err, &me) {
		return &usageError{err: me}
	}
	return err
}
