package model

// The contest of outstanding rural industrial products (bình chọn sản phẩm
// công nghiệp nông thôn tiêu biểu, TT 26/2014/TT-BCT as amended by TT
// 14/2018/TT-BCT and TT 38/2025/TT-BCT): a round is organised at one level,
// facilities register entries, each council member scores each entry on a
// score sheet, and publishing the results issues certificates.
//
// A certificate is kept as fields of the entry it was issued to, not as a
// kind of its own: an entry gets at most one certificate, issued in the same
// write that publishes its round, and the register is the entries that carry
// one. A separate kind would copy the product, the facility and the round
// and need a rule to keep the copies equal.

// ContestLevel is the level a round is organised at.
type ContestLevel uint8

const (
	LevelCommune  ContestLevel = iota + 1 // cấp xã (formerly district)
	LevelProvince                         // cấp tỉnh
	LevelRegion                           // cấp khu vực
	LevelNational                         // cấp quốc gia
)

// ProductGroup is one of the four product groups of the contest.
type ProductGroup uint8

const (
	GroupHandicraft ProductGroup = iota + 1 // thủ công mỹ nghệ
	GroupFood                               // chế biến nông lâm thủy sản và thực phẩm
	GroupMachinery                          // máy móc, thiết bị, dụng cụ, phụ tùng cơ khí
	GroupOther                              // sản phẩm khác
)

// RoundStatus is a round's place in its calendar. Score sheets are locked
// once it is RoundPublished; only an admin moves a round back.
type RoundStatus uint8

const (
	RoundPlanned      RoundStatus = iota + 1 // Kế hoạch
	RoundRegistration                        // Đang nhận hồ sơ
	RoundScoring                             // Đang chấm điểm
	RoundPublished                           // Đã công bố kết quả
)

// Round is one contest round (đợt bình chọn).
type Round struct {
	Meta
	Code  string // unique, e.g. "BC-TINH-2025"
	Name  string
	Level ContestLevel
	Year  int32
	// DecisionNo and DecisionDate are the organising decision.
	DecisionNo   string
	DecisionDate Date
	RegOpen      Date // registration opens
	RegClose     Date // registration closes
	ScoringDate  Date
	ResultsDate  Date // results published, the certificates' date
	Status       RoundStatus
	// ResultsDecision is the number of the decision that recognises the
	// products; the certificates carry it.
	ResultsDecision string
	// NeedsLower: an entry needs a valid certificate of the level below
	// (regional and national rounds).
	NeedsLower bool
	// Council is the council members' names, in the order of the score
	// grid's columns.
	Council []string
	// Rules are the round's figures, copied from the defaults when it is
	// created; an admin may change them.
	Rules ContestRules
	Notes string
}

func (r *Round) Kind() Kind    { return KindRound }
func (r *Round) Header() *Meta { return &r.Meta }

// Dossier items an entry must have received.
const (
	DossierForm        = iota // đơn đăng ký (Phụ lục 1)
	DossierDescription        // bản thuyết minh sản phẩm (Phụ lục 2)
	DossierPhotos             // ảnh màu 10×15 cm, ba góc
	DossierQuality            // giấy chứng nhận chất lượng
	DossierItems
)

// Entry is a product registered for a round (sản phẩm đăng ký), with the
// certificate issued to it when its round's results are published.
type Entry struct {
	Meta
	Code     string // registration number, unique, e.g. "BC-TINH-2025-07"
	Round    ID
	Facility ID
	Product  string
	Group    ProductGroup
	// Dossier is the date each item was received, 0 if it was not.
	Dossier [DossierItems]Date
	// LowerCert is the lower-level certificate's number, when the round
	// needs one.
	LowerCert string
	// Nominated: put forward to the next level's round.
	Nominated bool
	// The certificate, issued by publishing the round; "" when none.
	CertNo       string
	CertDecision string
	CertDate     Date
	ValidUntil   Date
	// A complaint about the result and its answer.
	ComplaintDate Date
	AnswerDate    Date
	Complaint     string
	Notes         string
}

func (e *Entry) Kind() Kind    { return KindEntry }
func (e *Entry) Header() *Meta { return &e.Meta }

// Certified reports whether the entry holds a certificate.
func (e *Entry) Certified() bool { return e.CertNo != "" }

// ScoreSheet is one council member's scores of one entry (phiếu chấm
// điểm): one record per round × entry × member, so that two people
// entering different members' sheets never touch the same record.
type ScoreSheet struct {
	Meta
	Round  ID
	Entry  ID
	Member string
	// Scores has one score per criterion of the round's rules, in order.
	Scores []int32
	Notes  string
}

func (s *ScoreSheet) Kind() Kind    { return KindScoreSheet }
func (s *ScoreSheet) Header() *Meta { return &s.Meta }

// Total is the sheet's points over all criteria.
func (s *ScoreSheet) Total() int32 {
	var t int32
	for _, v := range s.Scores {
		t += v
	}
	return t
}

var (
	_ Record = (*Round)(nil)
	_ Record = (*Entry)(nil)
	_ Record = (*ScoreSheet)(nil)
)
