package form

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"khuyencong/dvhc"
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
)

// UnitReview is the review of addresses recorded before 1/7/2025 whose old
// commune was split over several new ones (or merged before the list of
// 4/1/2025, so only its district is known): one record after another, the
// person picks the new commune (↑↓, enter) or skips it (s). `units
// convert` applies every certain conversion and leaves these.
type UnitReview struct {
	c       *kit.Session
	items   []reviewItem
	pos     int // the record shown
	sel     int // the candidate under the cursor
	loaded  bool
	done    int // applied in this review
	err     string
	pending bool // a save is running
}

type reviewItem struct {
	id         model.ID
	name       string
	old        string
	orig       *dvhc.OldCommune // the old commune, when the address names one
	cands      []dvhc.Candidate
	byDistrict bool // candidates are the district's: the commune was merged before 2025
}

type reviewLoadedMsg struct{ items []reviewItem }

type reviewSavedMsg struct {
	id  model.ID
	err error
}

// NewUnitReview opens the review; Init finds the records in a command (a
// pass over every facility).
func NewUnitReview(c *kit.Session) *UnitReview { return &UnitReview{c: c} }

func (u *UnitReview) Init() tea.Cmd {
	snap, within := u.c.Latest(), u.c.Latest().Settings.Province
	return func() tea.Msg { return reviewLoadedMsg{items: reviewItems(snap, within)} }
}

// reviewItems lists the live facilities waiting for a person's choice,
// resolving each distinct old address once.
func reviewItems(snap *store.Snapshot, within string) []reviewItem {
	if within == "" || snap.Units == nil {
		return nil
	}
	memo := map[model.OldAddress]dvhc.Result{}
	var items []reviewItem
	for f := range store.FacilityBriefs(snap.Facilities()) {
		o := f.Address.Before
		if f.Address.CommuneCode != "" || o.Empty() {
			continue
		}
		r, ok := memo[o]
		if !ok {
			r = snap.Units.Resolve(dvhc.Written{Commune: o.Commune, District: o.District, Province: o.Province,
				CommuneCode: o.CommuneCode, DistrictCode: o.DistrictCode, ProvinceCode: o.ProvinceCode}, within)
			memo[o] = r
		}
		if r.Outcome == dvhc.Choice {
			items = append(items, reviewItem{id: f.ID, name: f.Name, old: o.Line(), orig: r.Old, cands: r.Candidates, byDistrict: r.ByDistrict})
		}
	}
	return items
}

func (u *UnitReview) Update(msg tea.Msg) (kit.Modal, tea.Cmd) {
	switch msg := msg.(type) {
	case reviewLoadedMsg:
		u.items, u.loaded = msg.items, true
	case reviewSavedMsg:
		u.pending = false
		if msg.err != nil {
			u.err = u.c.ErrorStatus(msg.err).Text
			return u, nil
		}
		u.done++
		u.err = ""
		u.items = append(u.items[:u.pos], u.items[u.pos+1:]...)
		u.sel = 0
	case tea.KeyPressMsg:
		return u.key(msg)
	}
	return u, nil
}

func (u *UnitReview) key(msg tea.KeyPressMsg) (kit.Modal, tea.Cmd) {
	if msg.String() == "esc" || msg.String() == "q" {
		return nil, nil
	}
	if u.pending || u.pos >= len(u.items) {
		return u, nil
	}
	it := &u.items[u.pos]
	switch msg.String() {
	case "up", "k":
		u.sel = max(u.sel-1, 0)
	case "down", "j":
		u.sel = min(u.sel+1, len(it.cands)-1)
	case "s":
		u.pos, u.sel, u.err = u.pos+1, 0, ""
	case "enter":
		u.pending = true
		return u, u.apply(it, it.cands[u.sel].Commune)
	}
	return u, nil
}

// apply saves the chosen commune as the session's user; the store checks
// the role and the record's version (someone may have edited it).
func (u *UnitReview) apply(it *reviewItem, code string) tea.Cmd {
	snap := u.c.Latest()
	s, a := u.c.Config.Store, u.c.Config.Actor
	f, ok := snap.Facilities().Get(it.id)
	id, orig := it.id, it.orig
	return func() tea.Msg {
		if !ok {
			return reviewSavedMsg{id: id, err: model.Errorf(model.MsgRequired)}
		}
		up := *f
		if cm, known := snap.Units.Commune(code); known {
			up.Address.ProvinceCode = cm.Province
		}
		up.Address.CommuneCode = code
		if o := &up.Address.Before; orig != nil && o.CommuneCode == "" {
			o.CommuneCode, o.DistrictCode, o.ProvinceCode = orig.Code, orig.DistCode, orig.ProvCode
		}
		return reviewSavedMsg{id: id, err: s.Update(a, &up)}
	}
}

func (u *UnitReview) View(_ string, w, h int) string {
	c, st := u.c, u.c.Styles
	var b strings.Builder
	switch {
	case !u.loaded:
		b.WriteString(st.Title.Render(c.T(MsgReviewTitle, 0, 0)) + "\n\n" + c.T(MsgReviewLoading))
	case c.Latest().Settings.Province == "":
		b.WriteString(st.Title.Render(c.T(MsgReviewTitle, 0, 0)) + "\n\n" + c.T(MsgReviewNoProvince))
	case u.pos >= len(u.items):
		b.WriteString(st.Title.Render(c.T(MsgReviewTitle, len(u.items), len(u.items))) + "\n\n" +
			c.T(MsgReviewDone, u.done, len(u.items)))
	default:
		u.viewItem(&b, w)
	}
	return kit.Fit(b.String(), w, h)
}

// viewItem draws the record under review; the sentences wrap at w, so
// that at 80 columns none is cut.
func (u *UnitReview) viewItem(b *strings.Builder, w int) {
	c, st := u.c, u.c.Styles
	it := &u.items[u.pos]
	t := c.Latest().Units
	b.WriteString(st.Title.Render(c.T(MsgReviewTitle, u.pos+1, len(u.items))) + "\n\n")
	b.WriteString(it.name + " " + st.Muted.Render("#"+kit.CountText(int32(it.id))) + "\n")
	b.WriteString(ansi.Wrap(c.T(MsgReviewOld, it.old), w, "") + "\n")
	if it.byDistrict {
		b.WriteString(st.Muted.Render(ansi.Wrap(c.T(MsgReviewByDistrict), w, "")) + "\n")
	}
	b.WriteString("\n" + c.T(MsgReviewNowIn) + "\n")
	for i, cd := range it.cands {
		line := "  " + t.CommuneLabel(cd.Commune) + " (" + cd.Commune + ")"
		if cd.Note != "" {
			line += " " + st.Muted.Render(cd.Note)
		}
		if i == u.sel {
			line = st.Selected.Render(">" + line[1:])
		}
		b.WriteString(line + "\n")
	}
	if u.err != "" {
		b.WriteString("\n" + st.Error.Render(ansi.Wrap(u.err, w, "")) + "\n")
	}
}

func (u *UnitReview) KeyMap() help.KeyMap {
	l := u.c.Lang
	b := []key.Binding{
		kit.Bind(l, MsgReviewKeyChoose, "↑↓", "up", "down"),
		kit.Bind(l, MsgReviewKeyApply, "enter", "enter"),
		kit.Bind(l, MsgReviewKeySkip, "s", "s"),
		kit.Bind(l, kit.MsgKeyClose, "esc", "esc"),
	}
	return kit.KeyList{Short: b, Full: [][]key.Binding{b}}
}
