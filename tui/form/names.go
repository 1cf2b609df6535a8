package form

import (
	"strconv"

	"khuyencong/model"
	"khuyencong/tui/kit"
)

// AllocationName names an allocation in messages: "KCQG năm 2023 đợt 1".
func AllocationName(c *kit.Session, a *model.Allocation) string {
	if a.Batch != 0 {
		return c.T(MsgAllocationBatch, a.Source.Code(), int(a.Year), int(a.Batch))
	}
	return c.T(MsgAllocationName, a.Source.Code(), int(a.Year))
}

// PaymentName names a payment in messages: "KCQG-2022-01 15/07/2022 210 tr".
func PaymentName(c *kit.Session, p *model.Payment) string {
	code := "#" + strconv.Itoa(int(p.Project))
	if pr, ok := c.Snap.Projects().Get(p.Project); ok {
		code = pr.Code
	}
	return code + " " + p.Date.String() + " " + p.Amount.Short()
}
