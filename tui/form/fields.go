package form

import (
	"strconv"
	"strings"

	"charm.land/huh/v2"

	"khuyencong/model"
	"khuyencong/tui/kit"
)

// fieldKind says how a text field's value is read and shown back.
type fieldKind uint8

const (
	kText    fieldKind = iota // one line of text
	kNotes                    // several lines
	kMoney                    // model.ParseMoney, shown back as 2.170.000.000
	kCount                    // whole number ≥ 0, shown back as 1.234
	kYear                     // a year, empty allowed
	kDate                     // model.ParseDate, shown back as dd/mm/yyyy
	kTax                      // model.ParseTaxCode, shown back normalised
	kFormer                   // former names, one a line: "name | dd/mm/yyyy"
	kChoice                   // a select or the beneficiary picker: no text
	kEmail                    // model.CheckEmail, the save's rule
	kFounded                  // a founding year: model.CheckFoundedYear on the session's clock
	kShares                   // amounts by beneficiary: model.ParseShares, shown back grouped
)

// formField is one field of a record form. Text fields keep their value
// here (huh writes through a pointer), so the form can be rebuilt after a
// failed save with everything the user typed.
type formField struct {
	Name     string // model field name: label key and Problems key
	Kind     fieldKind
	required bool
	value    string
	input    *huh.Input // text fields, set on each build
	field    huh.Field
	ext      *external
	stock    bool                        // built from huh's own input, text or select
	current  func() string               // choices: the value as text, for the dirty check
	build    func(*RecordForm) huh.Field // choices: builds the field over its variable
	// ptr is the variable a choice or picker edits, so that take can copy
	// another form's value of the same field.
	ptr any
	// units lists what a unit field (province, commune) chooses from.
	units func() []unitRow
}

// take copies src's value (the same field of another form) into ff.
func (ff *formField) take(src *formField) {
	switch p := ff.ptr.(type) {
	case nil:
		ff.value = src.value
	case *[]model.ID:
		if q, ok := src.ptr.(*[]model.ID); ok {
			*p = append([]model.ID(nil), (*q)...)
		}
	default:
		copyChoice(ff.ptr, src.ptr)
	}
}

// external is a problem found after the field was left (by the record's
// Validate or by the store); it holds while the value stays as it was.
type external struct {
	value string
	msg   string
}

// huhField reports a field built from huh's own inputs, texts and
// selects, which the form moves between itself; a custom field (a picker)
// handles enter and tab on its own.
func (ff *formField) huhField() bool { return ff.build == nil || ff.stock }

func (ff *formField) Text() string {
	if ff.current != nil {
		return ff.current()
	}
	return ff.value
}

// check reads a text value of a kind and says what is wrong with it;
// thisYear (the session's clock) bounds a founding year as the save does.
func check(kind fieldKind, required bool, s string, thisYear int32) error {
	s = strings.TrimSpace(s)
	if s == "" {
		if required {
			return model.Errorf(model.MsgRequired)
		}
		return nil
	}
	switch kind {
	case kMoney:
		m, err := model.ParseMoney(s)
		if err == nil && m < 0 {
			err = model.Errorf(model.MsgNegative)
		}
		return err
	case kShares:
		_, err := model.ParseShares(s)
		return err
	case kCount:
		_, err := parseCount(s)
		return err
	case kYear:
		_, err := parseYear(s)
		return err
	case kDate:
		_, err := model.ParseDate(s)
		return err
	case kTax:
		_, _, err := model.ParseTaxCode(s)
		return err
	case kFormer:
		_, err := parseFormerNames(s)
		return err
	case kEmail:
		if err := model.CheckEmail(s); err != nil {
			return err
		}
	case kFounded:
		y, err := parseYear(s)
		if err != nil {
			return err
		}
		if err := model.CheckFoundedYear(y, thisYear); err != nil {
			return err
		}
	}
	return nil
}

// maxShownYear lets shown normalise any year parseYear reads; whether a
// founding year is too late is check's business, with the session's clock.
const maxShownYear = 9999

// shown is the value as the app writes it, once it parses: what the user
// sees after leaving the field ("2170tr" becomes "2.170.000.000").
func shown(kind fieldKind, s string) string {
	t := strings.TrimSpace(s)
	if t == "" || check(kind, false, t, maxShownYear) != nil {
		return s
	}
	switch kind {
	case kMoney:
		m, _ := model.ParseMoney(t)
		return m.Full()
	case kShares:
		ms, _ := model.ParseShares(t)
		return model.FormatShares(ms)
	case kCount:
		n, _ := parseCount(t)
		return kit.GroupInt(int64(n))
	case kYear, kFounded:
		y, _ := parseYear(t)
		return strconv.Itoa(int(y))
	case kDate:
		d, _ := model.ParseDate(t)
		return d.String()
	case kTax:
		code, _, _ := model.ParseTaxCode(t)
		return code
	}
	return s
}

// parseCount reads a whole number written with or without '.' groups.
func parseCount(s string) (int32, error) {
	t := strings.ReplaceAll(strings.TrimSpace(s), ".", "")
	n, err := strconv.ParseInt(t, 10, 32)
	switch {
	case err != nil:
		return 0, model.Errorf(MsgNotNumber, s)
	case n < 0:
		return 0, model.Errorf(model.MsgNegative)
	}
	return int32(n), nil
}

func parseYear(s string) (int32, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 1900 || n > 2100 {
		return 0, model.Errorf(model.MsgYearRange, 1900, 2100)
	}
	return int32(n), nil
}
