package cli

import "khuyencong/i18n"

// Messages of the sample and report commands: their usage and what they
// say when done. The report's own text is exchange's, in model.
const (
	MsgCmdSampleArgs    i18n.Key = "cli.sample.args"
	MsgCmdSampleSummary i18n.Key = "cli.sample.summary"
	MsgCmdSampleHelp    i18n.Key = "cli.sample.help"
	MsgFlagFacilities   i18n.Key = "cli.sample.flag_facilities"
	MsgFlagSeed         i18n.Key = "cli.sample.flag_seed"
	MsgSampleDone       i18n.Key = "sample.done"
	MsgCmdReportArgs    i18n.Key = "cli.report.args"
	MsgCmdReportSummary i18n.Key = "cli.report.summary"
	MsgCmdReportHelp    i18n.Key = "cli.report.help"
	MsgFlagYear         i18n.Key = "cli.report.flag_year"
	MsgFlagFormat       i18n.Key = "cli.report.flag_format"

	MsgFlagPeriod             i18n.Key = "cli.report.flag_period"
	MsgFlagProgramme          i18n.Key = "cli.report.flag_programme"
	MsgFlagTemplate           i18n.Key = "cli.report.flag_template"
	MsgFlagPaperDate          i18n.Key = "cli.report.flag_date"
	MsgReportKinds            i18n.Key = "cli.report.kinds"
	MsgReportKindPeriodic     i18n.Key = "cli.report.kind_periodic"
	MsgReportKindRegistration i18n.Key = "cli.report.kind_registration"
	MsgReportKindSettlement   i18n.Key = "cli.report.kind_settlement"
	MsgReportKindBudget       i18n.Key = "cli.report.kind_budget"
	MsgReportKindContest      i18n.Key = "cli.report.kind_contest"
	MsgReportPlaceholders     i18n.Key = "cli.report.placeholders"
	MsgReportNeedsKind        i18n.Key = "cli.report.needs_kind"
	MsgReportNeedsProject     i18n.Key = "cli.report.needs_project"
	MsgReportBadDate          i18n.Key = "cli.report.bad_date"
	MsgReportWholeYear        i18n.Key = "cli.report.whole_year"
	MsgReportTemplateXLSX     i18n.Key = "cli.report.template_xlsx"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgCmdSampleArgs:    {"[--facilities N] [--seed S]", "[--facilities N] [--seed S]"},
		MsgCmdSampleSummary: {"nạp dữ liệu mẫu vào cơ sở dữ liệu trống", "load the sample data into an empty database"},
		MsgCmdSampleHelp: {
			"Nạp dữ liệu mẫu của trung tâm một tỉnh sau sáp nhập 1/7/2025 (Phú Thọ): các hồ sơ thật của bài báo về khuyến công Vĩnh Phúc (4 đề án KCQG 2022 tổng 2.170 tr, 3 doanh nghiệp thụ hưởng, kế hoạch đợt 1 năm 2023), giữ địa chỉ Vĩnh Phúc như ghi khi đó; N cơ sở tổng hợp trên các xã của Phú Thọ (gồm vùng Vĩnh Phúc, Phú Thọ, Hòa Bình cũ), một phần chỉ có địa chỉ cũ chờ chuyển đổi (khuyencong units convert); vài chục đề án, kế hoạch, giải ngân minh họa từ 2021; một đợt bình chọn sản phẩm CNNT tiêu biểu cấp tỉnh 2025 đã công bố và một đợt 2027 đang nhận hồ sơ. Số liệu bài báo không nêu được ghi rõ là minh họa; doanh nghiệp thật không có mã số thuế. Chỉ nạp vào cơ sở dữ liệu trống.",
			"Loads the sample data of a centre of a province after the merger of 1/7/2025 (Phú Thọ): the real records of the article on khuyến công in Vĩnh Phúc (four 2022 national projects worth 2.170 tr, three beneficiary companies, the 2023 batch-1 allocation), keeping their Vĩnh Phúc addresses as written then; N synthetic facilities over Phú Thọ's communes (the former Vĩnh Phúc, Phú Thọ and Hòa Bình areas included), some with only an old address waiting for conversion (khuyencong units convert); a few dozen illustrative projects, allocations and payments from 2021; a provincial products contest of 2025 with its results published and one of 2027 open for registration. Figures the article does not give are marked illustrative; the real companies get no tax code. Loads into an empty database only."},
		MsgFlagFacilities: {"số cơ sở tổng hợp `N` (mặc định 20000)", "number `N` of synthetic facilities (default 20000)"},
		MsgFlagSeed:       {"hạt giống ngẫu nhiên `S`: cùng hạt, cùng dữ liệu (mặc định 1)", "random seed `S`: the same seed gives the same data (default 1)"},
		MsgSampleDone: {
			"Đã nạp vào %s: %s cơ sở, %s đề án, %s kế hoạch kinh phí, %s khoản giải ngân (%s).",
			"Loaded into %s: %s facilities, %s projects, %s allocations, %s payments (%s)."},
		MsgCmdReportArgs:    {"[LOẠI [MÃ-ĐỀ-ÁN]] [--period KỲ] [--format xlsx|md|text] [-o TỆP] [--template TỆP] | [--year NĂM] | contest --round ĐỢT", "[KIND [PROJECT]] [--period PERIOD] [--format xlsx|md|text] [-o FILE] [--template FILE] | [--year YEAR] | contest --round ROUND"},
		MsgCmdReportSummary: {"in báo cáo tổng hợp kinh phí", "print the budget summary report"},
		MsgCmdReportHelp: {
			"Với LOẠI, làm báo cáo gửi đi theo thể thức Nghị định 30/2020/NĐ-CP (quốc hiệu, cơ quan ban hành, địa danh và ngày, chữ ký), ra Excel (-o TỆP.xlsx), Markdown hoặc văn bản; xem các loại bên dưới. Tên trung tâm, giám đốc, kế toán: khuyencong centre. Không có LOẠI: in các bảng tổng hợp: kinh phí theo năm và nguồn (kế hoạch, cam kết, đã giải ngân, còn lại), theo nội dung, theo xã, phường (--by old-district: theo huyện trước 1/7/2025), theo trạng thái, các cơ sở nhận hỗ trợ nhiều nhất, và các cảnh báo. Với --year, các bảng chỉ tính năm đó và liệt kê các đề án của năm cùng tổng kinh phí. --format md in bảng Markdown. report contest --round ĐỢT in bảng kết quả bình chọn của đợt: sản phẩm, cơ sở, nhóm, tổng điểm của từng thành viên hội đồng, điểm trung bình, đủ hồ sơ, đạt, số giấy chứng nhận; với -o TỆP (.xlsx, .md; -o - ra màn hình), thành báo cáo gửi đi như các loại trên.",
			"With a KIND, makes a paper to send in the layout of Decree 30/2020/NĐ-CP (national motto, issuing body, place and date, signatures) as Excel (-o FILE.xlsx), Markdown or text; the kinds are listed below. The centre's, director's and accountant's names: khuyencong centre. Without a KIND, prints the summary tables: budget per year and source (allocated, committed, paid, remaining), per content category, per commune (--by old-district: per district before 1/7/2025), per status, the top beneficiaries, and the warnings. With --year the tables cover that year and list its projects with their total. --format md prints Markdown tables. report contest --round ROUND prints a contest round's results: entry, facility, group, each council member's total, the average, dossier complete, passed, certificate number; with -o FILE (.xlsx, .md; -o - for the screen), a paper to send like the kinds above."},
		MsgFlagYear:   {"chỉ tính năm kế hoạch `NĂM` (mặc định: mọi năm)", "plan `YEAR` only (default: all years)"},
		MsgFlagFormat: {"định dạng `text|md|xlsx` (mặc định text, hoặc theo đuôi tệp -o)", "format `text|md|xlsx` (default text, or from the -o file's extension)"},

		MsgFlagPeriod:             {"kỳ báo cáo `KỲ`: 2026, 2026-H1 (6 tháng) hoặc 2026-Q3 (quý)", "the `PERIOD`: 2026, 2026-H1 (a half) or 2026-Q3 (a quarter)"},
		MsgFlagProgramme:          {"chỉ tính chương trình `MÃ` (mã hoặc số; periodic, registration)", "programme `ID` only (code or number; periodic, registration)"},
		MsgFlagTemplate:           {"điền vào mẫu Excel của trung tâm `TỆP.xlsx` (xem các chỗ điền bên dưới)", "fill the centre's own Excel `FILE.xlsx` (see the placeholders below)"},
		MsgFlagPaperDate:          {"ngày ký báo cáo `NGÀY` (dd/mm/yyyy, mặc định hôm nay)", "the paper's `DATE` (dd/mm/yyyy, default today)"},
		MsgReportKinds:            {"Loại báo cáo:", "Kinds:"},
		MsgReportKindPeriodic:     {"báo cáo kết quả thực hiện kế hoạch khuyến công của kỳ (năm, 6 tháng, quý)", "results of the khuyến công plan for the period (year, half, quarter)"},
		MsgReportKindRegistration: {"đăng ký kế hoạch năm sau: danh mục đề án đề xuất, tổng theo nguồn và nội dung", "next year's plan registration: proposed projects, totals by source and category"},
		MsgReportKindSettlement:   {"bảng quyết toán một đề án: dự toán và quyết toán, tạm ứng, chứng từ", "a project's settlement sheet: estimate and settlement, advances, vouchers"},
		MsgReportKindBudget:       {"kinh phí theo năm và nguồn (các bảng tổng hợp khi in text|md)", "budget against actual by year and source (the summary tables in text|md)"},
		MsgReportKindContest:      {"kết quả một đợt bình chọn (--round ĐỢT)", "a contest round's results (--round ROUND)"},
		MsgReportPlaceholders: {
			"Mẫu --template: các ô có {{centre}} {{parent}} {{province}} {{date}} {{day}} {{period}} {{year}} {{title}} {{subtitle}} {{director}} {{accountant}} {{preparer}} (quyết toán thêm {{project}} {{project_name}}) được thay bằng giá trị; dòng có {{table:TÊN}} được nhân xuống theo số dòng của bảng, giữ định dạng; {{total:TÊN}} là dòng cộng với công thức SUM. Bảng: periodic có budget, indicators (chương trình thứ hai: indicators2…), projects; registration có projects, sources, categories; settlement có items, payments, steps; budget có budget; contest có entries.",
			"Template (--template): cells with {{centre}} {{parent}} {{province}} {{date}} {{day}} {{period}} {{year}} {{title}} {{subtitle}} {{director}} {{accountant}} {{preparer}} (a settlement adds {{project}} {{project_name}}) get the value; the row holding {{table:NAME}} is repeated downwards once per row, keeping its formatting; {{total:NAME}} is the total row with SUM formulas. Tables: periodic has budget, indicators (a second programme: indicators2…), projects; registration has projects, sources, categories; settlement has items, payments, steps; budget has budget; contest has entries."},
		MsgReportNeedsKind:    {"thiếu loại báo cáo: periodic, registration, settlement MÃ-ĐỀ-ÁN hoặc budget", "which report? periodic, registration, settlement PROJECT-CODE or budget"},
		MsgReportNeedsProject: {"settlement cần mã đề án, ví dụ khuyencong report settlement KCQG-2022-01", "settlement needs a project code, e.g. khuyencong report settlement KCQG-2022-01"},
		MsgReportBadDate:      {"ngày %q không hợp lệ: viết dd/mm/yyyy", "the date %q is not valid: write dd/mm/yyyy"},
		MsgReportWholeYear:    {"kỳ %s: loại báo cáo này tính theo cả năm, viết năm (ví dụ 2026)", "period %s: this report covers a whole year; write the year (e.g. 2026)"},
		MsgReportTemplateXLSX: {"--template làm tệp Excel: bỏ --format hoặc dùng --format xlsx", "--template makes an Excel file: leave out --format or use --format xlsx"},
	})
}
