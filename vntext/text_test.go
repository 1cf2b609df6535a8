package vntext

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Attacks a user could paste into a name so that it acts on every other
// user's terminal when the record is shown.
var terminalAttacks = []struct{ name, in, want string }{
	{"OSC 52 clipboard write", "Công ty\x1b]52;c;ZXZpbA==\x07 ABC", "Công ty ABC"},
	{"OSC 52 with ST", "x\x1b]52;c;ZXZpbA==\x1b\\y", "xy"},
	{"clear screen", "\x1b[2JTân Việt", "Tân Việt"},
	{"8-bit CSI", "\x9b31mđỏ", "đỏ"},
	{"8-bit OSC", "a\u009d0;title\u009cb", "ab"},
	{"bidi override", "abc\u202edcb", "abcdcb"},
	{"bidi isolates", "\u2066x\u2069\u200f\u061c", "x"},
	{"OSC 8 link", "\x1b]8;;https://evil.example/\x1b\\Bấm vào đây\x1b]8;;\x1b\\", "Bấm vào đây"},
	{"OSC 8 link with BEL", "\x1b]8;;https://evil.example/\x07link\x1b]8;;\x07", "link"},
	{"DCS", "a\x1bP+q544e\x1b\\b", "ab"},
	{"cursor keys mode", "a\x1b=b", "ab"},
	{"title set", "\x1b]0;pwned\x07Tên", "Tên"},
	{"unterminated CSI", "tên\x1b[", "tên"},
	{"unterminated OSC swallows the rest", "tên\x1b]52;c;AAAA", "tên"},
	{"C0 and DEL", "a\x00b\x07c\x08d\x7fe", "abcde"},
	{"C1 NEL", "a\u0085b", "ab"},
	{"invalid UTF-8", "a\xff\xfeb\xc3", "ab"},
	{"BOM", "\ufeffHà Nội", "Hà Nội"},
	{"line breaks", "Hà\r\nNội\tmới", "Hà Nội mới"},
	{"spaces folded", "  Hà   Nội\u00a0 ", "Hà Nội"},
}

func TestCleanLineNeutralisesAttacks(t *testing.T) {
	for _, c := range terminalAttacks {
		if got := CleanLine(c.in); got != c.want {
			t.Errorf("%s: CleanLine(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
		checkClean(t, c.in, CleanLine(c.in), false)
		checkClean(t, c.in, CleanText(c.in), true)
	}
}

func TestCleanLineNFC(t *testing.T) {
	for _, s := range []string{"Nguyễn Văn Đức", "Hợp tác xã Chè Tam Đảo", "Làng nghề gốm Hương Canh", "Ứng Thị Uyên"} {
		nfd := norm.NFD.String(s)
		if nfd == s {
			t.Fatalf("%q has no decomposed form", s)
		}
		if got := CleanLine(nfd); got != s {
			t.Errorf("CleanLine(NFD %q) = %q (% x), want NFC", s, got, got)
		}
	}
}

func TestCleanText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"dòng 1\ndòng 2", "dòng 1\ndòng 2"},
		{"dòng 1 \r\n\x1b[31mdòng 2\x1b[0m\n\n", "dòng 1\ndòng 2"},
		{"a\tb\u202e", "a b"},
	} {
		if got := CleanText(c.in); got != c.want {
			t.Errorf("CleanText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Tân Việt", "tan viet"},
		{"ĐỖ ĐỨC", "do duc"},
		{"Ưng Ơn Ăn Ấn", "ung on an an"},
		{norm.NFD.String("Nguyễn"), "nguyen"},
		{"Hòa Hoà", "hoa hoa"},
		{"0100233488", "0100233488"},
	} {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// checkClean asserts what stored text may never contain.
func checkClean(t *testing.T, in, out string, multiline bool) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("clean(%q) = %q: invalid UTF-8", in, out)
	}
	for i := 0; i < len(out); i++ {
		if b := out[i]; (b < 0x20 && !(multiline && b == '\n')) || b == 0x7f {
			t.Fatalf("clean(%q) = %q: control byte %#x at %d", in, out, b, i)
		}
	}
	for _, r := range out {
		if unsafeRune(r) && !(multiline && r == '\n') {
			t.Fatalf("clean(%q) = %q: unsafe rune %U", in, out, r)
		}
	}
	if !norm.NFC.IsNormalString(out) {
		t.Fatalf("clean(%q) = %q: not NFC", in, out)
	}
	if out != strings.TrimSpace(out) {
		t.Fatalf("clean(%q) = %q: untrimmed", in, out)
	}
}

