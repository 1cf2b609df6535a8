package vntext

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Real names of the kind the project stores: people, places, facilities.
var vnNames = strings.Split(`Nguyễn Văn An|Nguyễn Văn Ân|Nguyễn Văn Ấn|Nguyễn Thị Ánh|Nguyễn Thị Anh|Nguyễn Thị Ảnh|
Trần Thị Bích|Trần Đức Bình|Lê Văn Cường|Lê Thị Cúc|Phạm Văn Dũng|Phạm Thị Dung|Đỗ Văn Đức|Đặng Thị Đào|
Đinh Công Đạt|Dương Văn Duy|Hoàng Thị Hà|Hoàng Văn Hải|Huỳnh Thị Hạnh|Vũ Văn Hùng|Võ Thị Hương|Bùi Văn Huy|
Ngô Thị Lan|Lý Văn Long|Hồ Thị Mai|Mai Văn Minh|Tạ Thị Nga|Kiều Văn Nghĩa|Trịnh Thị Ngọc|Lương Văn Nam|
Phan Thị Oanh|Quách Văn Phúc|Tăng Thị Phương|Lâm Văn Quang|Đoàn Thị Quyên|Chu Văn Sơn|Cao Thị Tâm|
Lại Văn Tuấn|Tô Thị Thảo|Vương Văn Thắng|Nghiêm Thị Thu|Khúc Văn Trung|Ứng Thị Uyên|Âu Văn Việt|Ông Thị Xuân|
Yên Văn Yên|Ưng Văn Út|Ân Thị Ất|Ấu Văn Ẩn|An|Ân|Ấn|Ăn|Ắn|Ẩn|Anh|Ánh|Ảnh|Ạnh|Ba|Bà|Bả|Bã|Bá|Bạ|
ba|bà|bả|bã|bá|bạ|BA|Bà|Cơ sở mộc Đồng Kỵ|Cơ sở mây tre đan Phú Vinh|Cơ sở gốm Bát Tràng|
Công ty TNHH Mây tre đan Tân Việt|Công ty TNHH Gốm sứ Minh Long|Công ty CP Cơ khí Vĩnh Phúc|
Công ty TNHH MTV Chế biến nông sản Yên Lạc|Công ty cổ phần Thủy sản Sông Lô|HTX Nông nghiệp Tam Đảo|
HTX Mây tre đan Triệu Đề|HTX Rau an toàn Vĩnh Tường|Hợp tác xã Chè Tam Đảo|Hộ kinh doanh Nguyễn Văn Tú|
Tổ hợp tác Mộc Thanh Lãng|Doanh nghiệp tư nhân Đức Thịnh|DNTN Hoàng Long|Làng nghề mộc Bích Chu|
Làng nghề gốm Hương Canh|Làng nghề rèn Lý Nhân|Làng nghề đá Hải Lựu|Làng nghề mây tre Triệu Đề|
Vĩnh Yên|Phúc Yên|Bình Xuyên|Lập Thạch|Sông Lô|Tam Dương|Tam Đảo|Vĩnh Tường|Yên Lạc|Mê Linh|Phú Thọ|
Hòa Bình|Hoà Bình|Thanh Lãng|Hương Canh|Tân Phong|Đạo Đức|Hợp Thịnh|Tam Hợp|Bá Hiến|Thiện Kế|Sơn Lôi|
Quất Lưu|Gia Khánh|Hương Sơn|Trung Mỹ|Tam Sơn|Đồng Thịnh|Tứ Yên|Nhạo Sơn|Đôn Nhân|Phương Khoan|
Đồng Quế|Nhân Đạo|Hải Lựu|Lãng Công|Quang Yên|Yên Thạch|Tân Lập|Đức Bác|Cao Phong|Như Thụy|Đồng Tĩnh|
Hợp Hòa|Hoàng Đan|Hoàng Lâu|Kim Long|An Hòa|Vân Hội|Hướng Đạo|Hoàng Hoa|Duy Phiên|Thanh Vân|
Đại Đình|Đạo Trù|Minh Quang|Hồ Sơn|Hợp Châu|Tam Quan|Bồ Lý|Yên Dương|Đại Đồng|Tề Lỗ|Trung Nguyên|
Đồng Văn|Yên Đồng|Tam Hồng|Liên Châu|Nguyệt Đức|Văn Tiến|Hồng Phương|Trung Kiên|Yên Phương|
Vĩnh Tường|Tứ Trưng|Thổ Tang|Kim Xá|Lũng Hòa|Bồ Sao|Vũ Di|Vĩnh Sơn|Vĩnh Ninh|Tân Phú|Phú Đa|
Ngũ Kiên|An Tường|Vĩnh Thịnh|Cao Đại|Tân Tiến|Lý Nhân|Tuân Chính|Chấn Hưng|Nghĩa Hưng|Đại Tự|
Mộc Đồng Kỵ|Gốm Hương Canh|Rượu làng Vân|Bánh chưng Tranh Khúc|Chè Thái Nguyên|Nước mắm Phú Quốc|
Bánh đa Kế|Bún Phú Đô|Miến dong Cự Đà|Đậu phụ Mơ|Tương Bần|Giò chả Ước Lễ|Lụa Vạn Phúc|Gốm Chu Đậu|
Sơn mài Hạ Thái|Khảm trai Chuyên Mỹ|Nón lá Chuông|Quạt Chàng Sơn|Tranh Đông Hồ|Đúc đồng Ngũ Xã|
Mây tre Phú Vinh|Thêu Quất Động|Gỗ Đồng Kỵ|Đá mỹ nghệ Ninh Vân|Chiếu cói Kim Sơn|Bạc Châu Khê|
Ấp Bắc|Ủy ban nhân dân|Ủy Ban Nhân Dân|ủy ban|uỷ ban|Ụ Đá|Ừ|Ư|Ứ|Ữ|Ử|Ự|ư|ừ|ứ|ữ|ử|ự|Ơ|ờ|ớ|ở|ỡ|ợ|
Ô|ồ|ố|ổ|ỗ|ộ|Ê|ề|ế|ể|ễ|ệ|Â|ầ|ấ|ẩ|ẫ|ậ|Ă|ằ|ắ|ẳ|ẵ|ặ|đa|Đa|da|Da|dạ|Đạ|đá|đà|Đà Nẵng|Đà Lạt|Đắk Lắk|
Cơ sở 1|Cơ sở 2|Cơ sở 10|Cơ sở 02|Xưởng số 3|Xưởng số 12|Lô A-12|Lô A12|Lô B 5|Lô B.5|Lô C/7|
Công ty (chi nhánh)|Công ty "Hoa Sen"|Công ty “Hoa Sen”|Công ty 'Sao Mai'|Công ty & Đối tác|
Cty TNHH Thành Đạt|Cty CP Đại Phát|Cty TNHH Phú Gia|Xí nghiệp Gạch ngói Đồng Tâm|Nhà máy Giấy Bãi Bằng|
Gạch Tuynel Tân Tiến|Gạch ngói Hợp Thịnh|Gốm Thổ Hà|gốm thổ hà|GỐM THỔ HÀ|Phở|phở|Pho|pho|Phố|phổ|
Quý|Quỳ|Quỷ|Quỹ|Qúy|Thủy|Thuỷ|Hòa|Hoà|Khỏe|Khoẻ|Gìn|Giữ|Gỉ|Giã|Già|Giá|Giạ|Đường|Dương|Đương|
Trường|Truong|TRUONG|Trương|trương|Hải|Hai|Hái|Hài|Hại|Hãi|Hà|Ha|Há|Hả|Hạ|Hã|Sẵn|Sắn|Săn|Sằn|Sẳn|Sặn|
Fanpage Đồng Kỵ|Joint Venture|Zalo|Wood Việt|Kiwi|Ja|Fa|za|wa|Ýên|Yến|Yên|Yền|Yển|Yễn|Yện|
x|X|xa|Xa|xá|Xà|y|Y|ý|Ý|ỳ|Ỳ|ỷ|ỹ|ỵ|Ỵ|1|9|10|01|0|A1|A 1|A-1|A_1|A.1|a1`, "|")

