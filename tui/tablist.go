package tui

import (
	"khuyencong/tui/audit"
	"khuyencong/tui/budgets"
	"khuyencong/tui/contest"
	"khuyencong/tui/kit"
	"khuyencong/tui/lists"
	"khuyencong/tui/overview"
)

// tabSpec declares one tab of the app. The tab bar, the number keys and
// the first-run screen all read the list, so a new tab is one entry here.
type tabSpec struct {
	build func(c *kit.Session, keys kit.Keys) kit.Tab
	need  kit.Need // the role that sees the tab
	// overEmpty: on a database without records the first-run screen
	// stands in for the tab.
	overEmpty bool
	index     int // position in tabSpecs, for its number key
}

// tabSpecs is the app's tabs in the order of their number keys.
func tabSpecs() []tabSpec {
	return []tabSpec{
		{build: func(c *kit.Session, _ kit.Keys) kit.Tab { return overview.New(c) }, overEmpty: true},
		{build: func(c *kit.Session, k kit.Keys) kit.Tab { return lists.New(c, lists.Facilities(), k) }, overEmpty: true},
		{build: func(c *kit.Session, k kit.Keys) kit.Tab { return lists.New(c, lists.Projects(), k) }, overEmpty: true},
		{build: func(c *kit.Session, _ kit.Keys) kit.Tab { return budgets.New(c) }, overEmpty: true},
		{build: func(c *kit.Session, k kit.Keys) kit.Tab { return contest.New(c, k) }},
		{build: func(c *kit.Session, k kit.Keys) kit.Tab { return audit.New(c, k) }, need: kit.NeedAdmin},
	}
}
