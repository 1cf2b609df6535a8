package exchange

import (
	"slices"
	"strings"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/vntext"
)

// facilitySpec: the columns of a facility sheet, in export order.
var facilitySpec = (&spec[model.Facility]{
	kind: model.KindFacility,
	look: func(l *lookups) { l.indexFacilities(false) },
	columns: slices.Concat([]column[model.Facility]{
		required(textCol("name", func(f *model.Facility) *string { return &f.Name },
			"Tên cơ sở", "Tên doanh nghiệp", "Tên đơn vị", "Tên công ty", "Tên cơ sở sản xuất",
			"facility", "facility name", "company", "company name")),
		{
			field: "former_names", kind: cText,
			aliases: []string{"Tên trước đây", "Tên gọi cũ", "former name", "previous names"},
			set: func(f *model.Facility, v string, c *rowCtx) *model.Error {
				var err *model.Error
				f.FormerNames, err = parseFormerNames(v, c.date1904)
				return err
			},
			get: func(f *model.Facility, x *outCtx) value { return textVal(formatFormerNames(f.FormerNames, x.lang)) },
		},
		guessedEnumCol("legal_form", func(f *model.Facility) *model.LegalForm { return &f.LegalForm },
			model.ParseLegalForm, model.AllLegalForms, guessLegalForm,
			"Loại hình doanh nghiệp", "Hình thức", "Loại hình tổ chức", "legal type", "type"),
		{
			field: "tax_code", kind: cText,
			aliases: []string{"MST", "Mã số doanh nghiệp", "MSDN", "Mã số thuế/MSDN",
				"tax id", "tax number", "tax no", "TIN"},
			set: func(f *model.Facility, v string, _ *rowCtx) *model.Error {
				var err *model.Error
				f.TaxCode, err = parseTaxCell(v)
				return err
			},
			get: func(f *model.Facility, _ *outCtx) value { return textVal(f.TaxCode) },
		},
		freeEnumCol("trade_group", func(f *model.Facility) *model.TradeGroup { return &f.TradeGroup },
			model.ParseTradeGroup, model.AllTradeGroups, "products",
			"Nhóm ngành", "Ngành nghề", "Ngành", "sector", "industry"),
		textCol("products", func(f *model.Facility) *string { return &f.Products },
			"Sản phẩm chính", "Mặt hàng", "Sản phẩm, dịch vụ", "product", "main products"),
	}, addressCols(), []column[model.Facility]{
		textCol("craft_village", func(f *model.Facility) *string { return &f.CraftVillage }),
		intCol("employees", func(f *model.Facility) *int32 { return &f.Employees },
			"Lao động", "Số LĐ", "LĐ", "Số lao động (người)", "workers", "staff", "headcount"),
		moneyCol("avg_income", func(f *model.Facility) *model.Money { return &f.AvgIncome }, true,
			"Thu nhập bình quân", "Thu nhập BQ", "Thu nhập", "TNBQ", "average income", "avg income", "income"),
		textCol("representative", func(f *model.Facility) *string { return &f.Representative },
			"Đại diện", "Chủ cơ sở", "Giám đốc", "Người đại diện theo pháp luật", "owner", "contact person"),
		{
			field: "phone", kind: cText,
			aliases: []string{"Số điện thoại", "SĐT", "ĐT", "Điện thoại liên hệ", "telephone", "tel", "mobile"},
			set:     func(f *model.Facility, v string, _ *rowCtx) *model.Error { f.Phone = fixPhone(v); return nil },
			get:     func(f *model.Facility, _ *outCtx) value { return textVal(f.Phone) },
		},
		textCol("email", func(f *model.Facility) *string { return &f.Email }, "E-mail", "Thư điện tử", "mail"),
		intCol("year_founded", func(f *model.Facility) *int32 { return &f.YearFounded },
			"Năm TL", "Năm bắt đầu hoạt động", "founded", "established", "year established"),
		noteCol("notes", func(f *model.Facility) *string { return &f.Notes }, "note", "remarks", "comment"),
	}),
	keyField: "tax_code",
	key:      func(f *model.Facility) string { return f.TaxCode },
	existing: func(l *lookups, key string) (*model.Facility, bool) {
		id, ok := l.facByTax[key]
		if !ok {
			return nil, false
		}
		return l.snap.Facilities().Get(id)
	},
	clone: func(f *model.Facility) *model.Facility {
		c := *f
		c.FormerNames = append([]model.FormerName(nil), f.FormerNames...)
		return &c
	},
	fill: func(f *model.Facility, c *rowCtx) {
		fillAddress(f, c)
		// Most office lists have no legal-form column; the name says it.
		// A file with the column (an export) means what its cells say.
		if c.columns["legal_form"] || f.LegalForm != model.LegalUnknown {
			return
		}
		if lf, ok := guessLegalForm(f.Name); ok {
			f.LegalForm = lf
			c.notes = append(c.notes, RowNote{Kind: NoteGuessed, Field: "legal_form", Cell: vntext.CleanLine(f.Name), Value: labels(lf)})
		}
	},
}).build()

func required[T any](c column[T]) column[T] { c.required = true; return c }

// Former names are written "Tên cũ (đến 15/03/2021); Tên khác", the way
// the article writes "(nay là ...)" notes, and read back the same way.
func formatFormerNames(ns []model.FormerName, l i18n.Lang) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = n.Name
		if n.Until != 0 {
			parts[i] += " (" + l.T(MsgImportUntil) + " " + n.Until.String() + ")"
		}
	}
	return strings.Join(parts, "; ")
}

func parseFormerNames(v string, date1904 bool) ([]model.FormerName, *model.Error) {
	var out []model.FormerName
	for _, part := range strings.FieldsFunc(v, func(r rune) bool { return r == ';' || r == '\n' }) {
		part = vntext.CleanLine(part)
		if part == "" {
			continue
		}
		n := model.FormerName{Name: part}
		if open := strings.LastIndex(part, " ("); open >= 0 && strings.HasSuffix(part, ")") {
			inner := strings.TrimSpace(part[open+2 : len(part)-1])
			word, date, _ := strings.Cut(inner, " ")
			if w := vntext.Fold(word); w == "den" || w == "until" {
				d, err := parseDateCell(strings.TrimSpace(date), date1904)
				if err != nil {
					return nil, err
				}
				n.Name, n.Until = strings.TrimSpace(part[:open]), d
			}
		}
		out = append(out, n)
	}
	return out, nil
}