func init() {
	for i, s := range vnNames {
		vnNames[i] = strings.TrimSpace(s)
	}
}

// sign gives -1, 0 or +1.
func signOf(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

func checkAgainstXText(t *testing.T, names []string) {
	t.Helper()
	c := collate.New(language.Vietnamese)
	keys := make([][]byte, len(names))
	for i, n := range names {
		keys[i] = SortKey(n)
	}
	bad := 0
	for i := range names {
		for j := range names {
			want := signOf(c.CompareString(names[i], names[j]))
			if got := signOf(bytes.Compare(keys[i], keys[j])); got != want {
				if bad++; bad <= 10 {
					t.Errorf("order of %q vs %q: SortKey says %d, x/text %d (keys % x / % x)",
						names[i], names[j], got, want, keys[i], keys[j])
				}
			}
		}
	}
}

func TestSortKeyMatchesXTextOnNames(t *testing.T) {
	if len(vnNames) < 300 {
		t.Fatalf("corpus has %d names, want a few hundred", len(vnNames))
	}
	checkAgainstXText(t, vnNames)
}

func TestSortKeyNFDEqualsNFC(t *testing.T) {
	for _, n := range vnNames {
		if d := norm.NFD.String(n); !bytes.Equal(SortKey(d), SortKey(n)) {
			t.Errorf("NFD %q: key % x, NFC key % x", n, SortKey(d), SortKey(n))
		}
	}
	var nfd []string
	for _, n := range vnNames[:120] {
		nfd = append(nfd, norm.NFD.String(n), n)
	}
	checkAgainstXText(t, nfd)
}

// Random strings over the Vietnamese letters with every tone and case,
// digits and common punctuation, compared pairwise with x/text.
func TestSortKeyMatchesXTextRandom(t *testing.T) {
	var alphabet []rune
	for _, r := range "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz" {
		alphabet = append(alphabet, r)
		for _, tone := range []rune{0x300, 0x309, 0x303, 0x301, 0x323} {
			if strings.ContainsRune("aăâeêioôơuưy", r) {
				alphabet = append(alphabet, []rune(norm.NFC.String(string(r)+string(tone)))...)
			}
		}
	}
	for _, r := range alphabet[:len(alphabet):len(alphabet)] {
		alphabet = append(alphabet, []rune(strings.ToUpper(string(r)))...)
	}
	alphabet = append(alphabet, []rune(" 0123456789-.,/()&'\"“”–_çñöüłøİıŋ日Ω\u00ad")...)
	rng := rand.New(rand.NewPCG(1, 2))
	var words []string
	for range 400 {
		n := 1 + rng.IntN(6)
		w := make([]rune, n)
		for i := range w {
			w[i] = alphabet[rng.IntN(len(alphabet))]
		}
		words = append(words, string(w))
	}
	// Near neighbours differ late, so tones and case decide.
	for i := range 100 {
		words = append(words, words[i]+"a", words[i]+"à", words[i]+"A")
	}
	checkAgainstXText(t, words)
}

// Runs of common weights longer than appendRuns cuts them (250), on
// either side of the cut, in both levels, still order as x/text does.
func TestSortKeyLongRuns(t *testing.T) {
	var texts []string
	for _, k := range []int{0, 1, 2, 249, 250, 251, 252, 499, 500, 501, 751} {
		a := strings.Repeat("a", k)
		texts = append(texts, a, a+"ạ", a+"à", a+"A", a+"ạb", a+"Ab", "b"+a+"ạ", strings.Repeat("ạ", 3)+a+"ạ")
	}
	checkAgainstXText(t, texts)
}

func TestSortKeyOrder(t *testing.T) {
	want := []string{"a", "A", "à", "ả", "ã", "á", "ạ", "ă", "ằ", "â", "b", "c", "d", "đ", "Đ", "e", "ê",
		"g", "h", "i", "k", "l", "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y"}
	got := slices.Clone(want)
	rand.New(rand.NewPCG(3, 4)).Shuffle(len(got), func(i, j int) { got[i], got[j] = got[j], got[i] })
	slices.SortStableFunc(got, Compare)
	if !slices.Equal(got, want) {
		t.Errorf("sorted: %q\nwant   %q", got, want)
	}
	for _, c := range []struct{ a, b string }{
		{"Đỗ Văn Đức", "Dương Văn Duy"}, {"Ưng", "Uyên"}, {"Ơn", "Ông"}, {"a", "1"}, {"Hòa", "Hoa"}, {"Hòa", "Hoà"},
	} {
		if Compare(c.a, c.b) <= 0 {
			t.Errorf("Compare(%q, %q) = %d, want > 0", c.a, c.b, Compare(c.a, c.b))
		}
	}
	if Compare("Hòa", norm.NFD.String("Hòa")) != 0 || Compare("", "") != 0 {
		t.Error("equal texts must compare equal")
	}
}

// Arbitrary bytes must not panic and must give the same key twice.
func TestSortKeyOddInput(t *testing.T) {
	for _, s := range []string{"", "\xff\xfe", "\u0300", "a\u0302\u0302", "\u0301\u0301x", "日本語", "Ωμέγα",
		"ß", "æ", "\x00\x1b[2J", "a\u200bb", strings.Repeat("Nguyễn ", 100), "\U0010ffff", "€100"} {
		if k1, k2 := SortKey(s), SortKey(s); !bytes.Equal(k1, k2) {
			t.Errorf("%q: unstable key", s)
		}
	}
	if got := AppendSortKey([]byte("x"), "a"); !bytes.Equal(got[1:], SortKey("a")) {
		t.Errorf("AppendSortKey appends % x, want % x", got[1:], SortKey("a"))
	}
}

func BenchmarkSortKey(b *testing.B) {
	names := []string{"Công ty TNHH Mây tre đan Tân Việt", "Hợp tác xã Chè Tam Đảo",
		"Nguyễn Thị Ánh", "Cơ sở mộc Đồng Kỵ 12", "DNTN Hoàng Long"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		SortKey(names[i%len(names)])
	}
}

func BenchmarkXTextKey(b *testing.B) {
	c := collate.New(language.Vietnamese)
	var buf collate.Buffer
	names := []string{"Công ty TNHH Mây tre đan Tân Việt", "Hợp tác xã Chè Tam Đảo",
		"Nguyễn Thị Ánh", "Cơ sở mộc Đồng Kỵ 12", "DNTN Hoàng Long"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_ = append([]byte(nil), c.KeyFromString(&buf, names[i%len(names)])...)
		buf.Reset()
	}
}

// FuzzSortKey: no input panics, and on text made of Vietnamese letters,
// digits and common punctuation the order is x/text's.
func FuzzSortKey(f *testing.F) {
	f.Add("Nguyễn Văn An", "Nguyễn Văn Ân")
	f.Add("Hòa", "Hoà")
	f.Add(norm.NFD.String("Đặng Thị Đào"), "Đặng Thị Đào")
	f.Add("\xff\u0301", "a\u0302\u0323")
	c := collate.New(language.Vietnamese)
	vietnamese := func(s string) bool {
		for _, r := range norm.NFD.String(s) {
			if !(r < 0x7f && r >= 0x20 || strings.ContainsRune("đĐ\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b", r)) {
				return false
			}
		}
		return utf8.ValidString(s)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		ka, kb := SortKey(a), SortKey(b)
		for _, s := range []string{a, b} {
			if len(s) <= shortKey && !bytes.Equal(appendShortKey(nil, s), appendLongKey(nil, s)) {
				t.Fatalf("%q: the short and the general key differ", s)
			}
		}
		if !vietnamese(a) || !vietnamese(b) {
			return
		}
		if got, want := signOf(bytes.Compare(ka, kb)), signOf(c.CompareString(a, b)); got != want {
			t.Fatalf("order of %q vs %q: SortKey %d, x/text %d", a, b, got, want)
		}
	})
}

