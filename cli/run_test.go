package cli

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/crypto/ssh"

	"khuyencong/store"
)

// cli runs the program in-process as a user would from a shell.
func cli(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errw bytes.Buffer
	code = runContext(context.Background(), args, &out, &errw)
	if strings.Contains(errw.String(), "goroutine ") || strings.Contains(errw.String(), "panic:") {
		t.Fatalf("%v: Go stack trace on stderr:\n%s", args, errw.String())
	}
	return code, out.String(), errw.String()
}

// want fails the test unless the command exited with code.
func want(t *testing.T, code int, args ...string) (stdout, stderr string) {
	t.Helper()
	got, out, errs := cli(t, args...)
	if got != code {
		t.Fatalf("khuyencong %s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s",
			strings.Join(args, " "), got, code, out, errs)
	}
	return out, errs
}

// sampleDB is a database with the sample loaded.
func sampleDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "k.db")
	out, _ := want(t, exitOK, "--db", db, "sample", "--facilities", "300")
	if !strings.Contains(out, "303 cơ sở") {
		t.Errorf("sample said %q", out)
	}
	return db
}

// pubKeyFile writes a fresh ed25519 public key as an authorized_keys line.
func pubKeyFile(t *testing.T, comment string) (path, fingerprint string) {
	t.Helper()
	pub, _, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	sp, err := ssh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	line := strings.TrimSpace(string(ssh.MarshalAuthorizedKey(sp))) + " " + comment + "\n"
	path = filepath.Join(t.TempDir(), comment+".pub")
	if err := os.WriteFile(path, []byte(line), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, ssh.FingerprintSHA256(sp)
}

func TestSampleReportCheck(t *testing.T) {
	db := sampleDB(t)
	out, _ := want(t, exitOK, "--db", db, "report", "--year", "2022")
	for _, s := range []string{"KCQG-2022-01", "KCQG-2022-02", "KCQG-2022-03", "KCQG-2022-04", "2.170 tr"} {
		if !strings.Contains(out, s) {
			t.Errorf("report --year 2022 lacks %q:\n%s", s, out)
		}
	}
	out, _ = want(t, exitOK, "report", "--format", "md", "--db", db)
	if !strings.Contains(out, "| --- |") {
		t.Errorf("report --format md is not Markdown:\n%s", out)
	}
	out, _ = want(t, exitOK, "check", "--db", db)
	if !strings.Contains(out, "không có lỗi") {
		t.Errorf("check said %q", out)
	}
}

// TestCountsGrouped: counts printed by sample, check and a refused sample
// carry the thousands dot, "1.003 cơ sở" and not "1003 cơ sở" (issue 18 §6).
func TestCountsGrouped(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	out, _ := want(t, exitOK, "--db", db, "sample", "--facilities", "1000")
	if !strings.Contains(out, "1.003 cơ sở") {
		t.Errorf("sample said %q", out)
	}
	out, _ = want(t, exitOK, "--db", db, "check")
	if !strings.Contains(out, "(1.003 cơ sở,") {
		t.Errorf("check said %q", out)
	}
	_, errs := want(t, exitFail, "--db", db, "--lang", "en", "sample")
	if !strings.Contains(errs, "(1.003 facilities,") {
		t.Errorf("refused sample said %q", errs)
	}
	_, errs = want(t, exitUsage, "--db", db, "sample", "--facilities", "-1")
	if !strings.Contains(errs, ".000") {
		t.Errorf("sample range said %q", errs)
	}
}

func TestSampleRefusedTwice(t *testing.T) {
	db := sampleDB(t)
	_, errs := want(t, exitFail, "--db", db, "sample", "--facilities", "10")
	if !strings.Contains(errs, "đã có dữ liệu") {
		t.Errorf("second sample: %q", errs)
	}
}

func TestMissingDatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "typo.db")
	for _, args := range [][]string{{"report"}, {"check"}, {"backup", db + ".bak"}, {"user", "list"}, {"user", "remove", "x"}} {
		_, errs := want(t, exitFail, append([]string{"--db", db}, args...)...)
		if !strings.Contains(errs, "không có cơ sở dữ liệu") || !strings.Contains(errs, db) {
			t.Errorf("%v: %q", args, errs)
		}
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Error("a read command created the database file")
	}
	_, errs := want(t, exitFail, "--lang", "en", "--db", db, "report")
	if !strings.Contains(errs, "there is no database") {
		t.Errorf("--lang en: %q", errs)
	}
}

