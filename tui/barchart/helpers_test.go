package barchart

import (
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func itoa(v int64) string { return strconv.FormatInt(v, 10) }

// lines renders and splits, checking the width contract on every line.
func lines(t *testing.T, c Chart, width int) []string {
	t.Helper()
	out := c.Render(width)
	if out == "" {
		return nil
	}
	ls := strings.Split(out, "\n")
	for i, l := range ls {
		if w := ansi.StringWidth(l); w > width {
			t.Fatalf("width %d: line %d is %d cells: %q", width, i, w, l)
		}
	}
	return ls
}

// cut returns cells [from, to) of a plain line.
func cut(line string, from, to int) string { return ansi.Cut(line, from, to) }

// eighthsOf counts the filled eighths of plain block glyphs.
func eighthsOf(s string) int {
	n := 0
	for _, r := range s {
		for i, g := range leftBlocks {
			if string(r) == g {
				n += i
			}
		}
	}
	return n
}
