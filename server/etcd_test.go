package server

import (
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/store/etcdkv"
	"khuyencong/store/etcdkv/etcdtest"
)

// TestTwoFrontEndsOnEtcd: two servers on one three-member etcd cluster,
// a real SSH session on each; a save through one front end shows on the
// other's screen, and a user added on one logs in on the other.
func TestTwoFrontEndsOnEtcd(t *testing.T) {
	c := etcdtest.Start(t, 3)
	front := func() *env {
		kv, err := etcdkv.Open(c.URL("kc"), etcdkv.Security{})
		if err != nil {
			t.Fatal(err)
		}
		st, err := store.OpenKV(kv, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return startServerOn(t, st, t.TempDir(), nil)
	}
	a, b := front(), front()
	addFacility(t, a.store, store.LocalAdmin(), "Hợp tác xã Đông Xuân")
	lan := a.addUser("lan", model.RoleEditor)
	deadline := time.Now().Add(time.Second)
	for _, ok := b.store.UserByFingerprint(fingerprint(lan)); !ok; _, ok = b.store.UserByFingerprint(fingerprint(lan)) {
		if time.Now().After(deadline) {
			t.Fatal("the user added on a is unknown to b after 1 s")
		}
		time.Sleep(10 * time.Millisecond)
	}
	onB := b.open(lan, 100, 30)
	onB.send("2")
	onB.waitFor("Đông Xuân")
	start := time.Now()
	addFacility(t, a.store, store.Actor{Name: "lan", Role: model.RoleEditor}, "Công ty TNHH Đầu tư xây dựng Long Thanh")
	onB.waitFor("Đầu tư xây dựng")
	if d := time.Since(start); d > time.Second {
		t.Errorf("the save on a showed on b after %v", d)
	}
	t.Logf("a save on front end a shown on b's screen after %v", time.Since(start).Round(time.Millisecond))
}

func fingerprint(s gossh.Signer) string { return gossh.FingerprintSHA256(s.PublicKey()) }
