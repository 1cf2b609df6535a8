package model

import (
	"errors"
	"khuyencong/i18n"
	"math"
	"testing"
)

func TestParseMoneyAccepts(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Money
	}{
		{"2.170.000.000", 2170000000},
		{"2170000000", 2170000000},
		{"2.170 tr", 2170000000},
		{"2170tr", 2170000000},
		{"2,17 tỷ", 2170000000},
		{"2,17 ty", 2170000000},
		{"2,17 tỉ", 2170000000},
		{"2,17 TỶ", 2170000000},
		{"2,17tỷ đồng", 2170000000},
		{"300 triệu", 300000000},
		{"300 trieu", 300000000},
		{"300 triệu đồng", 300000000},
		{"300 trđ", 300000000},
		{"300 tr.", 300000000},
		{"56.250.000 đồng", 56250000},
		{"56.250.000 đ", 56250000},
		{"56.250.000đ", 56250000},
		{"56.250.000 dong", 56250000},
		{"56.250.000 VND", 56250000},
		{"56.250.000 VNĐ", 56250000},
		{"56.250.000 ₫", 56250000},
		{"56.250.000₫", 56250000},
		{"56,25 tr", 56250000},
		{"56,250 tr", 56250000},
		{"56,250000 tr", 56250000},
		{"0,000001 tr", 1},
		{"1,5 nghìn", 1500},
		{"1,5 ngàn", 1500},
		{"1,5 nghin", 1500},
		{"300k", 300000},
		{"300 K", 300000},
		{"1,2 nghìn tỷ", 1200000000000},
		{"38,1 tỷ", 38100000000},
		{"84,739 tỷ", 84739000000},
		{"1.000 triệu", 1000000000},
		{"-5 tr", -5000000},
		{"- 5 tr", -5000000},
		{"−5 tr", -5000000},
		{"+5 tr", 5000000},
		{"0", 0},
		{"-0", 0},
		{"000123", 123},
		{"  12.345  ", 12345},
		{"12.345\u00a0đ", 12345},
		{"5,00", 5},
		{"1.000,0 đ", 1000},
		{"9.223.372.036.854.775.807", math.MaxInt64},
		{"-9.223.372.036.854.775.808", math.MinInt64},
		{"9.223.372.036 tỷ", 9223372036000000000},
		{"9.223.372.036.854,775807 tr", math.MaxInt64},
		{"2.170.000.000 đ", 2170000000},
	} {
		got, err := ParseMoney(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseMoney(%q) = %d, %v; want %d", c.in, got, err, c.want)
		}
	}
}

func TestParseMoneyRefuses(t *testing.T) {
	for _, c := range []struct {
		in  string
		key i18n.Key
	}{
		{"", MsgMoneyEmpty},
		{"   ", MsgMoneyEmpty},
		{"\x1b[2J", MsgMoneyEmpty},
		{"abc", MsgMoneyJunk},
		{"tr", MsgMoneyJunk},
		{"-", MsgMoneyJunk},
		{",5 tr", MsgMoneyJunk},
		{"5, tr", MsgMoneyJunk},
		{"(5.000)", MsgMoneyJunk},
		{"1.2.3", MsgMoneyGrouping},
		{"1.23.456", MsgMoneyGrouping},
		{"1.2345", MsgMoneyGrouping},
		{"1234.567", MsgMoneyGrouping},
		{"2.17 tỷ", MsgMoneyGrouping},
		{"2.5", MsgMoneyGrouping},
		{"2.170.", MsgMoneyGrouping},
		{".170", MsgMoneyGrouping},
		{"1..000", MsgMoneyGrouping},
		{"2,170.5", MsgMoneyGrouping},
		{"12,345,678", MsgMoneyCommas},
		{"1,2,3 tr", MsgMoneyCommas},
		{"1,5", MsgMoneyFraction},
		{"1,5 đồng", MsgMoneyFraction},
		{"1,0001 nghìn", MsgMoneyFraction},
		{"1,0000001 tr", MsgMoneyFraction},
		{"0,0000000001 tỷ", MsgMoneyFraction},
		{"9.223.372.036.854.775.808", MsgMoneyOverflow},
		{"-9.223.372.036.854.775.809", MsgMoneyOverflow},
		{"99999999999999999999", MsgMoneyOverflow},
		{"9.300.000 nghìn tỷ", MsgMoneyOverflow},
		{"9.223.372.037 tỷ", MsgMoneyOverflow},
		{"5 xyz", MsgMoneyUnit},
		{"5 USD", MsgMoneyUnit},
		{"5 $", MsgMoneyUnit},
		{"5 tr 5", MsgMoneyUnit},
		{"5-", MsgMoneyUnit},
		{"5 đồng tr", MsgMoneyUnit},
		{"--5", MsgMoneySigns},
		{"-+5", MsgMoneySigns},
		{"- -5 tr", MsgMoneySigns},
	} {
		got, err := ParseMoney(c.in)
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("ParseMoney(%q) = %d, %v; want error %s", c.in, got, err, c.key)
			continue
		}
		if e.Key != c.key {
			t.Errorf("ParseMoney(%q): error %s (%v), want %s", c.in, e.Key, e, c.key)
		}
		if msg := e.In(i18n.EN); msg == string(e.Key) || e.In(i18n.VI) == string(e.Key) {
			t.Errorf("ParseMoney(%q): message %s has no catalog text", c.in, e.Key)
		}
	}
}

