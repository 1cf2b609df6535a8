package vntext

import (
	"testing"
	"unicode/utf8"
)

func TestAppendFoldAgreesWithFold(t *testing.T) {
	cases := []string{
		"", "Tân Việt", "ĐỒ GỖ MỸ NGHỆ Đồng Kỵ", "Công ty TNHH MTV xây dựng và thương mại",
		"Bình Xuyên | Tam Đảo", "Ứng Hoà, Phú Xuyên", "Ÿ Ǆ ǅ ǆ ß ẞ", "İstanbul", "Ωmega 漢字 😀",
		"KCĐP-2023-01", "a\u0301b", "ﬁ ligature", "Ⱥ", "0100233488-001",
	}
	// Every rune of the Latin and Vietnamese blocks, alone and in words.
	for r := rune(0x20); r < 0x2000; r++ {
		if utf8.ValidRune(r) {
			cases = append(cases, string(r), "x"+string(r)+"y")
		}
	}
	for _, s := range cases {
		s = CleanLine(s)
		if got, want := string(AppendFold(nil, s)), Fold(s); got != want {
			t.Errorf("AppendFold(%q) = %q, Fold = %q", s, got, want)
		}
	}
}

func FuzzAppendFold(f *testing.F) {
	for _, s := range []string{"Tân Việt", "Đồng Kỵ", "ǅ", "漢字"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = CleanLine(s) // stored text is NFC and clean
		if got, want := string(AppendFold(nil, s)), Fold(s); got != want {
			t.Fatalf("AppendFold(%q) = %q, Fold = %q", s, got, want)
		}
	})
}
