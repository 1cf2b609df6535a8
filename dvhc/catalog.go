package dvhc

import "khuyencong/i18n"

// Messages of the unit tables and of converting addresses.
const (
	MsgBadRow              i18n.Key = "dvhc.bad_row"
	MsgEmpty               i18n.Key = "dvhc.empty"
	MsgDuplicateCode       i18n.Key = "dvhc.duplicate_code"
	MsgUnknownProvince     i18n.Key = "dvhc.unknown_province"
	MsgCommuneTwoProvinces i18n.Key = "dvhc.commune_two_provinces"
	MsgNoSuchProvince      i18n.Key = "dvhc.no_such_province"
	MsgNoSuchDistrict      i18n.Key = "dvhc.no_such_district"
	MsgNoSuchCommune       i18n.Key = "dvhc.no_such_commune"
	MsgNoCommune           i18n.Key = "dvhc.no_commune"
	MsgNoProvinceGiven     i18n.Key = "dvhc.no_province_given"
	MsgNotConverted        i18n.Key = "dvhc.not_converted"
	MsgUnknownShape        i18n.Key = "dvhc.unknown_shape"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgBadRow: {"dòng %d không có dạng của bảng %s",
			"line %d does not have the shape of the %s table"},
		MsgEmpty:         {"tệp không có dòng nào của bảng %s", "the file has no row of the %s table"},
		MsgDuplicateCode: {"mã %s có hai lần trong bảng %s", "code %s appears twice in the %s table"},
		MsgUnknownProvince: {"dòng %d: tỉnh mã %s không có trong danh sách 34 tỉnh",
			"line %d: province code %s is not among the 34 provinces"},
		MsgCommuneTwoProvinces: {"dòng %d: xã mã %s thuộc hai tỉnh", "line %d: commune code %s is in two provinces"},
		MsgNoSuchProvince:      {"không biết tỉnh %q", "no province %q is known"},
		MsgNoSuchDistrict:      {"không có huyện %q trong tỉnh", "there is no district %q in the province"},
		MsgNoSuchCommune:       {"không có xã %q trong bảng đơn vị trước 1/7/2025", "there is no commune %q in the units before 1/7/2025"},
		MsgNoCommune:           {"địa chỉ không ghi xã, huyện", "the address names no commune or district"},
		MsgNoProvinceGiven: {"địa chỉ không ghi tỉnh và trung tâm chưa chọn tỉnh (khuyencong units province)",
			"the address names no province and the centre has not chosen its province (khuyencong units province)"},
		MsgNotConverted: {"bảng chuyển đổi không có đơn vị mới cho địa chỉ này", "the conversion table has no new unit for this address"},
		MsgUnknownShape: {"không nhận ra tệp: cần dạng %s, %s hoặc %s (xem README)",
			"the file is not recognised: it must have the shape of %s, %s or %s (see the README)"},
	})
}
