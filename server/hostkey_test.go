package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"

	"khuyencong/i18n"
	"khuyencong/model"
)

func TestHostKeyCreatedWhole(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "host_ed25519")
	if err := ensureHostKey(path); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := gossh.ParsePrivateKey(b); err != nil {
		t.Fatalf("key does not parse: %v", err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("key mode %v, want 0600", fi.Mode().Perm())
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".host-key-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	// A second start keeps the key.
	if err := ensureHostKey(path); err != nil {
		t.Fatal(err)
	}
	if again, _ := os.ReadFile(path); string(again) != string(b) {
		t.Error("the key changed on the second start")
	}
}

func TestEmptyHostKeyRefusedWithAdvice(t *testing.T) {
	for name, content := range map[string]string{"empty": "", "garbage": "not a key\n"} {
		path := filepath.Join(t.TempDir(), "host_ed25519")
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		err := ensureHostKey(path)
		if err == nil {
			t.Fatalf("%s key accepted", name)
		}
		msg := model.Localize(err, i18n.EN)
		if !strings.Contains(msg, path) || !strings.Contains(msg, "Delete it") {
			t.Errorf("%s key: %q does not say which file to delete", name, msg)
		}
		if b, _ := os.ReadFile(path); string(b) != content {
			t.Errorf("%s key file was changed", name)
		}
	}
}
