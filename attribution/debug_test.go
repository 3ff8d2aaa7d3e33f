package attribution

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"crosswire"
)

func TestDebugDump(t *testing.T) {
	var arts []crosswire.Article
	for _, f := range []string{"kaldera-wire", "kaldera-rewrite", "kaldera-contested"} {
		b, _ := os.ReadFile("testdata/" + f + ".txt")
		arts = append(arts, crosswire.Article{ID: f, Text: string(b), Role: crosswire.RoleRewrite})
	}
	inc, err := New().Extract(context.Background(), &crosswire.Story{ID: "s", Articles: arts})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range inc.Claims {
		by := ""
		if c.By != nil {
			by = c.By.Name + "/" + string(c.By.Kind)
		}
		sub := ""
		if c.Subject != nil {
			sub = c.Subject.Name
		}
		var acc, vic []string
		for _, p := range c.Accused {
			acc = append(acc, p.Name+"/"+string(p.Kind)+"@"+p.State)
		}
		for _, p := range c.Victims {
			vic = append(vic, p.Name+"/"+string(p.Kind)+"/"+p.Sector)
		}
		fmt.Printf("%s %s [%s] by=%s sub=%s acc=%v vic=%v\n", c.Span.Article, c.Kind, c.Trigger.Text, by, sub, acc, vic)
	}
	b, _ := json.MarshalIndent(struct {
		A []Attribution
		T []Target
		D []Denial
		R []Response
		X []Supported
	}{inc.Attributions, inc.Targets, inc.Denials, inc.Responses, inc.Actions}, "", " ")
	_ = b
	for _, a := range inc.Attributions {
		s := "(incident)"
		if a.Subject != nil {
			s = a.Subject.Name
		}
		var alt, den, accs []string
		for _, p := range a.Alternatives {
			alt = append(alt, p.Name)
		}
		for _, p := range a.DeniedBy {
			den = append(den, p.Name)
		}
		for _, p := range a.Accusers {
			accs = append(accs, p.Name)
		}
		fmt.Printf("ATTR %s -> %s/%s support=%d implied=%v by=%v alt=%v denied=%v\n", s, a.Accused.Name, a.Accused.Kind, a.Support, a.Implied, accs, alt, den)
	}
	for _, x := range inc.Targets {
		fmt.Printf("TGT %s -> %s/%s/%s %d\n", x.Actor.Name, x.Victim.Name, x.Victim.Kind, x.Victim.Sector, x.Support)
	}
	for _, x := range inc.Denials {
		fmt.Printf("DEN %s/%s %d\n", x.By.Name, x.By.Kind, x.Support)
	}
	for _, x := range inc.Responses {
		fmt.Printf("RESP %s %s -> %s/%s %d\n", x.Kind, x.By.Name, x.Target.Name, x.Target.Kind, x.Support)
	}
	for _, x := range inc.Actions {
		fmt.Printf("ACT %s %d\n", x.Name, x.Support)
	}
}