// The fixed-array loop for short text and the general one make the same
// keys, on text of every kind up to the short limit, including the worst
// cases for each level's length.
func TestShortKeyEqualsGeneral(t *testing.T) {
	texts := []string{"", "a", "Nguyễn Văn Ân", norm.NFD.String("Đặng Thị Đào Ước"), "ǅ",
		strings.Repeat("ǘ", shortKey/2), strings.Repeat("ȸ", shortKey/2), strings.Repeat("A", shortKey),
		strings.Repeat("ệ", shortKey/3), strings.Repeat("a\u0323", shortKey/3), strings.Repeat("𝔸", shortKey/4),
		strings.Repeat("\u0301", shortKey/2), "x\x00\u200by\xff", strings.Repeat("ő", shortKey/2)}
	for _, s := range texts {
		if len(s) > shortKey {
			t.Fatalf("%q is past the short limit", s)
		}
		if got, want := appendShortKey(nil, s), appendLongKey(nil, s); !bytes.Equal(got, want) {
			t.Errorf("%q: short % x, general % x", s, got, want)
		}
	}
}

// BenchmarkAppendSortKey is a key appended to a reused buffer, as a sort
// makes them, over names from the sample.
func BenchmarkAppendSortKey(b *testing.B) {
	names := []string{"Công ty TNHH Mây tre đan Tân Việt", "Hợp tác xã Chè Tam Đảo",
		"Hộ kinh doanh Phạm Phương Linh", "Cơ sở mộc Đồng Kỵ 12", "DNTN Hoàng Long",
		"Hộ kinh doanh Đỗ Thị Oanh", "Công ty TNHH Đầu tư xây dựng Long Thanh"}
	buf := make([]byte, 0, 256)
	for i := 0; b.Loop(); i++ {
		buf = AppendSortKey(buf[:0], names[i%len(names)])
	}
}
