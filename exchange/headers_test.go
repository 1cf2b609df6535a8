package exchange

import (
	"testing"

	"khuyencong/i18n"
	"khuyencong/model"
)

func TestHeaderNamesFromTheBrief(t *testing.T) {
	cases := []struct {
		idx    headerIndex
		header string
		field  string
	}{
		{facilitySpec.index, "Tên cơ sở", "name"},
		{facilitySpec.index, "TEN CO SO", "name"},
		{facilitySpec.index, "name", "name"},
		{facilitySpec.index, "Tên", "name"},
		{facilitySpec.index, "Tên cơ sở (*)", "name"},
		{facilitySpec.index, "Mã số thuế", "tax_code"},
		{facilitySpec.index, "MST", "tax_code"},
		{facilitySpec.index, "tax code", "tax_code"},
		{facilitySpec.index, "Tax_Code", "tax_code"},
		{facilitySpec.index, "Huyện", "district"},
		{facilitySpec.index, "district", "district"},
		{facilitySpec.index, "Xã", "commune"},
		{facilitySpec.index, "commune", "commune"},
		{facilitySpec.index, "Thôn", "village"},
		{facilitySpec.index, "Làng nghề", "craft_village"},
		{facilitySpec.index, "Nhóm ngành", "trade_group"},
		{facilitySpec.index, "Sản phẩm", "products"},
		{facilitySpec.index, "Loại hình", "legal_form"},
		{facilitySpec.index, "Lao động", "employees"},
		{facilitySpec.index, "Số lao động", "employees"},
		{facilitySpec.index, "Thu nhập bình quân", "avg_income"},
		{facilitySpec.index, "Thu nhập bình quân (đồng/người/tháng)", "avg_income"},
		{facilitySpec.index, "Người đại diện", "representative"},
		{facilitySpec.index, "Điện thoại", "phone"},
		{facilitySpec.index, "E-mail", "email"},
		{facilitySpec.index, "Năm thành lập", "year_founded"},
		{facilitySpec.index, "Ghi chú", "notes"},
		{projectSpec.index, "Mã đề án", "code"},
		{projectSpec.index, "code", "code"},
		{projectSpec.index, "Tên đề án", "name"},
		{projectSpec.index, "Năm", "year"},
		{projectSpec.index, "Nguồn", "source"},
		{projectSpec.index, "Đợt", "batch"},
		{projectSpec.index, "Nội dung", "category"},
		{projectSpec.index, "Nhóm nội dung", "category"},
		{projectSpec.index, "Trạng thái", "status"},
		{projectSpec.index, "Đơn vị thực hiện", "implementer"},
		{projectSpec.index, "Cơ sở thụ hưởng", "beneficiaries"},
		{projectSpec.index, "Địa điểm", "location"},
		{projectSpec.index, "Bắt đầu", "start"},
		{projectSpec.index, "Kết thúc", "end"},
		{projectSpec.index, "Kinh phí hỗ trợ", "support"},
		{projectSpec.index, "Kinh phí hỗ trợ (đồng)", "support"},
		{projectSpec.index, "Vốn đối ứng", "counterpart"},
		{projectSpec.index, "Số quyết định", "decision_no"},
		{projectSpec.index, "Ngày quyết định", "decision_date"},
		{allocationSpec.index, "Số tiền", "amount"},
		{allocationSpec.index, "Kinh phí được giao", "amount"},
		{paymentSpec.index, "Mã đề án", "project"},
		{paymentSpec.index, "Ngày", "date"},
		{paymentSpec.index, "Loại", "kind"},
		{paymentSpec.index, "Số chứng từ", "voucher"},
		{facilitySpec.index, "STT", ""},
		{facilitySpec.index, "Mã đề án", ""},
	}
	for _, c := range cases {
		if got := c.idx.lookup(c.header); got != c.field {
			t.Errorf("%q → %q, want %q", c.header, got, c.field)
		}
	}
}

// Every name a field answers to must reach that field: a name shared by
// two fields of one kind would silently go to the first.
func TestHeaderNamesAreUnambiguous(t *testing.T) {
	check := func(kind string, names namesOf) {
		fields, aliases := names.fields, names.aliases
		owner := map[string]string{}
		for _, f := range fields {
			names := append([]string{f, model.FieldLabel(f, i18n.VI), model.FieldLabel(f, i18n.EN)}, aliases[f]...)
			for _, n := range names {
				k := headerKey(n)
				if o, ok := owner[k]; ok && o != f {
					t.Errorf("%s: %q names both %s and %s", kind, n, o, f)
				}
				owner[k] = f
			}
		}
	}
	check("facility", specNames(facilitySpec))
	check("project", specNames(projectSpec))
	check("allocation", specNames(allocationSpec))
	check("payment", specNames(paymentSpec))
}

type namesOf struct {
	fields  []string
	aliases map[string][]string
}

func specNames[T any](sp *spec[T]) namesOf {
	n := namesOf{aliases: map[string][]string{}}
	for _, c := range sp.columns {
		n.fields = append(n.fields, c.field)
		n.aliases[c.field] = c.aliases
	}
	return n
}
