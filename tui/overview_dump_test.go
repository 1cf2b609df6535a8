package tui

import (
	"fmt"
	"os"
	"testing"
)

func TestOverviewDump(t *testing.T) {
	if os.Getenv("OVDUMP") == "" {
		t.Skip()
	}
	s := openStore(t)
	fill(t, s, 300)
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		h := start(t, s, admin, sz[0], sz[1])
		for _, k := range []string{"1", "4", "[", "]"} {
			h.keys(k)
			fmt.Println(h.screen())
			fmt.Println("-----")
		}
	}
}
