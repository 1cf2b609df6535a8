package budgets

import (
	"strconv"

	"charm.land/lipgloss/v2"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
	"khuyencong/tui/vtable"
	"khuyencong/vntext"
)

// The budget tab's tables read the snapshot through these adapters, like
// the other tabs (package sources): nothing is copied, a cell is formatted only
// when drawn. year (0: all) hides the rows of other years: an allocation's
// own year, a payment's project's plan year, as in the budget table.

// Allocation columns, in display order.
const (
	acYear = iota
	acSource
	acBatch
	acAmount
	acDecision
	acDecided
	acNotes
)

type allocationSource struct {
	Records *store.Table[model.Allocation]
	RowView kit.RowView
	Year    int32
}

func (s allocationSource) Len() int          { return s.Records.Len() }
func (s allocationSource) Text(i int) string { return s.Records.Text(i) }

func (s allocationSource) Skip(i int) bool {
	a := s.Records.At(i)
	return (a.Deleted && !s.RowView.ShowDeleted) || (s.Year != 0 && a.Year != s.Year)
}

func (s allocationSource) Cell(i, col int) string {
	a := s.Records.At(i)
	switch col {
	case acYear:
		return kit.CountText(a.Year)
	case acSource:
		return s.RowView.Name(a.Source.Code(), a.Deleted)
	case acBatch:
		return kit.CountText(a.Batch)
	case acAmount:
		return a.Amount.Full()
	case acDecision:
		return a.DecisionNo
	case acDecided:
		return a.DecisionDate.String()
	case acNotes:
		return a.Notes
	}
	return ""
}

func (s allocationSource) SortKey(i, col int) vtable.SortKey {
	a := s.Records.At(i)
	switch col {
	case acYear:
		return vtable.SortKey{Num: int64(a.Year)*1000 + int64(a.Batch)}
	case acSource:
		return vtable.SortKey{Num: int64(a.Source)}
	case acBatch:
		return vtable.SortKey{Num: int64(a.Batch)}
	case acAmount:
		return vtable.SortKey{Num: int64(a.Amount)}
	case acDecided:
		return vtable.SortKey{Num: int64(a.DecisionDate)}
	}
	return vtable.SortKey{Str: vntext.SortKey(s.Cell(i, col))}
}

func allocationColumns(c *kit.Session) []vtable.Column {
	t := c.T
	return []vtable.Column{
		{Title: t(kit.MsgColYear), Width: 4, Priority: 90, Align: lipgloss.Right, Key: kit.Sortable},
		{Title: t(kit.MsgColSource), Width: 6, Priority: 90, Key: kit.Sortable},
		{Title: t(MsgBgColBatch), Width: 4, Priority: 80, Align: lipgloss.Right, Key: kit.Sortable},
		{Title: t(MsgBgColAmount), Width: 17, Priority: 100, Align: lipgloss.Right, Key: kit.Sortable},
		{Title: t(MsgBgColDecision), Width: 16, Priority: 50, Key: kit.Sortable},
		{Title: t(MsgBgColDecided), Width: 10, Priority: 40, Key: kit.Sortable},
		{Title: t(MsgBgColNotes), Width: 30, MinWidth: 10, Flex: true, Priority: 10, Key: kit.Sortable},
	}
}

// Payment columns, in display order.
const (
	ycDate = iota
	ycProject
	ycKind
	ycAmount
	ycVoucher
	ycName
)

type paymentSource struct {
	Records  *store.Table[model.Payment]
	projects *store.Table[model.Project]
	RowView  kit.RowView
	Year     int32
}

func (s paymentSource) Len() int          { return s.Records.Len() }
func (s paymentSource) Text(i int) string { return s.Records.Text(i) }

func (s paymentSource) project(i int) (*model.Project, bool) {
	return s.projects.Get(s.Records.At(i).Project)
}

func (s paymentSource) Skip(i int) bool {
	p := s.Records.At(i)
	if p.Deleted && !s.RowView.ShowDeleted {
		return true
	}
	if s.Year == 0 {
		return false
	}
	pr, ok := s.project(i)
	return !ok || pr.Year != s.Year
}

func (s paymentSource) Cell(i, col int) string {
	p := s.Records.At(i)
	switch col {
	case ycDate:
		return p.Date.String()
	case ycProject:
		if pr, ok := s.project(i); ok {
			return s.RowView.Name(pr.Code, p.Deleted)
		}
		return s.RowView.Name("#"+strconv.Itoa(int(p.Project)), p.Deleted)
	case ycKind:
		return p.PayKind.Label(s.RowView.Lang)
	case ycAmount:
		return p.Amount.Full()
	case ycVoucher:
		return p.Voucher
	case ycName:
		if pr, ok := s.project(i); ok {
			return pr.Name
		}
	}
	return ""
}

func (s paymentSource) SortKey(i, col int) vtable.SortKey {
	p := s.Records.At(i)
	switch col {
	case ycDate:
		return vtable.SortKey{Num: int64(p.Date)}
	case ycKind:
		return vtable.SortKey{Num: int64(p.PayKind)}
	case ycAmount:
		return vtable.SortKey{Num: int64(p.Amount)}
	}
	return vtable.SortKey{Str: vntext.SortKey(s.Cell(i, col))}
}

func paymentColumns(c *kit.Session) []vtable.Column {
	t := c.T
	return []vtable.Column{
		{Title: t(MsgBgColDate), Width: 10, Priority: 90, Key: kit.Sortable},
		{Title: t(MsgBgColProject), Width: 14, Priority: 95, Key: kit.Sortable},
		{Title: t(MsgBgColKind), Width: 10, Priority: 80, Key: kit.Sortable},
		{Title: t(MsgBgColAmount), Width: 15, Priority: 100, Align: lipgloss.Right, Key: kit.Sortable},
		{Title: t(MsgBgColVoucher), Width: 12, Priority: 50, Key: kit.Sortable},
		{Title: t(kit.MsgColName), Width: 30, MinWidth: 10, Flex: true, Priority: 10, Key: kit.Sortable},
	}
}
