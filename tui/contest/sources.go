package contest

import (
	"fmt"
	"strconv"

	"charm.land/lipgloss/v2"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/tui/kit"
	"khuyencong/tui/vtable"
	"khuyencong/vntext"
)

// Round columns.
const (
	rcCode = iota
	rcName
	rcLevel
	rcYear
	rcStatus
	rcEntries
	rcCertified
	rcRegClose
)

type roundSource struct {
	d  *data
	rv kit.RowView
}

func (s roundSource) Len() int          { return s.d.rounds.Len() }
func (s roundSource) Text(i int) string { return s.d.rounds.Text(i) }
func (s roundSource) Skip(i int) bool   { return s.d.rounds.Deleted(i) && !s.rv.ShowDeleted }

func (s roundSource) Cell(i, col int) string {
	r := s.d.rounds.At(i)
	switch col {
	case rcCode:
		return s.rv.Name(r.Code, r.Deleted)
	case rcName:
		return r.Name
	case rcLevel:
		return r.Level.Label(s.rv.Lang)
	case rcYear:
		return kit.CountText(r.Year)
	case rcStatus:
		return r.Status.Label(s.rv.Lang)
	case rcEntries:
		return strconv.Itoa(s.d.entryCount[i])
	case rcCertified:
		return strconv.Itoa(s.d.certCount[i])
	case rcRegClose:
		return r.RegClose.String()
	}
	return ""
}

func (s roundSource) SortKey(i, col int) vtable.SortKey {
	r := s.d.rounds.At(i)
	switch col {
	case rcYear:
		return vtable.SortKey{Num: int64(r.Year)}
	case rcStatus:
		return vtable.SortKey{Num: int64(r.Status)}
	case rcEntries:
		return vtable.SortKey{Num: int64(s.d.entryCount[i])}
	case rcCertified:
		return vtable.SortKey{Num: int64(s.d.certCount[i])}
	case rcRegClose:
		return vtable.SortKey{Num: int64(r.RegClose)}
	}
	return vtable.SortKey{Str: vntext.SortKey(s.Cell(i, col))}
}

func roundColumns(c *kit.Session) []vtable.Column {
	t := c.T
	return []vtable.Column{
		{Title: t(MsgColCode), Width: 14, Priority: 100, Key: kit.Sortable},
		{Title: t(MsgColName), Width: 40, MinWidth: 12, Flex: true, Priority: 60, Key: kit.Sortable},
		{Title: t(MsgColLevel), Width: 12, Priority: 50, Key: kit.Sortable},
		{Title: t(MsgColYear), Width: 4, Priority: 95, Align: lipgloss.Right, Key: kit.Sortable},
		{Title: t(MsgColStatus), Width: 15, Priority: 90, Key: kit.Sortable},
		{Title: t(MsgColEntries), Width: 4, Priority: 80, Align: lipgloss.Right, Key: kit.Sortable},
		{Title: t(MsgColCertified), Width: 4, Priority: 80, Align: lipgloss.Right, Key: kit.Sortable},
		{Title: t(MsgColRegClose), Width: 10, Priority: 40, Key: kit.Sortable},
	}
}

// Entry columns.
const (
	ecCode = iota
	ecProduct
	ecFacility
	ecGroup
	ecDossier
	ecSheets
	ecAverage
	ecResult
	ecCert
)

// entrySource lists the entries of one round.
type entrySource struct {
	d     *data
	rv    kit.RowView
	round model.ID
	t     func(i18n.Key, ...any) string
}

func (s entrySource) Len() int          { return s.d.entries.Len() }
func (s entrySource) Text(i int) string { return s.d.entries.Text(i) }

func (s entrySource) Skip(i int) bool {
	e := s.d.entries.At(i)
	return e.Round != s.round || (e.Deleted && !s.rv.ShowDeleted)
}

func (s entrySource) Cell(i, col int) string {
	e := s.d.entries.At(i)
	res := s.d.results[i]
	switch col {
	case ecCode:
		return s.rv.Name(e.Code, e.Deleted)
	case ecProduct:
		return e.Product
	case ecFacility:
		return s.d.facilityName(e.Facility)
	case ecGroup:
		return e.Group.Code()
	case ecDossier:
		return dossierText(e)
	case ecSheets:
		if r, ok := s.d.round(e.Round); ok {
			return fmt.Sprintf("%d/%d", res.Sheets, len(r.Council))
		}
	case ecAverage:
		return average(res)
	case ecResult:
		if k := resultKey(res); k != "" {
			return s.t(k)
		}
	case ecCert:
		return e.CertNo
	}
	return ""
}

func (s entrySource) SortKey(i, col int) vtable.SortKey {
	res := s.d.results[i]
	switch col {
	case ecAverage:
		return vtable.SortKey{Num: int64(res.Average)}
	case ecSheets:
		return vtable.SortKey{Num: int64(res.Sheets)}
	}
	return vtable.SortKey{Str: vntext.SortKey(s.Cell(i, col))}
}

