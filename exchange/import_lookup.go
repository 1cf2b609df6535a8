package exchange

import (
	"slices"
	"strconv"
	"strings"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/vntext"
)

// lookups answers the questions rows ask of the database: which facility
// has this tax code or this exact name, which project has this code. The
// maps are built once per import from one snapshot.
type lookups struct {
	snap       *store.Snapshot
	facByTax   map[string]model.ID
	facByName  map[string][]model.ID
	projByCode map[string]model.ID
	progByCode map[string]model.ID
	contest    *contestLookups
}

func newLookups(snap *store.Snapshot, index func(*lookups)) *lookups {
	l := &lookups{snap: snap}
	if index != nil {
		index(l)
	}
	return l
}

func (l *lookups) indexFacilities(names bool) {
	t := l.snap.Facilities()
	l.facByTax = make(map[string]model.ID)
	if names {
		l.facByName = make(map[string][]model.ID)
	}
	for f := range t.Scan() {
		if f.TaxCode != "" {
			l.facByTax[f.TaxCode] = f.ID
		}
		if names {
			l.facByName[f.Name] = append(l.facByName[f.Name], f.ID)
		}
	}
	// A deleted facility answers only for a code or name no live one
	// holds: a file exported with it (see deleted.go) names it so.
	for i := range t.Len() {
		if !t.Deleted(i) {
			continue
		}
		f := t.At(i)
		if _, live := l.facByTax[f.TaxCode]; f.TaxCode != "" && !live {
			l.facByTax[f.TaxCode] = f.ID
		}
		if _, live := l.facByName[f.Name]; names && !live {
			l.facByName[f.Name] = []model.ID{f.ID}
		}
	}
}

func (l *lookups) indexProjects() {
	l.projByCode = make(map[string]model.ID)
	t := l.snap.Projects()
	for p := range t.Scan() {
		l.projByCode[codeKey(p.Code)] = p.ID
	}
	for i := range t.Len() {
		if p := t.At(i); t.Deleted(i) {
			if _, live := l.projByCode[codeKey(p.Code)]; !live {
				l.projByCode[codeKey(p.Code)] = p.ID
			}
		}
	}
}

// deletedRef notes a link to a deleted record: allowed, so that an export
// with deleted references imports again, but never silent.
func (c *rowCtx) deletedRef(deleted bool, field, tok string) {
	if deleted {
		c.notes = append(c.notes, RowNote{Kind: NoteDeletedRef, Field: field, Cell: tok})
	}
}

// codeKey compares project codes without regard to case or diacritics, so
// that "kcqg-2022-01" is the same project as "KCQG-2022-01".
func codeKey(code string) string {
	return strings.ToUpper(vntext.Fold(vntext.CleanLine(code)))
}

// facility resolves one beneficiary token: a tax code, or else an exact
// name held by exactly one live facility. Where several facilities share
// the name, "Name #ID" (as Export writes it) picks one of them by its
// record number.
func (l *lookups) facility(tok string) (model.ID, *model.Error) {
	if code, _, err := model.ParseTaxCode(tok); err == nil && code != "" {
		if id, ok := l.facByTax[code]; ok {
			return id, nil
		}
	}
	name := vntext.CleanLine(tok)
	ids := l.facByName[name]
	if len(ids) == 0 {
		if base, id, ok := splitNameID(name); ok && slices.Contains(l.facByName[base], id) {
			return id, nil
		}
	}
	switch len(ids) {
	case 0:
		return 0, model.Errorf(MsgImportNoFacility, tok)
	case 1:
		return ids[0], nil
	default:
		return 0, model.Errorf(MsgImportAmbiguousFacility, tok, len(ids))
	}
}

// splitNameID splits "Name #57" into the name and the record number.
func splitNameID(s string) (string, model.ID, bool) {
	i := strings.LastIndex(s, " #")
	if i < 0 {
		return "", 0, false
	}
	n, err := strconv.ParseUint(s[i+2:], 10, 32)
	if err != nil || n == 0 {
		return "", 0, false
	}
	return strings.TrimSpace(s[:i]), model.ID(n), true
}

// project resolves a payment's project by its code.
func (l *lookups) project(code string) (model.ID, *model.Error) {
	if id, ok := l.projByCode[codeKey(code)]; ok {
		return id, nil
	}
	return 0, model.Errorf(MsgImportNoProject, code)
}

// rowCtx carries what parsing one row needs besides the cell.
type rowCtx struct {
	look     *lookups
	date1904 bool
	lang     i18n.Lang
	total    model.Money // the file's "total" cell, checked against the sum
	hasTotal bool
	// indicators is a programme's indicators cell, read once the period
	// is known (the columns may come in any order).
	indicators    string
	indicatorsErr *model.Error
	choices       map[choiceKey]choice
	addr          addrCells
	// notes are the row's notes; spills the cells kept as text in another
	// field, applied once every cell is read so that the field's own
	// column does not overwrite them.
	notes  []RowNote
	spills []spill
	// columns are the fields the file has a column for (read only).
	columns map[string]bool
}

type spill struct{ field, text string }

func (c *rowCtx) reset() {
	c.total, c.hasTotal, c.notes, c.spills, c.addr = 0, false, nil, nil, addrCells{}
	c.indicators, c.indicatorsErr = "", nil
}

// choiceKey and choice memoise enum cells: a field's cell text and what it
// parsed to.
type choiceKey struct{ field, cell string }

type choice struct {
	v  uint8
	ok bool
}

// maxMemo bounds the memo of a hostile file with a million distinct cells.
const maxMemo = 10_000

func (c *rowCtx) remember(k choiceKey, v choice) {
	if c.choices == nil {
		c.choices = map[choiceKey]choice{}
	}
	if len(c.choices) < maxMemo {
		c.choices[k] = v
	}
}

// outCtx carries what writing a record needs: the language and, for
// references, the snapshot.
type outCtx struct {
	snap *store.Snapshot
	lang i18n.Lang
	// sharedNames counts the live facilities of each name, as the
	// importer's name lookup sees them; built on first use.
	sharedNames map[string]int
}

// nameIsShared reports whether a facility without a tax code cannot be
// named by its name alone.
func (x *outCtx) nameIsShared(name string) bool {
	if x.sharedNames == nil {
		x.sharedNames = map[string]int{}
		for f := range x.snap.Facilities().Scan() {
			x.sharedNames[f.Name]++
		}
	}
	return x.sharedNames[name] > 1
}
