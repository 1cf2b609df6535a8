package form

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"khuyencong/tui/kit"
)

// answer is what the user made of a question.
type answer uint8

const (
	pending answer = iota
	yes
	no
)

// Dialog is a small yes/no question (delete? discard changes?). It
// starts on "no": a stray enter must not destroy anything. y and n answer
// at once, ←/→/tab move, enter takes the focused button, esc is no.
type Dialog struct {
	c        *kit.Session
	question string
	yesLabel string
	noLabel  string
	OnYes    bool
}

func NewConfirm(c *kit.Session, question, yesLabel, noLabel string) *Dialog {
	return &Dialog{c: c, question: question, yesLabel: yesLabel, noLabel: noLabel}
}

// Update takes a key and says whether the question is answered.
func (d *Dialog) Update(msg tea.Msg) answer {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return pending
	}
	switch k.String() {
	case "y", "Y", "c", "C":
		return yes
	case "n", "N", "k", "K", "esc":
		return no
	case "left", "right", "tab", "shift+tab", "h", "l":
		d.OnYes = !d.OnYes
	case "enter", "space":
		if d.OnYes {
			return yes
		}
		return no
	}
	return pending
}

// View draws the dialog box, at most w cells wide.
func (d *Dialog) View(w int) string {
	st := d.c.Styles
	// The focused button is bracketed as well as highlighted, so that it
	// shows without colour.
	btn := func(label string, focused bool) string {
		if focused {
			return st.Selected.Render("[ " + label + " ]")
		}
		return "  " + label + "  "
	}
	buttons := lipgloss.JoinHorizontal(lipgloss.Top, btn(d.yesLabel, d.OnYes), "  ", btn(d.noLabel, !d.OnYes))
	q := lipgloss.NewStyle().Width(DialogWidth(w)).Render(d.question)
	body := lipgloss.JoinVertical(lipgloss.Center, q, "", buttons)
	return st.Dialog.Render(body)
}

// DialogWidth is the width of a dialog's text in a body w cells wide: at
// most 60 cells, and narrow enough for the box (border and padding take 6)
// to fit an 80-column terminal and anything narrower down to the minimum.
func DialogWidth(w int) int { return max(min(w-6, 60), 10) }

// DialogBox draws a question wrapped to the dialog width above the rest
// (an input line), in the dialog style.
func DialogBox(c *kit.Session, w int, question string, rest ...string) string {
	q := lipgloss.NewStyle().Width(DialogWidth(w)).Render(question)
	body := lipgloss.JoinVertical(lipgloss.Left, append([]string{q, ""}, rest...)...)
	return c.Styles.Dialog.Render(body)
}

// Overlay draws box centred over base in a w×h area.
func Overlay(base, box string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	bw, bh := lipgloss.Width(box), lipgloss.Height(box)
	x, y := max((w-bw)/2, 0), max((h-bh)/2, 0)
	canvas := lipgloss.NewCanvas(w, h)
	canvas.Compose(lipgloss.NewCompositor(
		lipgloss.NewLayer(kit.Fit(base, w, h)),
		lipgloss.NewLayer(box).X(x).Y(y).Z(1),
	))
	return canvas.Render()
}

// ConfirmModal asks a question for the root and runs a command on yes.
type ConfirmModal struct {
	Dialog *Dialog
	OnYes  tea.Cmd
}

func (m *ConfirmModal) Update(msg tea.Msg) (kit.Modal, tea.Cmd) {
	switch m.Dialog.Update(msg) {
	case yes:
		return nil, m.OnYes
	case no:
		return nil, nil
	}
	return m, nil
}

func (m *ConfirmModal) View(base string, w, h int) string {
	return Overlay(base, m.Dialog.View(w), w, h)
}

func (m *ConfirmModal) Session() *kit.Session { return m.Dialog.c }

func (m *ConfirmModal) KeyMap() help.KeyMap {
	c := m.Dialog.c
	return kit.KeyList{Short: []key.Binding{
		key.NewBinding(key.WithKeys("y"), key.WithHelp("y/c", m.Dialog.yesLabel)),
		key.NewBinding(key.WithKeys("n"), key.WithHelp("n/k/esc", m.Dialog.noLabel)),
		key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←→ enter", c.T(MsgKeyConfirm))),
	}}
}
