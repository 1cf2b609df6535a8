package model

import "testing"

func TestSplitSupportKeepsProposedAndRejectedOutOfTheTotal(t *testing.T) {
	// The 2025: 2.005 tr committed, 390 tr proposed, 30 tr rejected.
	rows := []StatusRow{
		{StatusProposed, 2, 300_000_000}, {StatusAppraisal, 1, 90_000_000},
		{StatusApproved, 3, 1_005_000_000}, {StatusSettled, 2, 1_000_000_000},
		{StatusRejected, 1, 30_000_000},
	}
	got := SplitSupport(rows)
	want := YearSupport{Committed: 2_005_000_000, CommittedN: 5, Pending: 390_000_000, PendingN: 3,
		Dropped: 30_000_000, DroppedN: 1}
	if got != want {
		t.Fatalf("SplitSupport = %+v, want %+v", got, want)
	}
}

func TestWarningsOfYear(t *testing.T) {
	ws := []Warning{{Year: 2022}, {Year: 2024}, {Year: 2022}, {Year: 2025}}
	mine, other := WarningsOf(ws, 2022)
	if len(mine) != 2 || other != 2 {
		t.Fatalf("2022: %d mine, %d other; want 2 and 2", len(mine), other)
	}
	if mine, other := WarningsOf(ws, 0); len(mine) != 4 || other != 0 {
		t.Fatalf("all years: %d mine, %d other; want 4 and 0", len(mine), other)
	}
}
