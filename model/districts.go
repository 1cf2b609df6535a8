package model

import (
	"khuyencong/vntext"
	"slices"
	"strings"
	"unicode"
)

// HomeProvince is the province whose records the centre keeps. A record
// with no province is taken to be in it.
const HomeProvince = "Vĩnh Phúc"

// VinhPhucDistricts are the province's nine district-level units before the
// district tier was abolished on 1/7/2025; facilities keep the district of
// their record's time.
var VinhPhucDistricts = []string{
	"Vĩnh Yên", "Phúc Yên", "Bình Xuyên", "Tam Dương", "Tam Đảo",
	"Lập Thạch", "Sông Lô", "Vĩnh Tường", "Yên Lạc",
}

// districtKeys are VinhPhucDistricts as placeKey makes them, and homeKey
// the province's, computed once: the importer checks every row.
var (
	districtKeys = func() []string {
		ks := make([]string, len(VinhPhucDistricts))
		for i, d := range VinhPhucDistricts {
			ks[i] = placeKey(d)
		}
		return ks
	}()
	homeKey = placeKey(HomeProvince)
)

// districtPrefixes are the unit words people put before a name ("TP. Vĩnh
// Yên", "huyện Tam Dương", "Thị xã Phúc Yên"), in folded, squashed form.
var districtPrefixes = []string{"thanhpho", "thixa", "huyen", "quan", "tp", "tx"}

// DistrictOf finds the home province's district that a written district
// names, ignoring case, diacritics, spacing and the unit word. It answers
// only for the home province (or an empty one); known is false otherwise.
func DistrictOf(province, district string) (canonical string, known bool) {
	if !homeProvince(province) {
		return "", false
	}
	key := placeKey(district)
	if i := slices.Index(districtKeys, key); i >= 0 {
		return VinhPhucDistricts[i], true
	}
	for _, p := range districtPrefixes {
		if rest, ok := strings.CutPrefix(key, p); ok && rest != "" {
			if i := slices.Index(districtKeys, rest); i >= 0 {
				return VinhPhucDistricts[i], true
			}
		}
	}
	return "", false
}

// CheckDistrict refuses a district that is not one of the home province's
// when the record is in the home province. Other provinces' districts and
// an empty district are not checked.
func CheckDistrict(province, district string) *Error {
	if strings.TrimSpace(district) == "" || !homeProvince(province) {
		return nil
	}
	if _, ok := DistrictOf(province, district); ok {
		return nil
	}
	return Errorf(MsgDistrictUnknown, district, HomeProvince, strings.Join(VinhPhucDistricts, ", "))
}

func homeProvince(p string) bool {
	k := placeKey(p)
	if rest, ok := strings.CutPrefix(k, "tinh"); ok && rest != "" {
		k = rest
	}
	return k == "" || k == homeKey
}

// placeKey is a place name folded to its letters and digits.
func placeKey(s string) string {
	var b strings.Builder
	for _, r := range vntext.Fold(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
