package exchange

import (
	"bytes"
	"testing"

	"khuyencong/i18n"
	"khuyencong/model"
)

// FuzzImportCSV feeds arbitrary bytes to the CSV importer: it must never
// panic, and an import either writes every good row or nothing at all.
func FuzzImportCSV(f *testing.F) {
	f.Add(byte(0), []byte("Tên;MST;Huyện\r\nA;"+ieTax(1)+";Tam Dương\r\nB;;Yên Lạc\r\n"))
	f.Add(byte(0), []byte("\xEF\xBB\xBFname,tax code,employees,avg income\r\n\"x\ny\",,3,\"4,5 tr\"\r\n"))
	f.Add(byte(0), []byte("name,phone\r\n=cmd,'+84 1\r\n\r\n,,,\r\nC,0211\r\n"))
	f.Add(byte(1), []byte("Mã đề án,Tên đề án,Năm,Nguồn,Nội dung,Trạng thái,Kinh phí hỗ trợ\nKCQG-2022-01,A,2022,KCQG,3,PD,300 tr\n"))
	f.Add(byte(2), []byte("Năm;Nguồn;Số tiền\n2023;KCQG;2 tỷ\n2023;KCĐP;-5\n"))
	f.Add(byte(3), []byte("Mã đề án;Ngày;Loại;Số tiền\nKCQG-2022-01;20/06/2022;TU;1 tr\n"))
	f.Add(byte(0), []byte("\xFF\xFEn\x00a\x00m\x00e\x00\n\x00"))
	f.Add(byte(0), []byte("name\r\n\"unterminated\r\n"))
	// One database per fuzzing process: opening bbolt for every input
	// would make the fuzzer crawl. Inputs accumulate in it, which also
	// tries duplicates against earlier inputs.
	st := ieOpen(f)
	f.Fuzz(func(t *testing.T, which byte, data []byte) {
		kind := model.Kinds[int(which)%len(model.Kinds)]
		before := ieCounts(st)
		res, err := ImportReader(st, ieAdmin, kind, "fuzz.csv", bytes.NewReader(data),
			ImportOptions{OnDuplicate: OnDuplicate(which / 4 % 3)})
		after := ieCounts(st)
		i := kindIndex(kind)
		added := after[i] - before[i]
		for j := range after {
			if j != i && after[j] != before[j] {
				t.Fatalf("import of %s changed kind %d", kind, j)
			}
		}
		switch {
		case err != nil && added != 0:
			t.Fatalf("failed import wrote %d records: %v", added, err)
		case err == nil && (res.Refused != 0 || added != res.Written):
			t.Fatalf("import reported %d written, %d refused, but %d were added", res.Written, res.Refused, added)
		case res.Written+res.Updated+res.Skipped+res.Refused > res.Read:
			t.Fatalf("counts exceed rows read: %+v", res)
		}
		for _, p := range res.Problems {
			if p.Row < 1 || p.Err == nil || p.Column == "" {
				t.Fatalf("malformed problem %+v", p)
			}
			_ = p.In(i18n.VI)
		}
	})
}

func kindIndex(k model.Kind) int {
	for i, x := range model.Kinds {
		if x == k {
			return i
		}
	}
	return -1
}
