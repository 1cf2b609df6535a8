package tui

import (
	"charm.land/bubbles/v2/viewport"
	"charm.land/lipgloss/v2"

	"khuyencong/model"
)

// sideMinWidth is the terminal width from which the detail opens beside the
// table instead of over it.
const sideMinWidth = 120

// detailPane shows one record with its related records, in a viewport so a
// long record scrolls. The content is built from the snapshot when the
// record, the snapshot or the size changes, not on every frame.
type detailPane struct {
	open bool
	id   model.ID
	vp   viewport.Model
}

func newDetailPane() detailPane {
	return detailPane{vp: viewport.New()}
}

// paneWidth is the detail's share of a side-by-side layout.
func paneWidth(w int) int { return max(w*2/5, 48) }

// setSize sizes the viewport for a pane drawn w×h including its border.
func (d *detailPane) setSize(st *styles, w, h int) {
	fw, fh := st.Pane.GetFrameSize()
	d.vp.SetWidth(max(w-fw, 0))
	d.vp.SetHeight(max(h-fh, 0))
}

// setContent replaces the text, keeping the scroll position for the same
// record (a live update) and going to the top for another one.
func (d *detailPane) setContent(id model.ID, s string) {
	same := id == d.id
	d.id = id
	d.vp.SetContent(s)
	if !same {
		d.vp.GotoTop()
	}
}

func (d *detailPane) view(st *styles, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	fw, fh := st.Pane.GetFrameSize()
	return st.Pane.Width(w).Height(h).Render(fit(d.vp.View(), max(w-fw, 0), max(h-fh, 0)))
}

// section writes a heading and its lines; it skips an empty section.
func section(st *styles, title string, lines ...string) string {
	if len(lines) == 0 {
		return ""
	}
	out := st.Heading.Render(title)
	for _, l := range lines {
		out += "\n" + l
	}
	return out + "\n"
}

// kv is one "label: value" line, with the labels of a block aligned to lw
// cells; empty values are left out by the callers via kvs.
func kv(st *styles, lw int, label, value string) string {
	return st.Label.Render(padRight(label, lw)) + " " + st.Value.Render(value)
}

// kvs renders label/value pairs, dropping empty values and aligning labels.
func kvs(st *styles, pairs ...[2]string) []string {
	lw := 0
	for _, p := range pairs {
		if p[1] != "" {
			lw = max(lw, lipgloss.Width(p[0]))
		}
	}
	var out []string
	for _, p := range pairs {
		if p[1] != "" {
			out = append(out, kv(st, lw, p[0], p[1]))
		}
	}
	return out
}
