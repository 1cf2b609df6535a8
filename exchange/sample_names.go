package exchange

import "khuyencong/model"

// The tables the synthetic facilities are drawn from. These districts and
// communes are Vĩnh Phúc's before the 2025 reform, for the records
// registered then (the district level was abolished on 1/7/2025; records
// keep the units of their time, see sample_units.go). Commune
// names are written without their type (xã, phường, thị trấn), which
// changed over the years for several of them.

type sampleDistrict struct {
	name     string
	weight   int  // share of the synthetic facilities
	urban    bool // a city: addresses use tổ dân phố, not thôn
	communes []string
}

var sampleDistricts = []sampleDistrict{
	{"Vĩnh Yên", 7, true, []string{"Đống Đa", "Ngô Quyền", "Liên Bảo", "Tích Sơn", "Hội Hợp", "Đồng Tâm", "Khai Quang", "Định Trung", "Thanh Trù"}},
	{"Phúc Yên", 7, true, []string{"Hùng Vương", "Phúc Thắng", "Trưng Nhị", "Trưng Trắc", "Xuân Hòa", "Đồng Xuân", "Tiền Châu", "Nam Viêm", "Cao Minh", "Ngọc Thanh"}},
	{"Bình Xuyên", 14, false, []string{"Hương Canh", "Gia Khánh", "Thanh Lãng", "Đạo Đức", "Bá Hiến", "Hương Sơn", "Phú Xuân", "Quất Lưu", "Sơn Lôi", "Tam Hợp", "Tân Phong", "Thiện Kế", "Trung Mỹ"}},
	{"Tam Dương", 10, false, []string{"Hợp Hòa", "An Hòa", "Đạo Tú", "Đồng Tĩnh", "Duy Phiên", "Hoàng Đan", "Hoàng Hoa", "Hoàng Lâu", "Hợp Thịnh", "Hướng Đạo", "Kim Long", "Thanh Vân", "Vân Hội"}},
	{"Tam Đảo", 5, false, []string{"Tam Đảo", "Hợp Châu", "Đại Đình", "Đạo Trù", "Bồ Lý", "Yên Dương", "Tam Quan", "Hồ Sơn", "Minh Quang"}},
	{"Lập Thạch", 11, false, []string{"Lập Thạch", "Hoa Sơn", "Bắc Bình", "Bàn Giản", "Đình Chu", "Đồng Ích", "Hợp Lý", "Liên Hòa", "Liễn Sơn", "Ngọc Mỹ", "Quang Sơn", "Sơn Đông", "Thái Hòa", "Tiên Lữ", "Triệu Đề", "Tử Du", "Văn Quán", "Vân Trục", "Xuân Hòa", "Xuân Lôi"}},
	{"Sông Lô", 9, false, []string{"Tam Sơn", "Bạch Lưu", "Cao Phong", "Đôn Nhân", "Đồng Quế", "Đồng Thịnh", "Đức Bác", "Hải Lựu", "Lãng Công", "Nhân Đạo", "Nhạo Sơn", "Như Thụy", "Phương Khoan", "Quang Yên", "Tân Lập", "Tứ Yên", "Yên Thạch"}},
	{"Vĩnh Tường", 21, false, []string{"Vĩnh Tường", "Thổ Tang", "Tứ Trưng", "An Tường", "Bình Dương", "Bồ Sao", "Cao Đại", "Chấn Hưng", "Đại Đồng", "Kim Xá", "Lũng Hòa", "Lý Nhân", "Nghĩa Hưng", "Ngũ Kiên", "Phú Đa", "Phú Thịnh", "Tam Phúc", "Tân Phú", "Tân Tiến", "Thượng Trưng", "Tuân Chính", "Vân Xuân", "Việt Xuân", "Vĩnh Ninh", "Vĩnh Sơn", "Vĩnh Thịnh", "Vũ Di", "Yên Bình", "Yên Lập"}},
	{"Yên Lạc", 16, false, []string{"Yên Lạc", "Bình Định", "Đại Tự", "Đồng Cương", "Đồng Văn", "Hồng Châu", "Hồng Phương", "Liên Châu", "Nguyệt Đức", "Tam Hồng", "Tề Lỗ", "Trung Hà", "Trung Kiên", "Trung Nguyên", "Văn Tiến", "Yên Đồng", "Yên Phương"}},
}