func TestMoneyFormats(t *testing.T) {
	for _, c := range []struct {
		m                           Money
		str, full, trieu, ty, short string
	}{
		{2170000000, "2.170.000.000 đ", "2.170.000.000", "2.170 tr", "2,17 tỷ", "2.170 tr"},
		{56250000, "56.250.000 đ", "56.250.000", "56,25 tr", "0,06 tỷ", "56,25 tr"},
		{300000000, "300.000.000 đ", "300.000.000", "300 tr", "0,3 tỷ", "300 tr"},
		{38100000000, "38.100.000.000 đ", "38.100.000.000", "38.100 tr", "38,1 tỷ", "38,1 tỷ"},
		{84739000000, "84.739.000.000 đ", "84.739.000.000", "84.739 tr", "84,74 tỷ", "84,74 tỷ"},
		{10000000000, "10.000.000.000 đ", "10.000.000.000", "10.000 tr", "10 tỷ", "10 tỷ"},
		{9999999999, "9.999.999.999 đ", "9.999.999.999", "10.000 tr", "10 tỷ", "10.000 tr"},
		{1000000, "1.000.000 đ", "1.000.000", "1 tr", "0 tỷ", "1 tr"},
		{999999, "999.999 đ", "999.999", "1 tr", "0 tỷ", "999.999 đ"},
		{1234, "1.234 đ", "1.234", "0 tr", "0 tỷ", "1.234 đ"},
		{5005000, "5.005.000 đ", "5.005.000", "5,01 tr", "0,01 tỷ", "5,01 tr"},
		{5004999, "5.004.999 đ", "5.004.999", "5 tr", "0,01 tỷ", "5 tr"},
		{0, "0 đ", "0", "0 tr", "0 tỷ", "0 đ"},
		{-2170000000, "-2.170.000.000 đ", "-2.170.000.000", "-2.170 tr", "-2,17 tỷ", "-2.170 tr"},
		{-1234, "-1.234 đ", "-1.234", "0 tr", "0 tỷ", "-1.234 đ"},
		{math.MaxInt64, "9.223.372.036.854.775.807 đ", "9.223.372.036.854.775.807",
			"9.223.372.036.854,78 tr", "9.223.372.036,85 tỷ", "9.223.372.036,85 tỷ"},
		{math.MinInt64, "-9.223.372.036.854.775.808 đ", "-9.223.372.036.854.775.808",
			"-9.223.372.036.854,78 tr", "-9.223.372.036,85 tỷ", "-9.223.372.036,85 tỷ"},
	} {
		got := [5]string{c.m.String(), c.m.Full(), c.m.Trieu(), c.m.Ty(), c.m.Short()}
		want := [5]string{c.str, c.full, c.trieu, c.ty, c.short}
		if got != want {
			t.Errorf("%d formats as %q, want %q", int64(c.m), got, want)
		}
	}
}

// The short forms read back within their rounding.
func TestMoneyShortFormsParse(t *testing.T) {
	for _, m := range []Money{2170000000, 56250000, 38100000000, 1, 999999, -5004999} {
		for _, s := range []string{m.Trieu(), m.Ty(), m.Short()} {
			back, err := ParseMoney(s)
			if err != nil {
				t.Errorf("ParseMoney(%q) of %d: %v", s, int64(m), err)
				continue
			}
			if d := back - m; d > 5e6 || d < -5e6 {
				t.Errorf("ParseMoney(%q) = %d, far from %d", s, int64(back), int64(m))
			}
		}
	}
}

func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{"2.170.000.000", "2170000000", "2.170 tr", "2170tr", "2,17 tỷ", "2,17 ty",
		"300 triệu", "56.250.000 đồng", "56.250.000 đ", "-5 tr", "1.2.3", "12,345,678", "1,5",
		"9.223.372.036.854.775.807", "-9.223.372.036.854.775.808", "99999999999999999999", "5 xyz",
		"--5", "1,2 nghìn tỷ", "0,000001 tr", "300k", "\x1b[31m5", "5\u00a0đ", "₫", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMoney(s)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("ParseMoney(%q): error %v is not a *model.Error", s, err)
			}
			return
		}
		for _, out := range []string{m.String(), m.Full()} {
			back, err := ParseMoney(out)
			if err != nil || back != m {
				t.Fatalf("ParseMoney(%q) = %d; its form %q reads back as %d, %v", s, int64(m), out, int64(back), err)
			}
		}
		_, _, _ = m.Trieu(), m.Ty(), m.Short()
	})
}
