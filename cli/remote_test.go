package cli

import (
	"slices"
	"testing"
)

// TestRemoteNames: the server lets through the commands the table marks
// remote, and help; the same five the server listed itself before.
func TestRemoteNames(t *testing.T) {
	got := remoteNames()
	slices.Sort(got)
	want := []string{"backup", "export", "help", "report", "user"}
	if !slices.Equal(got, want) {
		t.Errorf("remote commands %v, want %v", got, want)
	}
}
