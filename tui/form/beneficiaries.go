package form

import (
	"errors"
	"io"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"khuyencong/model"
	"khuyencong/tui/kit"
)

// pickMsg asks the form to open the beneficiary picker over ids.
type pickMsg struct{ ids *[]model.ID }

// benField is a huh field that shows the chosen beneficiaries and opens
// the picker on enter or space; huh has no field that searches 20,000
// facilities, so the app brings its own.
type benField struct {
	c        *kit.Session
	ff       *formField
	ids      *[]model.ID
	focused  bool
	Width    int
	theme    huh.Theme
	Dark     bool
	err      error
	validate func() error
}

func beneficiaries(c *kit.Session, ids *[]model.ID) *formField {
	ff := &formField{Name: "beneficiaries", Kind: kChoice, ptr: ids}
	ff.current = func() string { return idsText(*ids) }
	ff.build = func(f *RecordForm) huh.Field {
		b := &benField{c: c, ff: ff, ids: ids, Width: 80, theme: formTheme(c.Styles)}
		b.validate = func() error {
			if ff.ext != nil && ff.ext.value == ff.current() {
				return errors.New(model.FieldLabel(ff.Name, c.Lang) + ": " + ff.ext.msg)
			}
			return nil
		}
		return b
	}
	return ff
}

func idsText(ids []model.ID) string {
	var b strings.Builder
	for _, id := range ids {
		b.WriteString(strconv.FormatUint(uint64(id), 10))
		b.WriteByte(',')
	}
	return b.String()
}

func (b *benField) Init() tea.Cmd { return nil }

func (b *benField) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.BackgroundColorMsg:
		b.Dark = msg.IsDark()
	case tea.KeyPressMsg:
		if !b.focused {
			return b, nil
		}
		switch msg.String() {
		case "enter", "space":
			ids := b.ids
			return b, func() tea.Msg { return pickMsg{ids: ids} }
		case "tab", "down":
			b.err = b.validate()
			return b, huh.NextField
		case "shift+tab", "up":
			return b, huh.PrevField
		}
	}
	return b, nil
}

func (b *benField) View() string {
	t := b.theme.Theme(b.Dark)
	st := t.Blurred
	if b.focused {
		st = t.Focused
	}
	title := st.Title.Render(model.FieldLabel(b.ff.Name, b.c.Lang))
	if b.err != nil {
		title += st.ErrorIndicator.String()
	}
	names := b.names()
	if names == "" {
		names = st.TextInput.Placeholder.Render(b.c.T(MsgPickNone))
	}
	inner := max(b.Width-st.Base.GetHorizontalFrameSize(), 1)
	return st.Base.Width(b.Width).Render(title + "\n" + kit.Cut(names, inner))
}

// names lists the chosen facilities by name, "+N" past the room.
func (b *benField) names() string {
	snap := b.c.Snap
	parts := make([]string, 0, len(*b.ids))
	for _, id := range *b.ids {
		if f, ok := snap.Facilities().Get(id); ok {
			parts = append(parts, f.Name)
		} else {
			parts = append(parts, "#"+kit.GroupInt(int64(id)))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return b.c.T(MsgPickCount, len(parts)) + ": " + strings.Join(parts, "; ")
}

func (b *benField) Blur() tea.Cmd                            { b.focused = false; b.err = b.validate(); return nil }
func (b *benField) Focus() tea.Cmd                           { b.focused = true; return nil }
func (b *benField) Error() error                             { return b.err }
func (b *benField) Run() error                               { return nil }
func (b *benField) RunAccessible(io.Writer, io.Reader) error { return nil }
func (b *benField) Skip() bool                               { return false }
func (b *benField) Zoom() bool                               { return false }
func (b *benField) WithTheme(t huh.Theme) huh.Field          { b.theme = t; return b }
func (b *benField) WithKeyMap(*huh.KeyMap) huh.Field         { return b }
func (b *benField) WithWidth(w int) huh.Field                { b.Width = w; return b }
func (b *benField) WithHeight(int) huh.Field                 { return b }
func (b *benField) WithPosition(huh.FieldPosition) huh.Field { return b }
func (b *benField) GetKey() string                           { return "beneficiaries" }
func (b *benField) GetValue() any                            { return *b.ids }

func (b *benField) KeyBinds() []key.Binding {
	return []key.Binding{key.NewBinding(key.WithKeys("enter", "space"), key.WithHelp("enter", b.c.T(MsgKeyPick)))}
}
