package tui

import (
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
	"strings"
)

// renderKey is everything the rendered overview depends on.
type renderKey struct {
	Snap    *store.Snapshot
	width   int
	Year    int32
	dark    bool
	NoColor bool
}

type rendered struct{ head, charts string }

// renderCache keeps the rendered overview of the current snapshot for a
// few widths and years, so that going back to a year or a size is free.
type renderCache struct {
	entries map[renderKey]rendered
}

const renderKeep = 16

func (c *renderCache) get(k renderKey, build func() rendered) rendered {
	if r, ok := c.entries[k]; ok {
		return r
	}
	for old := range c.entries { // another snapshot: nothing of it is reusable
		if old.Snap != k.Snap || len(c.entries) >= renderKeep {
			delete(c.entries, old)
		}
	}
	if c.entries == nil {
		c.entries = map[renderKey]rendered{}
	}
	r := build()
	c.entries[k] = r
	return r
}

func lineCount(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, "\n") + 1
}

// yearLabel names a year selection: "Năm 2022" or "Tất cả các năm".
func yearLabel(c *kit.Session, year int32) string {
	if year == 0 {
		return c.T(model.MsgOvAllYears)
	}
	return c.T(model.MsgOvYear, int(year))
}
