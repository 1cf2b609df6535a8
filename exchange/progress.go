package exchange

import (
	"fmt"
	"io"
	"strings"

	"khuyencong/i18n"
)

// Progress draws an import's progress. On a terminal it redraws one line
// with a bar; elsewhere (a log, a pipe, an SSH command) it prints a line
// at each tenth, so that a log is not flooded with carriage returns.
type Progress struct {
	w        io.Writer
	terminal bool
	ascii    bool
	lang     i18n.Lang
	last     int // last percent (terminal) or tenth (log) drawn; -1 = none
	drawn    bool
}

// NewProgress makes a progress display on w. ascii draws the bar with '#'
// for terminals without block characters.
func NewProgress(w io.Writer, terminal, ascii bool, lang i18n.Lang) *Progress {
	return &Progress{w: w, terminal: terminal, ascii: ascii, lang: lang, last: -1}
}

const barWidth = 30

// Update is an ImportOptions.Progress callback. total 0 means the rows are
// still being read and their number is not known.
func (p *Progress) Update(done, total int) {
	if total <= 0 {
		if p.terminal {
			p.line(p.lang.T(MsgImportProgressRead, fmtCount(done)))
		}
		return
	}
	pct := min(done*100/total, 100)
	if !p.terminal {
		if tenth := pct / 10; tenth != p.last {
			p.last = tenth
			fmt.Fprintln(p.w, p.lang.T(MsgImportProgressWrite, pct, fmtCount(done), fmtCount(total)))
		}
		return
	}
	if pct == p.last && done != total {
		return
	}
	p.last = pct
	full, empty := "█", "░"
	if p.ascii {
		full, empty = "#", "."
	}
	n := pct * barWidth / 100
	bar := strings.Repeat(full, n) + strings.Repeat(empty, barWidth-n)
	p.line("[" + bar + "] " + p.lang.T(MsgImportProgressWrite, pct, fmtCount(done), fmtCount(total)))
}

// line redraws the terminal line.
func (p *Progress) line(s string) {
	fmt.Fprintf(p.w, "\r%s\x1b[K", s)
	p.drawn = true
}

// Done ends the terminal line so that what follows starts on its own.
func (p *Progress) Done() {
	if p.terminal && p.drawn {
		fmt.Fprintln(p.w)
		p.drawn = false
	}
}
