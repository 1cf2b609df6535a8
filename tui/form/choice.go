package form

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/huh/v2"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/tui/kit"
)

// choice is a select over an enum's values (the zero value, "unknown",
// first when the field may stay unknown or must be chosen).
func choice[T comparable](c *kit.Session, name string, v *T, opts []T, label func(T, i18n.Lang) string, required bool) *formField {
	ff := &formField{Name: name, Kind: kChoice, required: required, stock: true, ptr: v}
	ff.current = func() string { return fmt.Sprint(*v) }
	ff.build = func(f *RecordForm) huh.Field {
		var zero T
		o := make([]huh.Option[T], 0, len(opts)+1)
		o = append(o, huh.NewOption(label(zero, c.Lang), zero))
		for _, x := range opts {
			o = append(o, huh.NewOption(label(x, c.Lang), x))
		}
		title := model.FieldLabel(name, c.Lang)
		if required {
			title += " *"
		}
		return huh.NewSelect[T]().Key(name).Title(title).Options(o...).Value(v).Inline(true).Filtering(false).
			Validate(func(x T) error {
				if ff.ext != nil && ff.ext.value == ff.current() {
					return errors.New(model.FieldLabel(name, c.Lang) + ": " + ff.ext.msg)
				}
				if required && x == zero {
					return c.FieldErr(name, model.Errorf(model.MsgChoose))
				}
				return nil
			})
	}
	return ff
}

// textArea is a multi-line field (notes, former names). The external
// editor stays off: over SSH it would run on the server, not on the
// user's machine.
func textArea(name string, kind fieldKind, value, hint string) *formField {
	return textAreaLines(name, kind, value, hint, 3)
}

// textAreaLines is a text area of n lines (a programme's indicators).
func textAreaLines(name string, kind fieldKind, value, hint string, n int) *formField {
	ff := &formField{Name: name, Kind: kind, value: value, stock: true}
	ff.build = func(f *RecordForm) huh.Field {
		t := huh.NewText().Key(name).Title(model.FieldLabel(name, f.c.Lang)).Value(&ff.value).
			Lines(n).ExternalEditor(false).ShowLineNumbers(false).Validate(f.validator(ff))
		if hint != "" {
			t.Description(hint)
		}
		return t
	}
	return ff
}

// Former names are written one a line, the date they changed after a '|':
// "Công ty TNHH MTV Tân Việt | 15/03/2020".
func formatFormerNames(fs []model.FormerName) string {
	lines := make([]string, len(fs))
	for i, fn := range fs {
		lines[i] = fn.Name
		if fn.Until != 0 {
			lines[i] += " | " + fn.Until.String()
		}
	}
	return strings.Join(lines, "\n")
}

func parseFormerNames(s string) ([]model.FormerName, error) {
	var out []model.FormerName
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		name, date, _ := strings.Cut(line, "|")
		d, err := model.ParseDate(date)
		if err != nil {
			return nil, err
		}
		out = append(out, model.FormerName{Name: strings.TrimSpace(name), Until: d})
	}
	return out, nil
}

// copyChoice copies *src into *dst when both point to the same type (the
// enum of a select, a project ID).
func copyChoice(dst, src any) {
	switch d := dst.(type) {
	case *model.LegalForm:
		copyInto(d, src)
	case *model.TradeGroup:
		copyInto(d, src)
	case *model.Source:
		copyInto(d, src)
	case *model.Category:
		copyInto(d, src)
	case *model.Status:
		copyInto(d, src)
	case *model.PaymentKind:
		copyInto(d, src)
	case *model.ID:
		copyInto(d, src)
	case *string: // a unit's code
		copyInto(d, src)
	}
}

func copyInto[T any](dst *T, src any) {
	if s, ok := src.(*T); ok {
		*dst = *s
	}
}