// TestDatabaseFolderMissing: sample into a folder that does not exist says
// so in one translated sentence naming the path once (issue 18 §6), not
// bbolt's "open x: open x: no such file or directory".
func TestDatabaseFolderMissing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "no", "such", "x.db")
	for _, c := range []struct{ lang, msg string }{
		{"vi", "Không tạo được cơ sở dữ liệu " + db + ": thư mục chứa tệp không có."},
		{"en", "Cannot create the database " + db + ": its folder does not exist."},
	} {
		_, errs := want(t, exitFail, "--lang", c.lang, "--db", db, "sample")
		if strings.TrimSpace(errs) != "khuyencong: "+c.msg || strings.Count(errs, db) != 1 {
			t.Errorf("%s: %q, want %q", c.lang, errs, c.msg)
		}
	}
}

func TestDatabaseFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	envDBPath := filepath.Join(dir, "env.db")
	t.Setenv(envDB, envDBPath)
	want(t, exitOK, "sample", "--facilities", "5")
	if _, err := os.Stat(envDBPath); err != nil {
		t.Fatalf("KHUYENCONG_DB not used: %v", err)
	}
	explicit := filepath.Join(dir, "explicit.db")
	want(t, exitOK, "sample", "--facilities", "5", "--db", explicit)
	if _, err := os.Stat(explicit); err != nil {
		t.Fatalf("--db did not win over KHUYENCONG_DB: %v", err)
	}
}

