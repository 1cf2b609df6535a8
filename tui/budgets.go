package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/tui/kit"
	"khuyencong/tui/vtable"
)

// budgets is the Kinh phí tab: the budget against actual of the selected
// year (or every year) per source with a total, and below it the
// allocations or the payments of that year as tables with the usual
// filter and sort, with forms to add and edit them.
type budgets struct {
	c      *kit.Session
	money  moneyWatch
	Year   int32
	chosen yearChoice

	sub    int // subAllocations or subPayments
	tables [2]*vtable.Model
	want   *kit.SelectMsg // a record to select once the tables have it

	render map[bgRenderKey]string
	table  string // the budget table for the current key
	keys   bgKeys
	w, h   int
}

const (
	subAllocations = iota
	subPayments
)

func newBudgets(c *kit.Session) *budgets {
	b := &budgets{c: c, keys: budgetKeys(c.Lang)}
	opts := func() []vtable.Option {
		return []vtable.Option{vtable.WithLang(c.Lang), vtable.WithStyles(kit.TableStyles(c.Styles)), vtable.WithASCII(c.Styles.Ascii)}
	}
	b.tables[subAllocations] = vtable.New(allocationColumns(c), nil, opts()...)
	b.tables[subPayments] = vtable.New(paymentColumns(c), nil, opts()...)
	if b.money.syncLoad(c) {
		b.Year, b.chosen = b.money.data.defaultYear(int32(c.Config.Time().Year())), yearByDefault
	}
	b.tables[subAllocations].SetSource(b.source(subAllocations))
	b.tables[subPayments].SetSource(b.source(subPayments))
	return b
}

func (b *budgets) source(sub int) vtable.Source {
	snap := b.c.Snap
	if sub == subPayments {
		return paymentSource{t: snap.Payments, projects: snap.Projects, v: b.c.RowView(), Year: b.Year}
	}
	return allocationSource{t: snap.Allocations, v: b.c.RowView(), Year: b.Year}
}

// resource gives both tables the current snapshot and year.
func (b *budgets) resource() tea.Cmd {
	return tea.Batch(b.tables[subAllocations].SetSource(b.source(subAllocations)),
		b.tables[subPayments].SetSource(b.source(subPayments)))
}

func (b *budgets) active() *vtable.Model { return b.tables[b.sub] }

func (b *budgets) Update(msg tea.Msg) (kit.Tab, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		b.w, b.h = msg.Width, msg.Height
		b.layout()
		return b, b.load()
	case tea.BackgroundColorMsg:
		for _, t := range b.tables {
			t.SetStyles(kit.TableStyles(b.c.Styles))
		}
		b.layout()
		return b, nil
	case kit.RefreshMsg:
		cmd := b.load()
		return b, tea.Batch(cmd, b.resource(), b.trySelect())
	case moneyMsg:
		if b.money.ready(msg) {
			return b, b.dataChanged()
		}
		return b, nil
	case yearMsg:
		if msg.Year == b.Year {
			return b, nil
		}
		b.Year, b.chosen = msg.Year, yearByUser
		b.layout()
		return b, b.resource()
	case kit.SelectMsg:
		return b, b.selectRecord(msg)
	case kit.GotoMsg:
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
	if d := b.money.data; d.follow(b.Year, b.chosen) {
		b.chosen = yearByDefault
		if y := d.defaultYear(int32(b.c.Config.Time().Year())); y != b.Year {
			b.Year = y
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
	k := bgRenderKey{renderKey{Snap: d.Snap, width: b.w, Year: b.Year, dark: b.c.Styles.IsDark, NoColor: b.c.Styles.NoColor}, b.budgetRowsMax()}
	if s, ok := b.render[k]; ok {
		b.table = s
	} else {
		if len(b.render) > renderKeep || (b.render != nil && b.staleRender(d)) {
			b.render = nil
		}
		if b.render == nil {
			b.render = map[bgRenderKey]string{}
		}
		b.table = budgetBlock(b.c, d.summary(b.Year), b.Year, b.w, b.budgetRowsMax())
		b.render[k] = b.table
	}
	th := max(b.h-lineCount(b.table)-2, 0)
	for _, t := range b.tables {
		t.SetSize(b.w, th)
	}
}

func (b *budgets) staleRender(d *moneyData) bool {
	for k := range b.render {
		return k.Snap != d.Snap
	}
	return false
}

func (b *budgets) View(w, h int) string {
	if b.money.data == nil {
		return kit.Center(b.c.Styles.Muted.Render(b.c.T(model.MsgOvComputing)), w, h)
	}
	out := b.table + "\n\n" + subTabs(b.c, b.tables, b.sub, w) + "\n" + b.active().View()
	return kit.Fit(out, w, h)
}

func (b *budgets) Title() string {
	return b.c.T(model.MsgTabBudgets) + " " + kit.GroupInt(int64(b.c.Snap.Allocations.Live()))
}

func (b *budgets) Capturing() bool { return b.active().Filtering() }

func (b *budgets) KeyMap() help.KeyMap {
	k, c := b.keys, b.c
	tk := b.active().Keys()
	if b.active().Filtering() {
		return kit.KeyList{Short: []key.Binding{tk.FilterKeep, tk.FilterClear, tk.Up, tk.Down}, Full: tk.FullHelp()}
	}
	nw := kit.Guarded(k.new, c.CanWrite(), c.Lang, model.MsgNeedEditor)
	ed := kit.Guarded(k.edit, c.CanWrite(), c.Lang, model.MsgNeedEditor)
	del := kit.Guarded(k.del, c.CanAdmin(), c.Lang, model.MsgNeedAdmin)
	short := []key.Binding{k.Year, k.sub, tk.Filter, nw, ed, k.ceilings}
	if b.sub == subPayments {
		short = append(short, k.Open)
	}
	full := append(tk.FullHelp(), []key.Binding{k.Year, k.sub, k.Open}, []key.Binding{nw, ed, del, k.ceilings, k.export, kit.Guarded(k.imp, c.CanAdmin(), c.Lang, model.MsgNeedAdmin)})
	return kit.KeyList{Short: short, Full: full}
}
