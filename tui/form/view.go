package form

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"khuyencong/tui/kit"
)

// FullBody marks a modal drawn instead of the tab, not over it, so the
// root need not draw the tab beneath.
func (f *RecordForm) FullBody() {}

// View draws the form in the body: its title, the fields, and the problems
// of the fields; the picker or the discard question when open.
func (f *RecordForm) View(_ string, w, h int) string {
	if f.picker != nil {
		return f.picker.View(w, h)
	}
	if f.units != nil {
		return f.units.View(w, h)
	}
	st := f.c.Styles
	title := st.Title.Render(f.title)
	if f.saving {
		title += "  " + st.Muted.Render(f.c.T(MsgFormSaving))
	}
	body := title + "\n\n" + f.Form.View()
	if errs := f.problemLines(w); errs != "" {
		body = kit.Fit(body, w, max(h-lipgloss.Height(errs), 0)) + "\n" + errs
	}
	out := kit.Fit(body, w, h)
	if f.confirm != nil {
		return Overlay(out, f.confirm.View(w), w, h)
	}
	return out
}

// problemLines lists the fields' problems, at most three: the focused
// field's first and whole, wrapped to the width (a tax code's check-digit
// message is longer than 80 columns, and cut it could not be read at all),
// the others on one line each.
func (f *RecordForm) problemLines(w int) string {
	var lines []string
	focused := f.Form.GetFocusedField()
	for _, ff := range f.fields {
		if ff.field == nil {
			continue
		}
		err := ff.field.Error()
		if err == nil {
			continue
		}
		text := f.c.Mark(kit.LevelError) + " " + err.Error()
		if ff.field == focused && w > 0 {
			lines = append([]string{f.c.Styles.Error.Render(ansi.Wrap(text, w, ""))}, lines...)
			continue
		}
		lines = append(lines, f.c.Styles.Error.Render(kit.Cut(text, w)))
	}
	if len(lines) > 3 {
		lines = append(lines[:2], f.c.Styles.Error.Render(f.c.T(MsgFormMore, len(lines)-2)))
	}
	return strings.Join(lines, "\n")
}
