package server

import (
	"testing"

	"khuyencong/model"
	"khuyencong/store"
)

// contestRound makes a round being scored by two council members, with
// one entry.
func contestRound(t *testing.T, st *store.Store) *model.Entry {
	t.Helper()
	a := store.LocalAdmin()
	f := addFacility(t, st, a, "Hợp tác xã Mây tre Đông Xuân")
	r := &model.Round{Code: "BC-TINH-2025", Name: "Bình chọn cấp tỉnh 2025", Level: model.LevelProvince, Year: 2025,
		Status: model.RoundScoring, Council: []string{"Nguyễn Văn Hùng", "Trần Thị Mai"}, Rules: model.DefaultContestRules()}
	if err := st.Create(a, r); err != nil {
		t.Fatal(err)
	}
	e := &model.Entry{Code: "BC-TINH-2025-01", Round: r.ID, Facility: f.ID, Product: "Giỏ mây", Group: model.GroupHandicraft}
	if err := st.Create(a, e); err != nil {
		t.Fatal(err)
	}
	return e
}

// sheetTotal is the stored total of the member's sheet, -1 for none.
func sheetTotal(st *store.Store, member string) (int32, uint32) {
	for s := range store.TableOf[model.ScoreSheet](st.Snapshot()).All() {
		if s.Member == member {
			return s.Total(), s.Version
		}
	}
	return -1, 0
}

// TestContestGridTwoEditors: two editors type different members' sheets of
// the same entry in their score grids and save at once: both are stored.
// Then both type over the same sheet: the second save gets the usual
// conflict message, and the first one's scores stand.
func TestContestGridTwoEditors(t *testing.T) {
	e := startServer(t, nil)
	contestRound(t, e.store)
	lan := e.open(e.addUser("lan", model.RoleEditor), 100, 30)
	hoa := e.open(e.addUser("hoa", model.RoleEditor), 100, 30)
	for _, tm := range []*term{lan, hoa} {
		tm.send("5")
		tm.waitFor("BC-TINH-2025")
		tm.send(keyEnter)
		tm.waitFor("Giỏ mây")
		tm.send("g")
		tm.waitFor("Scoring · BC-TINH-2025", "Hùng", "Mai")
	}
	lan.send("25 35 15 8") // Hùng's sheet, the first cell
	hoa.send("\t")         // Mai's sheet
	hoa.send("20 30 10 5")
	lan.waitFor("25 35 15 8 = 83")
	hoa.waitFor("20 30 10 5 = 65")
	lan.send(keySave)
	hoa.send(keySave)
	waitUntil(t, lan, "both sheets", func() bool {
		h, _ := sheetTotal(e.store, "Nguyễn Văn Hùng")
		m, _ := sheetTotal(e.store, "Trần Thị Mai")
		return h == 83 && m == 65
	})
	lan.waitFor("Score sheets saved: 1.")
	hoa.waitFor("Score sheets saved: 1.")
	hoa.waitFor("74,00") // the average over both sheets, with lan's

	// The same sheet: hoa starts typing over Hùng's sheet, lan saves it
	// first.
	hoa.send("\x1b[Z") // shift+tab, back to Hùng's cell
	hoa.send("1 1 1 1")
	hoa.waitFor("1 1 1 1 = 4")
	lan.send("30 40 20 10")
	lan.send(keySave)
	waitUntil(t, lan, "lan's second save", func() bool { tot, v := sheetTotal(e.store, "Nguyễn Văn Hùng"); return tot == 100 && v == 2 })
	hoa.send(keySave)
	hoa.waitFor("lan changed this record at")
	if tot, v := sheetTotal(e.store, "Nguyễn Văn Hùng"); tot != 100 || v != 2 {
		t.Fatalf("after the conflict: total %d version %d", tot, v)
	}
}
