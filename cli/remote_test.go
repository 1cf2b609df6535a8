package cli

import (
	"slices"
	"testing"
)

// TestRemoteNames: the server lets through the commands the table marks
// remote, and help: the five the server listed itself before, and check
// (for admins, since issue 19: cron can check a database the server holds).
func TestRemoteNames(t *testing.T) {
	got := remoteNames()
	slices.Sort(got)
	want := []string{"backup", "centre", "check", "export", "help", "report", "rules", "units", "user"}
	if !slices.Equal(got, want) {
		t.Errorf("remote commands %v, want %v", got, want)
	}
}
