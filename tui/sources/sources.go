package sources

import (
	"strconv"

	"charm.land/lipgloss/v2"

	"khuyencong/dvhc"
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
	"khuyencong/tui/vtable"
	"khuyencong/vntext"
)

// The adapters show a snapshot's tables through vtable.Source without
// copying them: a cell is formatted when the table draws it, which is only
// for the rows on screen. A new snapshot means a new adapter (SetSource).

// listed is the rows a source lists in natural order: the table's shared
// live rows when deleted rows are hidden; with them shown, every row
// (0..Len-1, made per call: only an admin turns this on).
func listed[T any](t *store.Table[T], v kit.RowView) []int32 {
	if !v.ShowDeleted {
		return t.LiveRows()
	}
	rows := make([]int32, t.Len())
	for i := range rows {
		rows[i] = int32(i)
	}
	return rows
}

// Facility columns, in display order.
const (
	FcName = iota
	FcTax
	FcCommune     // since 1/7/2025, or as recorded before it when not converted
	FcOldDistrict // as recorded before 1/7/2025
	FcCraft
	fcTrade
	fcEmployees
	fcLegal
)

type FacilitySource struct {
	Records *store.Table[model.Facility]
	RowView kit.RowView
	Units   *dvhc.Table // names the communes; nil shows their codes
	memo    *rowMemo    // the last row decoded (WithRowMemo), nil: none
}

func (s FacilitySource) Len() int          { return s.Records.Len() }
func (s FacilitySource) Text(i int) string { return s.Records.Text(i) }

// Matcher is vtable.Matcher: a facility's search text keeps its places
// apart, shared with every facility in them (store.Table.Matcher).
func (s FacilitySource) Matcher(words []string) func(int) bool { return s.Records.Matcher(words) }
func (s FacilitySource) Skip(i int) bool                       { return s.Records.Deleted(i) && !s.RowView.ShowDeleted }

// Listed is vtable.Lister: the snapshot's live rows, shared by every
// session, when deleted rows are hidden.
func (s FacilitySource) Listed() []int32 { return listed(s.Records, s.RowView) }

func (s FacilitySource) Cell(i, col int) string {
	if s.memo != nil {
		return s.cell(s.memo.row(s.Records, i), col)
	}
	var f model.Facility
	s.Records.Load(i, &f)
	return s.cell(&f, col)
}

func (s FacilitySource) cell(f *model.Facility, col int) string {
	switch col {
	case FcName:
		return s.RowView.Name(f.Name, f.Deleted)
	case FcTax:
		return f.TaxCode
	case FcCommune:
		return s.commune(&f.Address)
	case FcOldDistrict:
		return f.Address.Before.District
	case FcCraft:
		return f.CraftVillage
	case fcTrade:
		return f.TradeGroup.Label(s.RowView.Lang)
	case fcEmployees:
		if f.Employees == 0 {
			return ""
		}
		return kit.GroupInt(int64(f.Employees))
	case fcLegal:
		return f.LegalForm.Code()
	}
	return ""
}

// commune is the commune since 1/7/2025, or the one recorded before it
// marked as such while the record waits for conversion.
func (s FacilitySource) commune(a *model.Address) string {
	switch {
	case a.CommuneCode != "" && s.Units != nil:
		return s.Units.CommuneLabel(a.CommuneCode)
	case a.CommuneCode != "":
		return a.CommuneCode
	case a.Before.Commune != "":
		return s.RowView.Lang.T(MsgOldCommune, a.Before.Commune)
	}
	return ""
}

// AppendSortKey is vtable.KeyAppender: the keys of a column go into one
// buffer, so sorting a million facilities does not allocate a million keys.
func (s FacilitySource) AppendSortKey(dst []byte, i, col int) ([]byte, int64) {
	if col == FcName {
		return vntext.AppendSortKey(dst, store.FacilityName(s.Records, i)), 0
	}
	var f model.Facility
	s.Records.Load(i, &f)
	switch col {
	case fcEmployees:
		return dst, int64(f.Employees)
	case fcTrade:
		return dst, int64(f.TradeGroup)
	case fcLegal:
		return dst, int64(f.LegalForm)
	case FcCommune:
		// Not the cell: its "(cũ)" mark depends on the language, and
		// sessions of both languages share one order.
		name := f.Address.Before.Commune
		if f.Address.CommuneCode != "" {
			name = s.commune(&f.Address)
		}
		return vntext.AppendSortKey(dst, name), 0
	}
	return vntext.AppendSortKey(dst, s.cell(&f, col)), 0
}