// sampleVillages are hamlet names for rural addresses ("thôn Đông").
var sampleVillages = []string{"Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "Đình", "Chợ", "Mới", "Giữa", "Nội", "Ngoại", "Yên", "Phú", "An"}

// sampleCraft is a craft village (làng nghề) and what its workshops make.
type sampleCraft struct {
	name, district, commune string
	group                   model.TradeGroup
	word                    string // the trade as it appears in names
	products                []string
	weight                  int
}

var sampleCrafts = []sampleCraft{
	{"Làng gốm Hương Canh", "Bình Xuyên", "Hương Canh", model.TradeWoodTextile, "Gốm", []string{"Gốm đất nung", "Chum, vại, chậu cảnh", "Gốm mỹ nghệ"}, 5},
	{"Làng mộc Thanh Lãng", "Bình Xuyên", "Thanh Lãng", model.TradeWoodTextile, "Mộc", []string{"Đồ gỗ dân dụng", "Đồ gỗ mỹ nghệ", "Cửa gỗ, cầu thang gỗ"}, 6},
	{"Làng rèn Lý Nhân", "Vĩnh Tường", "Lý Nhân", model.TradeWoodTextile, "Rèn", []string{"Dao, kéo", "Nông cụ cầm tay", "Rèn, gò kim loại"}, 4},
	{"Làng đá Hải Lựu", "Sông Lô", "Hải Lựu", model.TradeHandicraft, "Đá mỹ nghệ", []string{"Đá mỹ nghệ", "Tượng đá", "Bia đá, cột đá"}, 3},
	{"Làng mây tre đan Triệu Đề", "Lập Thạch", "Triệu Đề", model.TradeWoodTextile, "Mây tre đan", []string{"Mây tre đan", "Rổ rá, nong nia", "Đồ mây tre đan xuất khẩu"}, 4},
	{"Làng mộc Bích Chu", "Vĩnh Tường", "An Tường", model.TradeWoodTextile, "Mộc", []string{"Đồ gỗ dân dụng", "Đồ gỗ mỹ nghệ"}, 4},
}

// sampleTrade is a line of business outside the craft villages.
type sampleTrade struct {
	group   model.TradeGroup
	word    string // in company and cooperative names: "Cơ khí"
	product string
	weight  int
}

var sampleTrades = []sampleTrade{
	{model.TradeFood, "Chế biến nông sản", "Xay xát gạo, ngô", 6},
	{model.TradeFood, "Thực phẩm", "Bún, bánh phở", 6},
	{model.TradeFood, "Thực phẩm", "Đậu phụ, giò chả", 4},
	{model.TradeFood, "Rượu", "Rượu gạo", 3},
	{model.TradeFood, "Chè", "Chè búp khô", 2},
	{model.TradeFood, "Thức ăn chăn nuôi", "Thức ăn chăn nuôi", 2},
	{model.TradeFood, "Bánh kẹo", "Bánh kẹo, bánh chưng", 3},
	{model.TradeHandicraft, "Thủ công mỹ nghệ", "Tranh kính", 1},
	{model.TradeHandicraft, "Thêu ren", "Thêu ren", 1},
	{model.TradeMaterials, "Vật liệu xây dựng", "Gạch không nung", 3},
	{model.TradeMaterials, "Bê tông", "Bê tông đúc sẵn, ống cống", 2},
	{model.TradeMaterials, "Chế biến gỗ", "Gỗ xẻ, ván ép", 3},
	{model.TradeWoodTextile, "Đồ gỗ", "Đồ gỗ dân dụng", 7},
	{model.TradeWoodTextile, "Cơ khí", "Gia công cơ khí", 8},
	{model.TradeWoodTextile, "Cơ khí", "Cửa sắt, khung nhôm kính", 6},
	{model.TradeWoodTextile, "May mặc", "Quần áo may sẵn", 6},
	{model.TradeWoodTextile, "Dệt may", "Hàng dệt kim", 2},
	{model.TradeWoodTextile, "Mây tre đan", "Mây tre đan", 2},
	{model.TradeWoodTextile, "Bao bì", "Bao bì giấy, nhựa", 2},
	{model.TradePlants, "Sinh vật cảnh", "Cây cảnh", 2},
	{model.TradePlants, "Hoa cây cảnh", "Hoa, cây giống", 2},
	{model.TradeServices, "Cơ khí nông nghiệp", "Sửa chữa máy nông nghiệp", 4},
	{model.TradeServices, "Dịch vụ", "Sửa chữa ô tô, xe máy", 4},
	{model.TradeServices, "In ấn", "In ấn, quảng cáo", 1},
}

// Vietnamese personal names. Family names are weightedName roughly as in the
// population (Nguyễn about four in ten).
var (
	sampleFamilies = []weightedName{
		{"Nguyễn", 38}, {"Trần", 11}, {"Lê", 9}, {"Phạm", 7}, {"Hoàng", 5},
		{"Phan", 4}, {"Vũ", 4}, {"Đặng", 2}, {"Bùi", 2}, {"Đỗ", 2},
		{"Hồ", 1}, {"Ngô", 1}, {"Dương", 1}, {"Lý", 1}, {"Đào", 1},
		{"Đinh", 1}, {"Trịnh", 1}, {"Lưu", 1}, {"Khổng", 1}, {"Kim", 1},
		{"Hà", 1}, {"Tạ", 1}, {"Triệu", 1}, {"Lương", 1}, {"Phùng", 1},
	}
	sampleMiddleMale   = []string{"Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Ngọc", "Thanh", "Công", "Đình", "Mạnh"}
	sampleMiddleFemale = []string{"Thị", "Thị", "Thị", "Thu", "Thanh", "Ngọc", "Minh", "Hồng", "Kim", "Phương"}
	sampleGivenMale    = []string{"Hùng", "Dũng", "Tuấn", "Minh", "Hải", "Long", "Nam", "Thắng", "Cường", "Hưng", "Quân", "Sơn", "Trung", "Thành", "Tùng", "Hiếu", "Phong", "Khánh", "Đức", "Bình", "Toàn", "Vinh", "Tiến", "Hòa", "Lâm", "Chiến", "Công", "Mạnh", "Quyết", "Thịnh"}
	sampleGivenFemale  = []string{"Lan", "Hương", "Hoa", "Hằng", "Nga", "Thủy", "Trang", "Mai", "Linh", "Huyền", "Thảo", "Yến", "Loan", "Hạnh", "Phương", "Hà", "Dung", "Nhung", "Oanh", "Tâm"}
)

// sampleBrands are the trade names companies take ("Công ty TNHH Cơ khí
// Hoàng Long").
var sampleBrands = []string{
	"An Phát", "Minh Phát", "Thành Đạt", "Hoàng Long", "Hưng Thịnh", "Phú Cường", "Đại Phát",
	"Tiến Thành", "Việt Hưng", "Hòa Bình", "Thịnh Vượng", "Tân Phú", "Quang Minh", "Phúc Lộc",
	"Nam Việt", "Đông Á", "Trường Sơn", "Hồng Hà", "Kim Ngân", "Hải Đăng", "Bảo Anh", "Gia Huy",
	"Tuấn Đạt", "Xuân Mai", "Thăng Long", "Sao Mai", "Hợp Nhất", "Đức Tín", "Thành Công", "Phương Đông",
	"Trường Thịnh", "Ngọc Sơn", "Tam Đảo", "Sông Hồng", "Lạc Hồng", "Vạn Xuân",
}

// weightedName is a choice with a relative weight.
type weightedName struct {
	s string
	w int
}
