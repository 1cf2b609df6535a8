package model

// Project is a khuyến công scheme (đề án) with one or many beneficiary
// facilities.
type Project struct {
	Meta
	Code          string // unique, e.g. KCQG-2022-01
	Name          string
	Year          int32 // plan year
	Source        Source
	Batch         int32 // đợt, 0 when none
	Category      Category
	Status        Status
	Implementer   string
	Beneficiaries []ID // facility IDs
	Location      string
	Start, End    Date
	Support       Money // kinh phí khuyến công hỗ trợ
	Counterpart   Money // vốn đối ứng
	DecisionNo    string
	DecisionDate  Date
	Notes         string
	// Programme is the programme the project serves (programme.go); 0
	// lets its year and fund decide.
	Programme ID
	// Item is the sub-item of the category whose norm applies (a rule's
	// Item: a technology line, a demonstration model); "" holds the
	// project to the category's general norm.
	Item string
	// CounterpartBy splits Counterpart by beneficiary, in the order of
	// Beneficiaries; empty when not split (project_shares.go).
	CounterpartBy []Money
}

// Total is support plus counterpart funds.
func (p *Project) Total() Money { return p.Support + p.Counterpart }

func (p *Project) Kind() Kind    { return KindProject }
func (p *Project) Header() *Meta { return &p.Meta }

// Allocation is a yearly budget line (kế hoạch kinh phí) for a source and
// batch.
type Allocation struct {
	Meta
	Year         int32
	Source       Source
	Batch        int32
	Amount       Money
	DecisionNo   string
	DecisionDate Date
	Notes        string
}

func (a *Allocation) Kind() Kind    { return KindAllocation }
func (a *Allocation) Header() *Meta { return &a.Meta }

// Payment is money paid out on a project (giải ngân).
type Payment struct {
	Meta
	Project ID
	Date    Date
	PayKind PaymentKind
	Amount  Money
	Voucher string
	Notes   string
}

func (p *Payment) Kind() Kind    { return KindPayment }
func (p *Payment) Header() *Meta { return &p.Meta }
