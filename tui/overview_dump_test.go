package tui

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestOverviewDump prints screens for a look by eye: OVDUMP=1 go test
// ./tui -run TestOverviewDump -v. OVDUMP may list keys separated by ','.
func TestOverviewDump(t *testing.T) {
	if os.Getenv("OVDUMP") == "" {
		t.Skip()
	}
	s := sampleStore(t, 300)
	keys := []string{"1", "4"}
	if k := os.Getenv("OVDUMP"); k != "1" {
		keys = strings.Split(k, ",")
	}
	w, hh := 80, 24
	if os.Getenv("OVWIDE") != "" {
		w, hh = 120, 40
	}
	role := admin
	if os.Getenv("OVEDITOR") != "" {
		role = editor
	}
	h := start(t, s, role, w, hh)
	for _, k := range keys {
		if strings.HasPrefix(k, "'") {
			h.typ(k[1:])
		} else {
			h.keys(k)
		}
		fmt.Printf("--- after %q\n%s\n", k, h.screen())
	}
}
