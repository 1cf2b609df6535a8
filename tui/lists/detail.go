package lists

import (
	"strings"

	"charm.land/bubbles/v2/viewport"
	"charm.land/lipgloss/v2"

	"khuyencong/model"
	"khuyencong/tui/kit"
)

// sideMinWidth is the terminal width from which the detail opens beside the
// table instead of over it.
const sideMinWidth = 120

// detailPane shows one record with its related records, in a viewport so a
// long record scrolls. The content is built from the snapshot when the
// record, the snapshot or the size changes, not on every frame.
type detailPane struct {
	Open bool
	ID   model.ID
	vp   viewport.Model
}

func newDetailPane() detailPane {
	return detailPane{vp: viewport.New()}
}

// paneWidth is the detail's share of a side-by-side layout.
func paneWidth(w int) int { return max(w*2/5, 48) }

// setSize sizes the viewport for a pane drawn w×h including its border.
func (d *detailPane) setSize(st *kit.Styles, w, h int) {
	fw, fh := st.Pane.GetFrameSize()
	d.vp.SetWidth(max(w-fw, 0))
	d.vp.SetHeight(max(h-fh, 0))
}

// setContent replaces the text, keeping the scroll position for the same
// record (a live update) and going to the top for another one.
func (d *detailPane) setContent(id model.ID, s string) {
	same := id == d.ID
	d.ID = id
	d.vp.SetContent(s)
	if !same {
		d.vp.GotoTop()
	}
}

func (d *detailPane) view(st *kit.Styles, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	fw, fh := st.Pane.GetFrameSize()
	return st.Pane.Width(w).Height(h).Render(kit.Fit(d.vp.View(), max(w-fw, 0), max(h-fh, 0)))
}

// doc builds a detail's text for a width: headings, aligned label/value
// pairs and bullets, wrapped with a hanging indent so that long Vietnamese
// names stay readable in a narrow pane.
type doc struct {
	Styles *kit.Styles
	w      int
	b      strings.Builder
}

func newDoc(st *kit.Styles, w int) *doc { return &doc{Styles: st, w: max(w, 10)} }

func (d *doc) String() string { return strings.TrimRight(d.b.String(), "\n") }

// line writes text wrapped to the width.
func (d *doc) line(s string) { d.b.WriteString(wrap(s, d.w, 0) + "\n") }

// section writes a heading and its lines, then a blank line.
func (d *doc) section(title string, lines ...string) {
	if len(lines) == 0 {
		return
	}
	d.b.WriteString(d.Styles.Heading.Render(title) + "\n")
	for _, l := range lines {
		d.b.WriteString(l + "\n")
	}
	d.b.WriteString("\n")
}

// kvs renders label/value pairs, dropping empty values, labels aligned and
// values wrapped under their own column.
func (d *doc) kvs(pairs ...[2]string) []string {
	lw := 0
	for _, p := range pairs {
		if p[1] != "" {
			lw = max(lw, lipgloss.Width(p[0]))
		}
	}
	lw = min(lw, d.w/2)
	var out []string
	for _, p := range pairs {
		if p[1] == "" {
			continue
		}
		label := d.Styles.Label.Render(kit.PadRight(kit.Cut(p[0], lw), lw))
		out = append(out, label+" "+wrap(p[1], d.w-lw-1, lw+1))
	}
	return out
}

// Bullet is "• text" wrapped with the text's indent.
func (d *doc) Bullet(s string) string { return d.Styles.Bullet + " " + wrap(s, d.w-2, 2) }

// wrap fits text to w cells per line; lines after the first are indented
// by indent spaces (the first line's indent is the caller's).
func wrap(s string, w, indent int) string {
	if w <= 0 {
		return s
	}
	lines := strings.Split(lipgloss.NewStyle().Width(w).Render(s), "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " ")
		if i > 0 {
			lines[i] = strings.Repeat(" ", indent) + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}
