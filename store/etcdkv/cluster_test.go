package etcdkv_test

import (
	"fmt"
	"testing"
	"time"

	"khuyencong/store"
	"khuyencong/store/etcdkv/etcdtest"
	"khuyencong/store/storetest"
)

// TestClusterMemberLoss streams saves through one front end of a
// three-member cluster while a follower stops (and comes back), then the
// leader: saves go on after the election; afterwards every confirmed save
// is stored exactly once, one that failed at most once, a second front end
// followed all of it, and check passes.
func TestClusterMemberLoss(t *testing.T) {
	c := etcdtest.Start(t, 3)
	a, b := openFront(t, c, "loss"), openFront(t, c, "loss")
	leader := c.Leader()
	follower := (leader + 1) % 3
	confirmed := map[string]bool{}
	var failed []string
	const saves = 120
	for i := range saves {
		switch i {
		case 30:
			c.StopMember(follower)
		case 50:
			c.StartMember(follower)
		case 70:
			c.StopMember(leader)
		case 100:
			c.StartMember(leader)
		}
		f := storetest.Facility(fmt.Sprintf("Cơ sở lưu %03d", i))
		t0 := time.Now()
		err := a.Create(editor, f)
		if d := time.Since(t0); d > 200*time.Millisecond {
			t.Logf("save %d took %v (%v)", i, d.Round(time.Millisecond), err)
		}
		if err != nil {
			failed = append(failed, f.Name)
			continue
		}
		confirmed[f.Name] = true
	}
	t.Logf("%d saves confirmed, %d failed; leader was m%d, now m%d", len(confirmed), len(failed), leader, c.Leader())
	if len(confirmed) < saves/2 {
		t.Fatalf("only %d of %d saves went through", len(confirmed), saves)
	}
	// A fresh front end reads what the cluster holds.
	fresh := openFront(t, c, "loss")
	seen := map[string]int{}
	for f := range fresh.Snapshot().Facilities().Scan() {
		seen[f.Name]++
	}
	for name := range confirmed {
		if seen[name] != 1 {
			t.Errorf("confirmed %q stored %d times", name, seen[name])
		}
	}
	for _, name := range failed {
		if seen[name] > 1 {
			t.Errorf("failed %q stored %d times", name, seen[name])
		}
	}
	want := fresh.Snapshot().Facilities().Len()
	for _, s := range []*store.Store{a, b} {
		deadline := time.Now().Add(10 * time.Second)
		for s.Snapshot().Facilities().Len() != want && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		if got := s.Snapshot().Facilities().Len(); got != want {
			t.Errorf("a front end holds %d facilities, the cluster %d", got, want)
		}
	}
	if probs, err := fresh.Check(); err != nil || len(probs) > 0 {
		t.Fatalf("check: %v %v", probs, err)
	}
}
