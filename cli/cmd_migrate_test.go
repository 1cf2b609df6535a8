package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"khuyencong/store/etcdkv/etcdtest"
)

// TestStoreAndMigrate: a sample file goes to an etcd prefix and back;
// every command reads the cluster with --store, check passes on both
// sides, and the reports agree. A used target and bad URLs are refused.
func TestStoreAndMigrate(t *testing.T) {
	c := etcdtest.Start(t, 1)
	db := sampleDB(t)
	url := c.URL("kc")
	out, _ := want(t, exitOK, "migrate", "--from", db, "--to", url)
	if !strings.Contains(out, "303 cơ sở") {
		t.Errorf("migrate said %q", out)
	}
	fileReport, _ := want(t, exitOK, "--db", db, "report", "--year", "2022")
	etcdReport, _ := want(t, exitOK, "--store", url, "report", "--year", "2022")
	if fileReport != etcdReport {
		t.Errorf("reports differ:\n%s\n---\n%s", fileReport, etcdReport)
	}
	out, _ = want(t, exitOK, "--store", url, "check")
	if !strings.Contains(out, "không có lỗi") {
		t.Errorf("check on etcd said %q", out)
	}
	t.Setenv("KHUYENCONG_STORE", url)
	want(t, exitOK, "user", "add", "lan", "--role", "admin", "--key-file", mustKey(t))
	out, _ = want(t, exitOK, "user", "list")
	if !strings.Contains(out, "lan") {
		t.Errorf("user list on etcd: %q", out)
	}
	// Back to a file, and a backup of the cluster: both open as plain files.
	back := filepath.Join(t.TempDir(), "back.db")
	want(t, exitOK, "migrate", "--from", url, "--to", back)
	want(t, exitOK, "--db", back, "check")
	bak := filepath.Join(t.TempDir(), "bak.db")
	want(t, exitOK, "backup", bak)
	out, _ = want(t, exitOK, "--db", bak, "user", "list")
	if !strings.Contains(out, "lan") {
		t.Errorf("backup of etcd lacks the user: %q", out)
	}
	// Refused: a used prefix, an existing file, a URL without a prefix.
	_, errs := want(t, exitFail, "migrate", "--from", db, "--to", url)
	if !strings.Contains(errs, "đã có dữ liệu") {
		t.Errorf("migrate onto a used prefix: %q", errs)
	}
	want(t, exitFail, "migrate", "--from", url, "--to", back)
	// sample straight into a cluster, then check it there.
	fresh := c.URL("sampled")
	out, _ = want(t, exitOK, "--store", fresh, "sample", "--facilities", "300")
	if !strings.Contains(out, "303 cơ sở") {
		t.Errorf("sample on etcd said %q", out)
	}
	want(t, exitOK, "--store", fresh, "check")
	want(t, exitUsage, "--store", "etcd://127.0.0.1:1", "check")
	want(t, exitUsage, "migrate", "--from", db)
}

func mustKey(t *testing.T) string {
	path, _ := pubKeyFile(t, "lan")
	return path
}
