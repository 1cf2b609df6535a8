package exchange

import (
	"khuyencong/i18n"
	"khuyencong/model"
	"strings"
)

// cellKind says how a column is written to a workbook and shown in
// Markdown; reading goes through each column's own parser.
type cellKind uint8

const (
	cText cellKind = iota
	cNumber
	cMoney
	cDate
	cPercent // a tenth of a percent in n (report only)
)

// value is one exported cell.
type value struct {
	kind  cellKind
	s     string // text
	n     int64  // number, money, or a Date as yyyymmdd
	blank bool   // an unset number or date: an empty cell
}

func textVal(s string) value { return value{kind: cText, s: s} }

// column ties a record field to a spreadsheet column both ways; one table
// drives import and export, so that what is written reads back the same.
type column[T any] struct {
	field    string
	kind     cellKind
	required bool
	aliases  []string // names besides the catalog labels
	// set parses a non-empty, trimmed cell into the record.
	set func(r *T, v string, c *rowCtx) *model.Error
	get func(r *T, x *outCtx) value
	// onlyDeleted columns are exported only when a deleted record is.
	onlyDeleted bool
	// importOnly columns are read and never written (a whole address).
	importOnly bool
}

// spec is everything the importer and exporter know about one kind.
type spec[T any] struct {
	kind    model.Kind
	columns []column[T]
	// keyField is the column whose value must be unique ("" = none); key
	// gives that value in comparable form.
	keyField string
	key      func(r *T) string
	// existing finds the live record holding a key in the database.
	existing func(l *lookups, key string) (*T, bool)
	// clone deep-copies a record, so that a record read from the shared
	// snapshot is never changed in place.
	clone func(r *T) *T
	// fill completes a record from its other fields once every cell is
	// read (a guess, noted in c); nil for none.
	fill func(r *T, c *rowCtx)
	// check adds the file-level rules that Validate does not hold.
	check func(r *T, c *rowCtx) model.Problems
	// year is a record's plan year, for exporting one year; nil for a
	// kind that has none.
	year func(r *T) int32
	// look builds the lookups the kind's rows make (which facility has
	// this tax code, which project this code); nil for none.
	look func(l *lookups)

	index headerIndex
}

func (sp *spec[T]) build() *spec[T] {
	sp.columns = append(sp.columns, deletedColumn[T]())
	fields := make([]string, len(sp.columns))
	aliases := map[string][]string{}
	for i, c := range sp.columns {
		fields[i] = c.field
		aliases[c.field] = c.aliases
	}
	sp.index = newHeaderIndex(fields, aliases)
	return sp
}

// fields lists the field names a file may fill.
func (sp *spec[T]) fields() []string {
	out := make([]string, len(sp.columns))
	for i, c := range sp.columns {
		out[i] = c.field
	}
	return out
}

func (sp *spec[T]) required() []string {
	var r []string
	for _, c := range sp.columns {
		if c.required {
			r = append(r, c.field)
		}
	}
	return r
}

func (sp *spec[T]) column(field string) *column[T] {
	for i := range sp.columns {
		if sp.columns[i].field == field {
			return &sp.columns[i]
		}
	}
	return nil
}

// Helpers that make the common column shapes.

// textCol stores the cell as it is: the record's Sanitize, which runs on
// every row before it is checked, cleans all text in one place.
func textCol[T any](field string, ptr func(*T) *string, aliases ...string) column[T] {
	return column[T]{
		field: field, kind: cText, aliases: aliases,
		set: func(r *T, v string, _ *rowCtx) *model.Error { *ptr(r) = v; return nil },
		get: func(r *T, _ *outCtx) value { return textVal(*ptr(r)) },
	}
}

// noteCol is textCol for multi-line notes (Sanitize keeps their breaks).
func noteCol[T any](field string, ptr func(*T) *string, aliases ...string) column[T] {
	return textCol(field, ptr, aliases...)
}

func intCol[T any](field string, ptr func(*T) *int32, aliases ...string) column[T] {
	return column[T]{
		field: field, kind: cNumber, aliases: aliases,
		set: func(r *T, v string, _ *rowCtx) *model.Error {
			n, err := parseInt32(v)
			*ptr(r) = n
			return err
		},
		get: func(r *T, _ *outCtx) value {
			n := *ptr(r)
			return value{kind: cNumber, n: int64(n), blank: n == 0}
		},
	}
}

func moneyCol[T any](field string, ptr func(*T) *model.Money, blankZero bool, aliases ...string) column[T] {
	return column[T]{
		field: field, kind: cMoney, aliases: aliases,
		set: func(r *T, v string, _ *rowCtx) *model.Error {
			m, err := parseMoneyCell(v)
			*ptr(r) = m
			return err
		},
		get: func(r *T, _ *outCtx) value {
			m := *ptr(r)
			return value{kind: cMoney, n: int64(m), blank: blankZero && m == 0}
		},
	}
}

func dateCol[T any](field string, ptr func(*T) *model.Date, aliases ...string) column[T] {
	return column[T]{
		field: field, kind: cDate, aliases: aliases,
		set: func(r *T, v string, c *rowCtx) *model.Error {
			d, err := parseDateCell(v, c.date1904)
			*ptr(r) = d
			return err
		},
		get: func(r *T, _ *outCtx) value {
			d := *ptr(r)
			return value{kind: cDate, n: int64(d), blank: d == 0}
		},
	}
}

// enumValue is what the label tables of model give every enum.
type enumValue interface {
	~uint8
	Label(i18n.Lang) string
	Code() string
}

// enumCol reads a code or a label in either language and writes the label
// in the export's language; an unset value is an empty cell.
//
// A column holds few distinct values over many rows, so each distinct cell
// is parsed once per import (rowCtx.choices); parsing folds every label.
func enumCol[T any, E enumValue](field string, ptr func(*T) *E, parse func(string) (E, bool), all []E, aliases ...string) column[T] {
	return column[T]{
		field: field, kind: cText, aliases: aliases,
		set: func(r *T, v string, c *rowCtx) *model.Error {
			key := choiceKey{field, v}
			got, seen := c.choices[key]
			if !seen {
				e, ok := parse(v)
				if !ok {
					e, ok = partOfLabel(v, all)
				}
				got = choice{uint8(e), ok}
				c.remember(key, got)
			}
			if !got.ok {
				return model.Errorf(MsgImportBadChoice, v, enumNames(all, c.lang))
			}
			*ptr(r) = E(got.v)
			return nil
		},
		get: func(r *T, x *outCtx) value {
			e := *ptr(r)
			if e == 0 {
				return textVal("")
			}
			return textVal(e.Label(x.lang))
		},
	}
}

// partOfLabel accepts the short form people write for a long label
// ("Thủ công mỹ nghệ" for "Sản xuất hàng thủ công mỹ nghệ") when it is part
// of exactly one label, in either language.
func partOfLabel[E enumValue](v string, all []E) (E, bool) {
	key := headerKey(v)
	if len([]rune(key)) < 4 {
		return 0, false
	}
	var found E
	n := 0
	for _, e := range all {
		if strings.Contains(headerKey(e.Label(i18n.VI)), key) || strings.Contains(headerKey(e.Label(i18n.EN)), key) {
			found = e
			n++
		}
	}
	return found, n == 1
}

// enumNames lists the accepted values as "code (name)", so that a refused
// cell can be corrected from the message alone.
func enumNames[E enumValue](all []E, l i18n.Lang) string {
	parts := make([]string, len(all))
	for i, e := range all {
		parts[i] = e.Code() + " (" + e.Label(l) + ")"
	}
	return strings.Join(parts, ", ")
}