func TestBackupThenCheckCopy(t *testing.T) {
	db := sampleDB(t)
	dst := filepath.Join(t.TempDir(), "sao-luu.db")
	out, _ := want(t, exitOK, "--db", db, "backup", dst)
	if !strings.Contains(out, "Đã sao lưu") {
		t.Errorf("backup said %q", out)
	}
	want(t, exitOK, "--db", dst, "check")
	out, _ = want(t, exitOK, "--db", dst, "report", "--year", "2022")
	if !strings.Contains(out, "2.170 tr") {
		t.Error("the copy lacks the 2022 projects")
	}
	_, errs := want(t, exitFail, "--db", db, "backup", dst)
	if !strings.Contains(errs, "đã có") {
		t.Errorf("backup over an existing file: %q", errs)
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(dst), ".*.tmp"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
	want(t, exitUsage, "--db", db, "backup")
}

func TestUserAddListRemove(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	key1, fp1 := pubKeyFile(t, "lan@vanphong")
	key2, fp2 := pubKeyFile(t, "lan@nha")
	// Flags after the positional, global flag last.
	out, _ := want(t, exitOK, "user", "add", "lan", "--role", "editor", "--key-file", key1, "--key-file", key2, "--db", db)
	if !strings.Contains(out, "lan") || !strings.Contains(out, "2 khóa") {
		t.Errorf("user add said %q", out)
	}
	// Flags before the positional.
	key3, _ := pubKeyFile(t, "hung@may")
	want(t, exitOK, "--db", db, "user", "add", "--role=admin", "--key-file="+key3, "hung")
	out, _ = want(t, exitOK, "--db", db, "user", "list")
	for _, s := range []string{"lan", "hung", "Biên tập", "Quản trị", fp1, fp2, "lan@nha"} {
		if !strings.Contains(out, s) {
			t.Errorf("user list lacks %q:\n%s", s, out)
		}
	}
	_, errs := want(t, exitFail, "--db", db, "user", "add", "lan", "--role", "viewer", "--key-file", key3)
	if !strings.Contains(errs, "đã có người dùng lan") {
		t.Errorf("duplicate user: %q", errs)
	}
	want(t, exitOK, "--db", db, "user", "remove", "lan")
	out, _ = want(t, exitOK, "--db", db, "user", "list")
	if strings.Contains(out, "lan@nha") || !strings.Contains(out, "hung") {
		t.Errorf("after remove:\n%s", out)
	}
	want(t, exitFail, "--db", db, "user", "remove", "lan")
}

func TestUserAddRefusesBadKeys(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.pub")
	_ = os.WriteFile(junk, []byte("# my key\nssh-ed25519 not-base64 me@host\n"), 0o600)
	private := filepath.Join(dir, "id_ed25519")
	_ = os.WriteFile(private, []byte("-----BEGIN OPENSSH PRIVATE KEY-----\nxxx\n-----END OPENSSH PRIVATE KEY-----\n"), 0o600)
	empty := filepath.Join(dir, "empty.pub")
	_ = os.WriteFile(empty, []byte("\n# nothing\n"), 0o600)
	cases := map[string]string{junk: "dòng 2", private: "khóa bí mật", empty: "không có khóa", filepath.Join(dir, "none.pub"): "không đọc được"}
	for file, msg := range cases {
		_, errs := want(t, exitFail, "--db", db, "user", "add", "lan", "--role", "viewer", "--key-file", file)
		if !strings.Contains(errs, msg) {
			t.Errorf("%s: %q, want %q", filepath.Base(file), errs, msg)
		}
	}
	key, _ := pubKeyFile(t, "x")
	for _, args := range [][]string{
		{"user", "add", "lan", "--key-file", key},                      // no role
		{"user", "add", "lan", "--role", "boss", "--key-file", key},    // bad role
		{"user", "add", "lan", "--role", "viewer"},                     // no key
		{"user", "add", "la n", "--role", "viewer", "--key-file", key}, // bad name
		{"user", "add", "--role", "viewer", "--key-file", key},         // no name
	} {
		want(t, exitUsage, append([]string{"--db", db}, args...)...)
	}
}

func TestUsageErrors(t *testing.T) {
	db := sampleDB(t)
	cases := []struct {
		args []string
		msg  string
	}{
		{[]string{"report", "--bogus"}, "không có tùy chọn --bogus"},
		{[]string{"report", "--year"}, "cần một giá trị"},
		{[]string{"report", "--year", "abc"}, "không hợp lệ"},
		{[]string{"report", "--year", "1800"}, "năm 1800"},
		{[]string{"report", "--format", "pdf"}, "pdf"},
		{[]string{"report", "extra"}, "không có loại báo cáo \"extra\""},
		{[]string{"sample", "--facilities", "-5"}, "số cơ sở"},
		{[]string{"frobnicate"}, "không có lệnh"},
		{[]string{"user"}, "thiếu lệnh con"},
		{[]string{"user", "fly"}, "không có lệnh"},
		{[]string{"--lang", "fr", "report"}, "fr"},
		{[]string{"--year", "2022", "report"}, "phải đặt sau tên lệnh"},
		{[]string{"--bogus", "report"}, "không có tùy chọn --bogus"},
		{[]string{"--verbose"}, "không có tùy chọn --verbose"},
		{[]string{"--db"}, "cần một giá trị"},
	}
	for _, c := range cases {
		_, errs := want(t, exitUsage, append([]string{"--db", db}, c.args...)...)
		if !strings.Contains(errs, c.msg) || !strings.Contains(errs, "Cách dùng:") {
			t.Errorf("%v: stderr %q, want %q and the usage", c.args, errs, c.msg)
		}
	}
}

func TestHelpForEveryCommand(t *testing.T) {
	var paths [][]string
	for _, c := range commands {
		paths = append(paths, []string{c.name})
		for _, s := range c.subs {
			paths = append(paths, []string{c.name, s.name})
		}
	}
	if len(paths) < 8 {
		t.Fatalf("only %d commands registered", len(paths))
	}
	for _, p := range paths {
		line := "khuyencong " + strings.Join(p, " ")
		for _, h := range []string{"--help", "-h"} {
			out, _ := want(t, exitOK, append(p, h)...)
			if !strings.Contains(out, "Cách dùng: "+line) {
				t.Errorf("%s %s:\n%s", line, h, out)
			}
		}
		out, _ := want(t, exitOK, append([]string{"--lang", "en"}, append(p, "--help")...)...)
		if !strings.Contains(out, "Usage: "+line) {
			t.Errorf("%s --help in English:\n%s", line, out)
		}
	}
	out, _ := want(t, exitOK, "--help")
	for _, s := range []string{"sample", "report", "check", "backup", "user add", "user list", "user remove", "--db", "KHUYENCONG_DB"} {
		if !strings.Contains(out, s) {
			t.Errorf("khuyencong --help lacks %q", s)
		}
	}
	out, _ = want(t, exitOK, "-h", "report")
	if !strings.Contains(out, "--year") {
		t.Errorf("-h report:\n%s", out)
	}
}

// TestNoCommandRunsApp: without a command the terminal app runs. Tests
// have no terminal, so the app either runs its placeholder (exit 0) or
// fails cleanly (exit 1, a message, no stack trace); never a usage error.
func TestNoCommandRunsApp(t *testing.T) {
	code, out, errs := cli(t, "--db", filepath.Join(t.TempDir(), "k.db"))
	switch code {
	case exitOK:
		if !strings.Contains(out, "chưa được xây dựng") {
			t.Errorf("no command: %q", out)
		}
	case exitFail:
		if !strings.HasPrefix(errs, "khuyencong: ") || strings.Contains(errs, "Cách dùng") {
			t.Errorf("no command without a terminal: %q", errs)
		}
	default:
		t.Errorf("no command: exit %d, stderr %q", code, errs)
	}
}

func TestDatabaseInUseOrForeign(t *testing.T) {
	db := sampleDB(t)
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, errs := want(t, exitFail, "--db", db, "report")
	if !strings.Contains(errs, "đang được dùng") {
		t.Errorf("database held by another opener: %q", errs)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	junk := filepath.Join(t.TempDir(), "junk.db")
	if err := os.WriteFile(junk, bytes.Repeat([]byte("khuyencong "), 3000), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"check"}, {"report"}, {"sample"}} {
		_, errs = want(t, exitFail, append([]string{"--db", junk}, args...)...)
		if !strings.Contains(errs, junk) {
			t.Errorf("%v on a foreign file: %q", args, errs)
		}
	}
}
