package lists

import (
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
)

// facilityCertified lists the facility's products that hold a contest
// certificate (the Bình chọn tab's register), with the certificate's
// number, level and validity; nothing when it has none.
func facilityCertified(c *kit.Session, d *doc, id model.ID) {
	rounds := store.TableOf[model.Round](c.Snap)
	var lines []string
	for e := range store.TableOf[model.Entry](c.Snap).Scan() {
		if e.Facility != id || !e.Certified() {
			continue
		}
		level := ""
		if r, ok := rounds.Get(e.Round); ok {
			level = r.Level.Label(c.Lang)
		}
		lines = append(lines, d.Bullet(c.T(MsgDetailCertified, e.Product, e.CertNo, level, e.ValidUntil.String())))
	}
	if len(lines) > 0 {
		d.section(c.T(MsgDetailCertifiedTitle), lines...)
	}
}
