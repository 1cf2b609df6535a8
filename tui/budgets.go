package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/tui/vtable"
)

// budgets is the Kinh phí tab: the budget against actual of the selected
// year (or every year) per source with a total, and below it the
// allocations or the payments of that year as tables with the usual
// filter and sort, with forms to add and edit them.
type budgets struct {
	c      *common
	money  moneyWatch
	year   int32
	chosen yearChoice

	sub    int // subAllocations or subPayments
	tables [2]*vtable.Model
	want   *selectMsg // a record to select once the tables have it

	render map[bgRenderKey]string
	table  string // the budget table for the current key
	keys   bgKeys
	w, h   int
}

const (
	subAllocations = iota
	subPayments
)

func newBudgets(c *common) *budgets {
	b := &budgets{c: c, keys: budgetKeys(c.lang)}
	opts := func() []vtable.Option {
		return []vtable.Option{vtable.WithLang(c.lang), vtable.WithStyles(tableStyles(c.st)), vtable.WithASCII(c.st.ascii)}
	}
	b.tables[subAllocations] = vtable.New(allocationColumns(c), nil, opts()...)
	b.tables[subPayments] = vtable.New(paymentColumns(c), nil, opts()...)
	if b.money.syncLoad(c) {
		b.year, b.chosen = b.money.data.defaultYear(int32(c.cfg.now().Year())), yearByDefault
	}
	b.tables[subAllocations].SetSource(b.source(subAllocations))
	b.tables[subPayments].SetSource(b.source(subPayments))
	return b
}

func (b *budgets) source(sub int) vtable.Source {
	snap := b.c.snap
	if sub == subPayments {
		return paymentSource{t: snap.Payments, projects: snap.Projects, v: b.c.rowView(), year: b.year}
	}
	return allocationSource{t: snap.Allocations, v: b.c.rowView(), year: b.year}
}

// resource gives both tables the current snapshot and year.
func (b *budgets) resource() tea.Cmd {
	return tea.Batch(b.tables[subAllocations].SetSource(b.source(subAllocations)),
		b.tables[subPayments].SetSource(b.source(subPayments)))
}

func (b *budgets) active() *vtable.Model { return b.tables[b.sub] }

func (b *budgets) Update(msg tea.Msg) (tabModel, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		b.w, b.h = msg.Width, msg.Height
		b.layout()
		return b, b.load()
	case tea.BackgroundColorMsg:
		for _, t := range b.tables {
			t.SetStyles(tableStyles(b.c.st))
		}
		b.layout()
		return b, nil
	case refreshMsg:
		cmd := b.load()
		return b, tea.Batch(cmd, b.resource(), b.trySelect())
	case moneyMsg:
		if b.money.ready(msg) {
			return b, b.dataChanged()
		}
		return b, nil
	case yearMsg:
		if msg.year == b.year {
			return b, nil
		}
		b.year, b.chosen = msg.year, yearByUser
		b.layout()
		return b, b.resource()
	case selectMsg:
		return b, b.selectRecord(msg)
	case gotoMsg:
		return b, b.gotoRecord(msg)
	case tea.KeyPressMsg:
		return b, b.key(msg)
	case tea.MouseMsg:
		return b, b.mouse(msg)
	}
	var cmds []tea.Cmd
	for _, t := range b.tables { // table results: each table takes its own
		_, cmd := t.Update(msg)
		cmds = append(cmds, cmd)
	}
	return b, tea.Batch(append(cmds, b.trySelect())...)
}

func (b *budgets) load() tea.Cmd {
	cmd, now := b.money.load(b.c)
	if now {
		return tea.Batch(cmd, b.dataChanged())
	}
	return cmd
}

// dataChanged follows new figures: the default year may move with them.
func (b *budgets) dataChanged() tea.Cmd {
	var cmd tea.Cmd
	if d := b.money.data; d.follow(b.year, b.chosen) {
		b.chosen = yearByDefault
		if y := d.defaultYear(int32(b.c.cfg.now().Year())); y != b.year {
			b.year = y
			cmd = b.resource()
		}
	}
	b.layout()
	return cmd
}

// bgRenderKey is what the drawn budget table depends on.
type bgRenderKey struct {
	renderKey
	rows int
}

// budgetRowsMax is how many lines the budget table may take: the total
// and the latest rows, so that the tables below keep their room.
func (b *budgets) budgetRowsMax() int { return max((b.h-6)/2, 4) }

// layout renders the budget table for the current key and sizes the
// record table under it.
func (b *budgets) layout() {
	d := b.money.data
	if d == nil || b.w <= 0 {
		return
	}
	k := bgRenderKey{renderKey{snap: d.snap, width: b.w, year: b.year, dark: b.c.st.isDark, noColor: b.c.st.noColor}, b.budgetRowsMax()}
	if s, ok := b.render[k]; ok {
		b.table = s
	} else {
		if len(b.render) > renderKeep || (b.render != nil && b.staleRender(d)) {
			b.render = nil
		}
		if b.render == nil {
			b.render = map[bgRenderKey]string{}
		}
		b.table = budgetBlock(b.c, d.summary(b.year), b.year, b.w, b.budgetRowsMax())
		b.render[k] = b.table
	}
	th := max(b.h-lineCount(b.table)-2, 0)
	for _, t := range b.tables {
		t.SetSize(b.w, th)
	}
}

func (b *budgets) staleRender(d *moneyData) bool {
	for k := range b.render {
		return k.snap != d.snap
	}
	return false
}

func (b *budgets) View(w, h int) string {
	if b.money.data == nil {
		return center(b.c.st.Muted.Render(b.c.T(model.MsgOvComputing)), w, h)
	}
	out := b.table + "\n\n" + subTabs(b.c, b.tables, b.sub, w) + "\n" + b.active().View()
	return fit(out, w, h)
}

func (b *budgets) Title() string {
	return b.c.T(model.MsgTabBudgets) + " " + groupInt(int64(b.c.snap.Allocations.Live()))
}

func (b *budgets) Capturing() bool { return b.active().Filtering() }

func (b *budgets) KeyMap() help.KeyMap {
	k, c := b.keys, b.c
	tk := b.active().Keys()
	if b.active().Filtering() {
		return keyList{short: []key.Binding{tk.FilterKeep, tk.FilterClear, tk.Up, tk.Down}, full: tk.FullHelp()}
	}
	nw := guarded(k.new, c.canWrite(), c.lang, model.MsgNeedEditor)
	ed := guarded(k.edit, c.canWrite(), c.lang, model.MsgNeedEditor)
	del := guarded(k.del, c.canAdmin(), c.lang, model.MsgNeedAdmin)
	short := []key.Binding{k.year, k.sub, tk.Filter, nw, ed, k.ceilings}
	if b.sub == subPayments {
		short = append(short, k.open)
	}
	full := append(tk.FullHelp(), []key.Binding{k.year, k.sub, k.open}, []key.Binding{nw, ed, del, k.ceilings, k.export, guarded(k.imp, c.canAdmin(), c.lang, model.MsgNeedAdmin)})
	return keyList{short: short, full: full}
}
