package money

import (
	"strings"

	"khuyencong/store"
	"khuyencong/tui/kit"
)

// RenderKey is everything the rendered overview depends on.
type RenderKey struct {
	Snap    *store.Snapshot
	Width   int
	Year    int32
	Dark    bool
	NoColor bool
}

type Rendered struct{ Head, Charts string }

// RenderCache keeps the rendered overview of the current snapshot for a
// few widths and years, so that going back to a year or a size is free.
type RenderCache struct {
	entries map[RenderKey]Rendered
}

const RenderKeep = 16

func (c *RenderCache) Get(k RenderKey, build func() Rendered) Rendered {
	if r, ok := c.entries[k]; ok {
		return r
	}
	for old := range c.entries { // another snapshot: nothing of it is reusable
		if old.Snap != k.Snap || len(c.entries) >= RenderKeep {
			delete(c.entries, old)
		}
	}
	if c.entries == nil {
		c.entries = map[RenderKey]Rendered{}
	}
	r := build()
	c.entries[k] = r
	return r
}

func LineCount(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, "\n") + 1
}

// YearLabel names a year selection: "Năm 2022" or "Tất cả các năm".
func YearLabel(c *kit.Session, year int32) string {
	if year == 0 {
		return c.T(MsgOvAllYears)
	}
	return c.T(MsgOvYear, int(year))
}
