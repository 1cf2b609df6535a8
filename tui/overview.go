package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/tui/kit"
)

// overview is the Tổng quan tab: the headline figures and the budget of
// the selected year at the top, the year's warnings (enter opens the
// record), and the charts below in a viewport that scrolls.
//
// Nothing here computes on a key press or in View: the summaries come
// from moneyFor once per snapshot, and the rendered head and charts are
// kept per (snapshot, width, year, look) in render.
type overview struct {
	c      *kit.Session
	money  moneyWatch
	Year   int32
	chosen yearChoice

	warns  warnList
	vp     viewport.Model
	render renderCache
	head   string
	keys   ovKeys
	w, h   int
}

func newOverview(c *kit.Session) *overview {
	o := &overview{c: c, vp: viewport.New(), keys: overviewKeys(c.Lang)}
	o.vp.KeyMap = viewport.KeyMap{} // keys are routed by key() below
	o.vp.MouseWheelEnabled = true
	if o.money.syncLoad(c) {
		o.dataChanged()
	}
	return o
}

func (o *overview) Update(msg tea.Msg) (kit.Tab, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		o.w, o.h = msg.Width, msg.Height
		o.layout()
		return o, o.load()
	case tea.BackgroundColorMsg:
		o.layout()
		return o, nil
	case kit.RefreshMsg:
		return o, o.load()
	case moneyMsg:
		if o.money.ready(msg) {
			o.dataChanged()
		}
		return o, nil
	case yearMsg:
		if msg.Year != o.Year {
			o.Year, o.chosen = msg.Year, yearByUser
			o.yearChanged()
		}
		return o, nil
	case kit.GotoMsg:
		return o, nil
	case tea.KeyPressMsg:
		return o, o.key(msg)
	case tea.MouseWheelMsg:
		o.vp, _ = o.vp.Update(msg)
		return o, nil
	}
	return o, nil
}

// load picks up a new snapshot: at once when it is small, else in a
// command while the old figures stay on screen.
func (o *overview) load() tea.Cmd {
	cmd, now := o.money.load(o.c)
	if now {
		o.dataChanged()
	}
	return cmd
}

func (o *overview) dataChanged() {
	d := o.money.data
	if d.follow(o.Year, o.chosen) {
		o.Year, o.chosen = d.defaultYear(int32(o.c.Config.Time().Year())), yearByDefault
	}
	o.yearChanged()
}

func (o *overview) yearChanged() {
	if o.money.data == nil {
		return
	}
	o.warns.set(o.money.data.all.Warnings, o.Year)
	o.layout()
}

func (o *overview) key(msg tea.KeyPressMsg) tea.Cmd {
	k := o.keys
	d := o.money.data
	switch {
	case d == nil:
		return nil
	case key.Matches(msg, k.prevYear), key.Matches(msg, k.nextYear):
		o.Year = d.stepYear(o.Year, key.Matches(msg, k.nextYear))
		o.chosen = yearByUser
		o.yearChanged()
		return sayYear(o.Year)
	case key.Matches(msg, k.up), key.Matches(msg, k.down):
		up := key.Matches(msg, k.up)
		if len(o.warns.items) == 0 {
			o.scroll(up, 1)
			return nil
		}
		if up {
			o.warns.move(-1)
		} else {
			o.warns.move(1)
		}
		return nil
	case key.Matches(msg, k.Open):
		w, ok := o.warns.selected()
		if !ok {
			return nil
		}
		return kit.GotoWarning(w)
	case key.Matches(msg, k.pageUp):
		o.vp.PageUp()
	case key.Matches(msg, k.pageDown):
		o.vp.PageDown()
	case key.Matches(msg, k.top):
		o.vp.GotoTop()
	case key.Matches(msg, k.bottom):
		o.vp.GotoBottom()
	}
	return nil
}

func (o *overview) scroll(up bool, n int) {
	if up {
		o.vp.ScrollUp(n)
	} else {
		o.vp.ScrollDown(n)
	}
}

// warnRows is how many warnings the list shows at once: fewer on a short
// terminal so that the charts keep some room.
func (o *overview) warnRows() int {
	if o.h >= 34 {
		return 5
	}
	return 3
}

// layout fits the parts to the size and fetches the rendered head and
// charts for the current key (rendering them on a miss).
func (o *overview) layout() {
	d := o.money.data
	if d == nil || o.w <= 0 || o.h <= 0 {
		return
	}
	key := renderKey{Snap: d.Snap, width: o.w, Year: o.Year, dark: o.c.Styles.IsDark, NoColor: o.c.Styles.NoColor}
	r := o.render.get(key, func() rendered {
		all, year := d.summary(0), d.summary(o.Year)
		return rendered{head: overviewHead(o.c, year, o.w), charts: chartsBlock(o.c, all, year, o.w)}
	})
	o.head = r.head
	if r.charts != o.vp.GetContent() {
		o.vp.SetContent(r.charts)
	}
	o.vp.SetWidth(o.w)
	o.vp.SetHeight(max(o.h-lineCount(o.head)-o.warns.height(o.warnRows())-1, 0))
}

func (o *overview) View(w, h int) string {
	if o.money.data == nil {
		return kit.Center(o.c.Styles.Muted.Render(o.c.T(model.MsgOvComputing)), w, h)
	}
	out := o.head + "\n" + o.warns.view(o.c, w, o.warnRows())
	if o.vp.Height() > 0 {
		out += "\n\n" + o.vp.View()
	}
	return kit.Fit(out, w, h)
}

func (o *overview) Title() string {
	t := o.c.T(model.MsgTabOverview)
	if d := o.money.data; d != nil && len(d.all.Warnings) > 0 {
		return o.c.T(model.MsgOvTitleWarn, t, len(d.all.Warnings))
	}
	return t
}

func (o *overview) Capturing() bool { return false }

func (o *overview) KeyMap() help.KeyMap {
	k := o.keys
	short := []key.Binding{k.Year, k.warn, k.Open, k.page}
	return kit.KeyList{Short: short, Full: [][]key.Binding{{k.Year}, {k.warn, k.Open}, {k.page}}}
}