// zeroWidth are the invisible characters CleanLine removes.
const zeroWidth = "\u200b\u200c\u200d\u2060\ufeff"

// A name pasted with an invisible character in it is found by typing it
// (issue 18, point 6): the stored text and its fold have none.
func TestCleanLineDropsZeroWidth(t *testing.T) {
	for _, zw := range zeroWidth {
		in := "Công ty Tân" + string(zw) + "Việt" + string(zw)
		if got := CleanLine(in); got != "Công ty TânViệt" {
			t.Errorf("CleanLine(%q) = %q", in, got)
		}
		if got := Fold(CleanLine("Đồng " + string(zw) + "Kỵ")); got != Fold("Đồng Kỵ") {
			t.Errorf("fold with U+%04X: %q", zw, got)
		}
	}
	if got := CleanText("a\u200b\nb\u2060"); got != "a\nb" {
		t.Errorf("CleanText kept a zero-width character: %q", got)
	}
}

func FuzzCleanLine(f *testing.F) {
	for _, c := range terminalAttacks {
		f.Add(c.in)
	}
	for _, s := range []string{"", "Nguyễn", norm.NFD.String("Nguyễn Văn Đức"), "a\u0301\u0323", "\u0300",
		"\x1b", "\x1b[", "\x1b]", "\x9b", "\u2028x\u2029", "x\u00a0\u00a0y", "\r\n\r\n", "e\u0302\u0301", "a\u200bb", "\u200d", "x\u2060 \ufeffy"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		line := CleanLine(s)
		checkClean(t, s, line, false)
		if strings.ContainsAny(line, zeroWidth) || strings.ContainsAny(CleanText(s), zeroWidth) {
			t.Fatalf("CleanLine(%q) = %q: a zero-width character kept", s, line)
		}
		if strings.Contains(line, "  ") {
			t.Fatalf("CleanLine(%q) = %q: double space", s, line)
		}
		if again := CleanLine(line); again != line {
			t.Fatalf("CleanLine not idempotent: %q → %q → %q", s, line, again)
		}
		text := CleanText(s)
		checkClean(t, s, text, true)
		if again := CleanText(text); again != text {
			t.Fatalf("CleanText not idempotent: %q → %q → %q", s, text, again)
		}
		_ = Fold(line)
	})
}

// TestCleanLineDropsEmojiModifiers: a skin tone or a variation selector
// leaves the emoji, one grapheme of two cells that every terminal draws
// the same, so the columns after it stay in place.
func TestCleanLineDropsEmojiModifiers(t *testing.T) {
	cases := map[string]string{
		"Xưởng gỗ 👍🏽 Đồng Kỵ":      "Xưởng gỗ 👍 Đồng Kỵ",
		"Tim ❤️ Hà Nội":            "Tim ❤ Hà Nội",
		"👩🏿‍🔧 Cơ khí":              "👩🔧 Cơ khí",
		"Mây tre ✂\ufe0e Phú Vinh": "Mây tre ✂ Phú Vinh",
	}
	for in, want := range cases {
		if got := CleanLine(in); got != want {
			t.Errorf("CleanLine(%q) = %q, want %q", in, got, want)
		}
	}
}
