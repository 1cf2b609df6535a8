package budgets

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"khuyencong/tui/kit"
	"khuyencong/tui/money"
	"khuyencong/tui/vtable"
)

// Budgets is the Kinh phí tab: the budget against actual of the selected
// year (or every year) per source with a total, and below it the
// allocations or the payments of that year as tables with the usual
// filter and sort, with forms to add and edit them.
type Budgets struct {
	c      *kit.Session
	Money  money.Watch
	Year   int32
	chosen money.YearChoice

	Sub    int // subAllocations or subPayments
	Tables [2]*vtable.Model
	want   *kit.SelectMsg // a record to select once the tables have it

	render map[bgRenderKey]string
	Table  string // the budget table for the current key
	keys   bgKeys
	w, h   int
	// stale is set when the budget table may no longer fit new figures;
	// fit draws it when the tab is drawn or gets a key or a click, so a
	// session showing another tab does none on a save.
	stale bool
}

const (
	SubAllocations = iota
	subPayments
)

func New(c *kit.Session) *Budgets {
	b := &Budgets{c: c, keys: budgetKeys(c.Lang)}
	opts := func() []vtable.Option {
		return []vtable.Option{vtable.WithLang(c.Lang), vtable.WithStyles(kit.TableStyles(c.Styles)), vtable.WithASCII(c.Styles.Ascii)}
	}
	b.Tables[SubAllocations] = vtable.New(allocationColumns(c), nil, opts()...)
	b.Tables[subPayments] = vtable.New(paymentColumns(c), nil, opts()...)
	if b.Money.SyncLoad(c) {
		b.Year, b.chosen = b.Money.Data.DefaultYear(int32(c.Config.Time().Year())), money.YearByDefault
	}
	b.Tables[SubAllocations].SetSource(b.source(SubAllocations))
	b.Tables[subPayments].SetSource(b.source(subPayments))
	return b
}

func (b *Budgets) source(sub int) vtable.Source {
	snap := b.c.Snap
	if sub == subPayments {
		return paymentSource{Records: snap.Payments(), projects: snap.Projects(), RowView: b.c.RowView(), Year: b.Year}
	}
	return allocationSource{Records: snap.Allocations(), RowView: b.c.RowView(), Year: b.Year}
}

// resource gives both tables the current snapshot and year.
func (b *Budgets) resource() tea.Cmd {
	return tea.Batch(b.Tables[SubAllocations].SetSource(b.source(SubAllocations)),
		b.Tables[subPayments].SetSource(b.source(subPayments)))
}

func (b *Budgets) Active() *vtable.Model { return b.Tables[b.Sub] }

func (b *Budgets) Update(msg tea.Msg) (kit.Tab, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		b.w, b.h = msg.Width, msg.Height
		b.layout()
		return b, b.Load()
	case tea.BackgroundColorMsg:
		for _, t := range b.Tables {
			t.SetStyles(kit.TableStyles(b.c.Styles))
		}
		b.layout()
		return b, nil
	case kit.RefreshMsg:
		cmd := b.Load()
		return b, tea.Batch(cmd, b.resource(), b.trySelect())
	case money.Msg:
		if b.Money.Ready(msg) {
			return b, b.dataChanged()
		}
		return b, nil
	case money.YearMsg:
		if msg.Year == b.Year {
			return b, nil
		}
		b.Year, b.chosen = msg.Year, money.YearByUser
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
	for _, t := range b.Tables { // table results: each table takes its own
		_, cmd := t.Update(msg)
		cmds = append(cmds, cmd)
	}
	return b, tea.Batch(append(cmds, b.trySelect())...)
}

func (b *Budgets) Load() tea.Cmd {
	cmd, now := b.Money.Load(b.c)
	if now {
		return tea.Batch(cmd, b.dataChanged())
	}
	return cmd
}

// dataChanged follows new figures: the default year may move with them.
func (b *Budgets) dataChanged() tea.Cmd {
	var cmd tea.Cmd
	if d := b.Money.Data; d.Follow(b.Year, b.chosen) {
		b.chosen = money.YearByDefault
		if y := d.DefaultYear(int32(b.c.Config.Time().Year())); y != b.Year {
			b.Year = y
			cmd = b.resource()
		}
	}
	b.stale = true // drawn when shown (fit)
	return cmd
}

// bgRenderKey is what the drawn budget table depends on.
type bgRenderKey struct {
	money.RenderKey
	rows int
}

// budgetRowsMax is how many lines the budget table may take: the total
// and the latest rows, so that the tables below keep their room.
func (b *Budgets) budgetRowsMax() int { return max((b.h-6)/2, 4) }

// layout renders the budget table and sizes the record tables at once;
// new figures only mark it stale (dataChanged).
func (b *Budgets) layout() {
	b.stale = true
	b.fit()
}

// Stale reports that the budget table waits to be fitted until the tab
// is drawn.
func (b *Budgets) Stale() bool { return b.stale }

// fit renders the budget table for the current key and sizes the record
// table under it, if anything changed since it last did.
func (b *Budgets) fit() {
	if !b.stale {
		return
	}
	b.stale = false
	d := b.Money.Data
	if d == nil || b.w <= 0 {
		return
	}
	k := bgRenderKey{money.RenderKey{Snap: d.Snap, Width: b.w, Year: b.Year, Dark: b.c.Styles.IsDark, NoColor: b.c.Styles.NoColor}, b.budgetRowsMax()}
	if s, ok := b.render[k]; ok {
		b.Table = s
	} else {
		if len(b.render) > money.RenderKeep || (b.render != nil && b.staleRender(d)) {
			b.render = nil
		}
		if b.render == nil {
			b.render = map[bgRenderKey]string{}
		}
		b.Table = budgetBlock(b.c, d.Summary(b.Year), b.Year, b.w, b.budgetRowsMax())
		b.render[k] = b.Table
	}
	th := max(b.h-money.LineCount(b.Table)-2, 0)
	for _, t := range b.Tables {
		t.SetSize(b.w, th)
	}
}

func (b *Budgets) staleRender(d *money.Data) bool {
	for k := range b.render {
		return k.Snap != d.Snap
	}
	return false
}

func (b *Budgets) View(w, h int) string {
	b.fit()
	if b.Money.Data == nil {
		return kit.Center(b.c.Styles.Muted.Render(b.c.T(kit.MsgOvComputing)), w, h)
	}
	out := b.Table + "\n\n" + subTabs(b.c, b.Tables, b.Sub, w) + "\n" + b.Active().View()
	return kit.Fit(out, w, h)
}

func (b *Budgets) Title() string {
	return b.c.T(MsgTabBudgets) + " " + kit.GroupInt(int64(b.c.Snap.Allocations().Live()))
}

// ShortTitle is the title without the count, for a narrow tab bar.
func (b *Budgets) ShortTitle() string { return b.c.T(MsgTabBudgets) }

func (b *Budgets) Capturing() bool { return b.Active().Filtering() }

func (b *Budgets) KeyMap() help.KeyMap {
	tk := b.Active().Keys()
	if b.Active().Filtering() {
		return kit.KeyList{Short: []key.Binding{tk.FilterKeep, tk.FilterClear, tk.Up, tk.Down}, Full: tk.FullHelp()}
	}
	acts := b.actions()
	return kit.KeyList{Short: b.c.HelpLine(acts), Full: append(tk.FullHelp(), b.c.HelpPage(acts)...)}
}
