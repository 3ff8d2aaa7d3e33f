package facts

import (
	"testing"

	"crosswire"
)

// TestExTitle checks that a title prefixed "ex-" is a title, as "former"
// makes one (fictional text): "Ex-mayor Venn" is Venn with a role, not a
// person named "Ex-mayor Venn", so a later "Venn" and "he" resolve to the
// one Karl Venn of the article.
func TestExTitle(t *testing.T) {
	text := "Ex-mayor Venn jailed\n\nKarl Venn, the former mayor of Ostrick, was jailed on Friday. " +
		"Judge Nora Lind said he had lied. A jury convicted Venn in May. He had pleaded guilty to all charges."
	p := factAt(t, text, crosswire.KindPerson, "Ex-mayor Venn")
	if p.Entity == nil || p.Entity.Name != "Venn" || p.Entity.Role != "Ex-mayor" {
		t.Errorf("Ex-mayor Venn: entity %+v, want name Venn, role Ex-mayor", p.Entity)
	}
	c := factAt(t, text, crosswire.KindClaim, "He had pleaded guilty")
	if c.Claim == nil || c.Claim.Actor != "Karl Venn" {
		t.Errorf("He had pleaded guilty: claim %+v, want actor Karl Venn", c.Claim)
	}
}