// dossierText is "4/4", or how many items of four arrived.
func dossierText(e *model.Entry) string {
	n := 0
	for _, d := range e.Dossier {
		if d != 0 {
			n++
		}
	}
	return fmt.Sprintf("%d/%d", n, model.DossierItems)
}

// average writes hundredths of a point as "83,40"; "" before any sheet.
func average(res model.EntryResult) string {
	if res.Sheets == 0 {
		return ""
	}
	return fmt.Sprintf("%d,%02d", res.Average/100, res.Average%100)
}

func resultKey(res model.EntryResult) i18n.Key {
	switch {
	case res.Sheets == 0:
		return ""
	case res.Passed:
		return MsgPassed
	case !res.Complete:
		return MsgIncomplete
	}
	return MsgFailed
}

func entryColumns(c *kit.Session) []vtable.Column {
	t := c.T
	return []vtable.Column{
		{Title: t(MsgColCode), Width: 16, Priority: 100, Key: kit.Sortable},
		{Title: t(MsgColProduct), Width: 26, MinWidth: 10, Flex: true, Priority: 90, Key: kit.Sortable},
		{Title: t(MsgColFacility), Width: 26, MinWidth: 10, Flex: true, Priority: 50, Key: kit.Sortable},
		{Title: t(MsgColGroup), Width: 6, Priority: 30, Key: kit.Sortable},
		{Title: t(MsgColDossier), Width: 5, Priority: 60, Key: kit.Sortable},
		{Title: t(MsgColSheets), Width: 5, Priority: 40, Key: kit.Sortable},
		{Title: t(MsgColAverage), Width: 7, Priority: 95, Align: lipgloss.Right, Key: kit.Sortable},
		{Title: t(MsgColResult), Width: 11, Priority: 85, Key: kit.Sortable},
		{Title: t(MsgColCert), Width: 16, Priority: 45, Key: kit.Sortable},
	}
}

// Register columns.
const (
	gcCert = iota
	gcProduct
	gcFacility
	gcRound
	gcIssued
	gcValid
	gcFlag
)

// registerSource lists the entries that hold a certificate, across
// rounds; expiring limits it to those ending in year.
type registerSource struct {
	d        *data
	rv       kit.RowView
	year     int
	today    model.Date
	expiring bool
	t        func(i18n.Key, ...any) string
}

func (s registerSource) Len() int          { return s.d.entries.Len() }
func (s registerSource) Text(i int) string { return s.d.entries.Text(i) }

func (s registerSource) Skip(i int) bool {
	e := s.d.entries.At(i)
	return !e.Certified() || (e.Deleted && !s.rv.ShowDeleted) || (s.expiring && !e.ExpiresIn(s.year))
}

func (s registerSource) Cell(i, col int) string {
	e := s.d.entries.At(i)
	switch col {
	case gcCert:
		return s.rv.Name(e.CertNo, e.Deleted)
	case gcProduct:
		return e.Product
	case gcFacility:
		return s.d.facilityName(e.Facility)
	case gcRound:
		if r, ok := s.d.round(e.Round); ok {
			return r.Code
		}
	case gcIssued:
		return e.CertDate.String()
	case gcValid:
		return e.ValidUntil.String()
	case gcFlag:
		switch {
		case e.ValidUntil < s.today:
			return s.t(MsgExpired)
		case e.ExpiresIn(s.year):
			return s.t(MsgExpiresThis)
		}
	}
	return ""
}

func (s registerSource) SortKey(i, col int) vtable.SortKey {
	e := s.d.entries.At(i)
	switch col {
	case gcIssued:
		return vtable.SortKey{Num: int64(e.CertDate)}
	case gcValid:
		return vtable.SortKey{Num: int64(e.ValidUntil)}
	}
	return vtable.SortKey{Str: vntext.SortKey(s.Cell(i, col))}
}

func registerColumns(c *kit.Session) []vtable.Column {
	t := c.T
	return []vtable.Column{
		{Title: t(MsgColCert), Width: 16, Priority: 100, Key: kit.Sortable},
		{Title: t(MsgColProduct), Width: 26, MinWidth: 10, Flex: true, Priority: 90, Key: kit.Sortable},
		{Title: t(MsgColFacility), Width: 26, MinWidth: 10, Flex: true, Priority: 60, Key: kit.Sortable},
		{Title: t(MsgColRound), Width: 12, Priority: 40, Key: kit.Sortable},
		{Title: t(MsgColIssued), Width: 10, Priority: 50, Key: kit.Sortable},
		{Title: t(MsgColValid), Width: 12, Priority: 95, Key: kit.Sortable},
		{Title: t(MsgColFlag), Width: 18, Priority: 85, Key: kit.Sortable},
	}
}