// Project columns, in display order.
const (
	pcCode = iota
	pcName
	pcYear
	pcSource
	pcCategory
	pcStatus
	pcSupport
	pcCounterpart
)

type ProjectSource struct {
	Records *store.Table[model.Project]
	RowView kit.RowView
}

func (s ProjectSource) Len() int          { return s.Records.Len() }
func (s ProjectSource) Text(i int) string { return s.Records.Text(i) }
func (s ProjectSource) Skip(i int) bool   { return s.Records.Deleted(i) && !s.RowView.ShowDeleted }

// Listed is vtable.Lister, as for facilities.
func (s ProjectSource) Listed() []int32 { return listed(s.Records, s.RowView) }

func (s ProjectSource) Cell(i, col int) string {
	p := s.Records.At(i)
	switch col {
	case pcCode:
		return p.Code
	case pcName:
		return s.RowView.Name(p.Name, p.Deleted)
	case pcYear:
		if p.Year == 0 {
			return ""
		}
		return strconv.Itoa(int(p.Year))
	case pcSource:
		return p.Source.Code()
	case pcCategory:
		return p.Category.Label(s.RowView.Lang)
	case pcStatus:
		return p.Status.Label(s.RowView.Lang)
	case pcSupport:
		return moneyCell(p.Support)
	case pcCounterpart:
		return moneyCell(p.Counterpart)
	}
	return ""
}

func (s ProjectSource) AppendSortKey(dst []byte, i, col int) ([]byte, int64) {
	p := s.Records.At(i)
	switch col {
	case pcYear:
		return dst, int64(p.Year)
	case pcSource:
		return dst, int64(p.Source)
	case pcCategory:
		return dst, int64(p.Category)
	case pcStatus:
		return dst, int64(p.Status)
	case pcSupport:
		return dst, int64(p.Support)
	case pcCounterpart:
		return dst, int64(p.Counterpart)
	case pcName:
		return vntext.AppendSortKey(dst, p.Name), 0
	}
	return vntext.AppendSortKey(dst, s.Cell(i, col)), 0
}

func FacilityColumns(c *kit.Session) []vtable.Column {
	t := c.T
	return []vtable.Column{
		{Title: t(kit.MsgColName), Width: 40, MinWidth: 32, Flex: true, Priority: 100, Key: kit.Sortable},
		{Title: t(MsgColTax), Width: 14, Priority: 40, Key: kit.Sortable},
		{Title: t(MsgColCommune), Width: 16, Priority: 60, Key: kit.Sortable},
		{Title: t(MsgColDistrict), Width: 10, Priority: 50, Key: kit.Sortable},
		{Title: t(MsgColCraft), Width: 16, Priority: 20, Key: kit.Sortable},
		{Title: t(MsgColTrade), Width: 16, Priority: 10, Key: kit.Sortable},
		{Title: t(MsgColEmployees), Width: 8, Priority: 30, Align: lipgloss.Right, Key: kit.Sortable},
		{Title: t(MsgColLegal), Width: 9, Priority: 15, Key: kit.Sortable},
	}
}

func ProjectColumns(c *kit.Session) []vtable.Column {
	t := c.T
	return []vtable.Column{
		{Title: t(MsgColCode), Width: 14, Priority: 90, Key: kit.Sortable},
		{Title: t(kit.MsgColName), Width: 40, MinWidth: 30, Flex: true, Priority: 100, Key: kit.Sortable},
		{Title: t(kit.MsgColYear), Width: 4, Priority: 70, Align: lipgloss.Right, Key: kit.Sortable},
		{Title: t(kit.MsgColSource), Width: 5, Priority: 60, Key: kit.Sortable},
		{Title: t(MsgColCategory), Width: 16, Priority: 10, Key: kit.Sortable},
		{Title: t(MsgColStatus), Width: 14, Priority: 50, Key: kit.Sortable},
		{Title: t(MsgColSupport), Width: 10, Priority: 80, Align: lipgloss.Right, Key: kit.Sortable},
		{Title: t(MsgColCounterpart), Width: 10, Priority: 20, Align: lipgloss.Right, Key: kit.Sortable},
	}
}

// moneyCell is an amount in a table: short form, blank for none.
func moneyCell(m model.Money) string {
	if m == 0 {
		return ""
	}
	return m.Short()
}
