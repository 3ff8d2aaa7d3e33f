package stix

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"crosswire"
)

// schemaRoot is ../shared/data/stix2.1 relative to the repository root.
func schemaRoot(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared", "data", "stix2.1")
	if _, err := os.Stat(filepath.Join(dir, "schemas", "common", "bundle.json")); err != nil {
		t.Skipf("STIX 2.1 schemas not found at %s (need ../shared/data/stix2.1 beside the repository): %v", dir, err)
	}
	return dir
}

func validator(t *testing.T) *Validator {
	t.Helper()
	v, err := NewValidator(filepath.Join(schemaRoot(t), "schemas"))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// article reads a fictional test article.
func article(t *testing.T, path, id, outlet string, role crosswire.Role, published string, derivedFrom string) crosswire.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := time.Parse(time.RFC3339, published)
	if err != nil {
		t.Fatal(err)
	}
	a := crosswire.Article{ID: id, Text: string(b), Outlet: outlet, Role: role, Published: &pub,
		Title: "Test version " + id, URL: "https://" + strings.ToLower(strings.ReplaceAll(outlet, " ", "")) + ".example/" + id}
	if derivedFrom != "" {
		a.DerivedFrom = &derivedFrom
	}
	return a
}

// contestedStory is a fictional intrusion told by a wire, its verbatim
// copy, a rewrite and a security firm that names another state's service.
func contestedStory(t *testing.T) crosswire.Story {
	dir := filepath.Join("..", "attribution", "testdata")
	wire := article(t, filepath.Join(dir, "kaldera-wire.txt"), "a-wire", "Harbour Wire", crosswire.RoleOriginal, "2025-03-03T10:00:00Z", "")
	cp := wire
	cp.ID, cp.Outlet, cp.Role, cp.URL = "a-copy", "Daily Mirrorline", crosswire.RoleCopy, "https://mirrorline.example/a-copy"
	from := "a-wire"
	cp.DerivedFrom = &from
	return crosswire.Story{ID: "s-kaldera", Title: "Kaldera blames hacking group for energy ministry intrusion", Articles: []crosswire.Article{
		wire, cp,
		article(t, filepath.Join(dir, "kaldera-rewrite.txt"), "a-rewrite", "Evening Ledger", crosswire.RoleRewrite, "2025-03-03T14:00:00Z", "a-wire"),
		article(t, filepath.Join(dir, "kaldera-contested.txt"), "a-firm", "Tech Sentinel", crosswire.RoleRewrite, "2025-03-04T09:00:00Z", ""),
	}, Discrepancies: []crosswire.Discrepancy{{
		Kind: crosswire.DiscClaim, Severity: crosswire.SeverityHigh, Subject: "who runs Ashen Mantis",
		Variants: []crosswire.Variant{
			{Value: "Morvania's General Intelligence Service", Sources: []crosswire.Span{{Article: "a-wire", Text: "Morvania's General Intelligence Service"}}},
			{Value: "Tessaly's Foreign Intelligence Service", Sources: []crosswire.Span{{Article: "a-firm", Text: "Tessaly's Foreign Intelligence Service"}}},
		},
	}}}
}

// corroboratedStory is a fictional intrusion three versions agree on.
func corroboratedStory(t *testing.T) crosswire.Story {
	return crosswire.Story{ID: "s-apt77", Title: "Port authority hack blamed on APT77", Articles: []crosswire.Article{
		article(t, "testdata/apt-uncontested-wire.txt", "b-wire", "Selmar Post", crosswire.RoleOriginal, "2025-06-06T08:00:00Z", ""),
		article(t, "testdata/apt-uncontested-rewrite.txt", "b-rewrite", "Coastal News", crosswire.RoleRewrite, "2025-06-06T12:00:00Z", "b-wire"),
		article(t, "testdata/apt-uncontested-brief.txt", "b-brief", "Harbour Wire", crosswire.RoleRewrite, "2025-06-07T07:00:00Z", "b-wire"),
	}}
}

func export(t *testing.T, stories ...crosswire.Story) (*Bundle, []byte) {
	t.Helper()
	e := &Exporter{Now: func() time.Time { return time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC) }}
	b, err := e.Export(context.Background(), stories)
	if err != nil {
		t.Fatal(err)
	}
	data, err := Encode(b)
	if err != nil {
		t.Fatal(err)
	}
	return b, data
}

// graph answers questions about a bundle by object names.
type graph struct{ b *Bundle }

func (g graph) named(typ, name string) *Object {
	for i := range g.b.Objects {
		o := &g.b.Objects[i]
		if o.Type == typ && o.Name == name {
			return o
		}
	}
	return nil
}

func (g graph) rel(src *Object, typ string, tgt *Object) *Object {
	if src == nil || tgt == nil {
		return nil
	}
	for i := range g.b.Objects {
		o := &g.b.Objects[i]
		if o.Type == "relationship" && o.RelationshipType == typ && o.SourceRef == src.ID && o.TargetRef == tgt.ID {
			return o
		}
	}
	return nil
}

func (g graph) ofType(typ string) []*Object {
	var out []*Object
	for i := range g.b.Objects {
		if g.b.Objects[i].Type == typ {
			out = append(out, &g.b.Objects[i])
		}
	}
	return out
}

func conf(o *Object) int {
	if o == nil || o.Confidence == nil {
		return -1
	}
	return *o.Confidence
}

func TestExportValidatesAgainstOfficialSchemas(t *testing.T) {
	v := validator(t)
	for name, stories := range map[string][]crosswire.Story{
		"contested story":    {contestedStory(t)},
		"corroborated story": {corroboratedStory(t)},
		"both stories":       {contestedStory(t), corroboratedStory(t)},
	} {
		t.Run(name, func(t *testing.T) {
			b, data := export(t, stories...)
			if err := v.Validate(data); err != nil {
				t.Fatalf("bundle does not validate:\n%v", err)
			}
			if d := Dangling(b); len(d) > 0 {
				t.Errorf("dangling references: %v", d)
			}
		})
	}
}

func TestExportGraph(t *testing.T) {
	b, _ := export(t, contestedStory(t), corroboratedStory(t))
	g := graph{b}

	campaign := func(story string) *Object {
		for _, o := range g.ofType("campaign") {
			if o.XStory == story {
				return o
			}
		}
		t.Fatalf("no campaign for story %s", story)
		return nil
	}
	mantis := g.named("intrusion-set", "Ashen Mantis")
	gis := g.named("threat-actor", "General Intelligence Service")
	fis := g.named("threat-actor", "Foreign Intelligence Service")
	morvania := g.named("identity", "Morvania")
	apt77 := g.named("intrusion-set", "APT77")
	varga := g.named("threat-actor", "Leon Varga")
	front := g.named("identity", "Grey Orchard Trading")
	fm := g.named("identity", "Foreign Ministry")
	prosecutor := g.named("identity", "Office of the State Prosecutor")
	energy := g.named("identity", "Ministry of Energy")

	incidentToMantis := g.rel(campaign("s-kaldera"), "attributed-to", mantis)
	mantisToGIS := g.rel(mantis, "attributed-to", gis)
	mantisToFIS := g.rel(mantis, "attributed-to", fis)
	gisToMorvania := g.rel(gis, "attributed-to", morvania)
	incidentToAPT77 := g.rel(campaign("s-apt77"), "attributed-to", apt77)

	tests := []struct {
		name string
		ok   bool
	}{
		{"the incident is attributed to the group", incidentToMantis != nil},
		{"the group is attributed to the service the wire names", mantisToGIS != nil},
		{"the group is attributed to the service the firm names", mantisToFIS != nil},
		{"the service is attributed to its state", gisToMorvania != nil},
		{"the group targets the ministry", g.rel(mantis, "targets", energy) != nil},
		{"the foreign ministry sanctions the officer", g.rel(fm, RelSanctions, varga) != nil},
		{"the foreign ministry sanctions the front company", g.rel(fm, RelSanctions, front) != nil},
		{"the prosecutor indicts the officer", g.rel(prosecutor, RelIndicts, varga) != nil},
		{"the foreign ministry summons the envoy", g.rel(fm, RelSummonsEnvoyOf, morvania) != nil},
		{"the uncontested story's incident is attributed to its group", incidentToAPT77 != nil},
		// three versions (the wire's verbatim copy counts once), two
		// independent sources: the rewrite derived from the wire is its
		// lineage, the firm's version another
		{"the attribution three versions make rests on two sources", conf(incidentToMantis) == ConfidenceTwo &&
			incidentToMantis.XSupport == 3 && incidentToMantis.XIndependentSupport == 2},
		{"a contested attribution (rival service, denial) is capped", conf(mantisToGIS) >= 0 && conf(mantisToGIS) <= ConfidenceDenied},
		{"the rival attribution with less support is capped lower", conf(mantisToFIS) == ConfidenceDisputed},
		{"contested below corroborated", conf(mantisToGIS) < conf(incidentToMantis) && conf(mantisToFIS) < conf(incidentToMantis)},
		// a wire, its rewrite and its brief: three versions, one source
		{"the uncontested story's three versions of one wire are one source", conf(incidentToAPT77) == ConfidenceSingle &&
			incidentToAPT77.XSupport == 3 && incidentToAPT77.XIndependentSupport == 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !tc.ok {
				t.Error("not found in the bundle")
			}
		})
	}

	t.Run("the denial is an opinion by the denying state on the attribution", func(t *testing.T) {
		var found bool
		for _, op := range g.ofType("opinion") {
			if morvania != nil && op.CreatedByRef == morvania.ID && op.Opinion == "strongly-disagree" {
				for _, r := range op.ObjectRefs {
					found = found || (gisToMorvania != nil && r == gisToMorvania.ID) || (mantisToGIS != nil && r == mantisToGIS.ID)
				}
			}
		}
		if !found {
			t.Error("no strongly-disagree opinion by Morvania on the attribution to its service")
		}
	})
	t.Run("the accuser is an identity that agrees with its attribution", func(t *testing.T) {
		agency := g.named("identity", "Cyber Defence Agency")
		if agency == nil || incidentToMantis == nil {
			t.Fatal("no accuser identity or attribution")
		}
		if !slices.Contains(incidentToMantis.XAttributedBy, agency.ID) {
			t.Errorf("x_crosswire_attributed_by %v lacks the agency", incidentToMantis.XAttributedBy)
		}
		var agrees bool
		for _, op := range g.ofType("opinion") {
			agrees = agrees || op.CreatedByRef == agency.ID && op.Opinion == "strongly-agree" && slices.Contains(op.ObjectRefs, incidentToMantis.ID)
		}
		if !agrees {
			t.Error("no strongly-agree opinion by the agency on its attribution")
		}
	})
	t.Run("notes carry the disagreement and the story's discrepancies", func(t *testing.T) {
		var culprit, disc bool
		for _, n := range g.ofType("note") {
			culprit = culprit || strings.Contains(n.Abstract, "disagree on who is behind Ashen Mantis")
			disc = disc || strings.Contains(n.Abstract, "who runs Ashen Mantis")
		}
		if !culprit || !disc {
			t.Errorf("culprit note %v, discrepancy note %v", culprit, disc)
		}
	})
	// A note named each version by its article id alone ("a1b2…: “four
	// hours”"): an analyst reading it in a platform saw hex, not who said
	// what. Each version is named by its outlet, the id kept beside it as
	// the report's external_id.
	t.Run("notes name each version by its outlet", func(t *testing.T) {
		outlet := map[string]string{}
		for _, r := range g.ofType("report") {
			for _, e := range r.ExternalReferences {
				if e.ExternalID != "" && e.SourceName != "" {
					outlet[e.ExternalID] = e.SourceName
				}
			}
		}
		var checked int
		for _, n := range g.ofType("note") {
			for id, name := range outlet {
				if !strings.Contains(n.Content, id) {
					continue
				}
				checked++
				if want := name + " [" + id + "]: “"; !strings.Contains(n.Content, want) {
					t.Errorf("note %q names version %s without its outlet %q:\n%s", n.Abstract, id, name, n.Content)
				}
			}
		}
		if checked == 0 {
			t.Fatal("no note quotes a version")
		}
	})
	t.Run("reports reference every version and all their objects", func(t *testing.T) {
		reports := g.ofType("report")
		if len(reports) != 2 {
			t.Fatalf("%d reports, want 2", len(reports))
		}
		for _, r := range reports {
			want := 4
			if r.XStory == "s-apt77" {
				want = 3
			}
			if len(r.ExternalReferences) != want || r.Published == nil {
				t.Errorf("report %s: %d external references (want %d), published %v", r.Name, len(r.ExternalReferences), want, r.Published)
			}
		}
	})
	t.Run("relationships keep their source spans", func(t *testing.T) {
		for _, s := range incidentToMantis.XSources {
			if s.Text == "" || s.End <= s.Start {
				t.Errorf("bad source %+v", s)
			}
		}
	})
}

func TestDeterministicIDs(t *testing.T) {
	s := contestedStory(t)
	b1, _ := export(t, s)
	// a re-export later, with the versions in another order and a new one
	rev := s
	rev.Articles = append([]crosswire.Article(nil), s.Articles...)
	for i, j := 0, len(rev.Articles)-1; i < j; i, j = i+1, j-1 {
		rev.Articles[i], rev.Articles[j] = rev.Articles[j], rev.Articles[i]
	}
	e := &Exporter{Now: time.Now}
	b2, err := e.Export(context.Background(), []crosswire.Story{rev})
	if err != nil {
		t.Fatal(err)
	}
	ids := func(b *Bundle) map[string]bool {
		m := map[string]bool{}
		for _, o := range b.Objects {
			m[o.ID] = true
		}
		return m
	}
	i1, i2 := ids(b1), ids(b2)
	if len(i1) != len(i2) {
		t.Errorf("%d objects, then %d", len(i1), len(i2))
	}
	for id := range i1 {
		if !i2[id] {
			t.Errorf("id %s not in the second export", id)
		}
	}
	if b1.ID != b2.ID {
		t.Errorf("bundle id %s, then %s", b1.ID, b2.ID)
	}
	// the same input, exported again at another time, is byte-identical
	_, d1 := export(t, s)
	b3, err := (&Exporter{Now: time.Now}).Export(context.Background(), []crosswire.Story{s})
	if err != nil {
		t.Fatal(err)
	}
	d3, err := Encode(b3)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(d1, d3) {
		t.Error("two exports of the same story differ")
	}
	if got, want := ID("intrusion-set", "ashen mantis"), g(b1).named("intrusion-set", "Ashen Mantis").ID; got != want {
		t.Errorf("intrusion-set id %s, want the documented UUIDv5 %s", want, got)
	}
}

func g(b *Bundle) graph { return graph{b} }

func TestRoundTrip(t *testing.T) {
	v := validator(t)
	_, data := export(t, contestedStory(t))
	b, err := Read(data)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Encode(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again) {
		t.Error("re-encoding a read bundle changes it")
	}
	if err := v.Validate(again); err != nil {
		t.Errorf("re-read bundle does not validate: %v", err)
	}
	if len(b.Objects) < 10 {
		t.Errorf("only %d objects read back", len(b.Objects))
	}
}

func TestConfidence(t *testing.T) {
	tests := []struct {
		name           string
		support, rival int
		denied         bool
		want           int
	}{
		{"one version", 1, 0, false, 30},
		{"two versions", 2, 0, false, 60},
		{"three versions", 3, 0, false, 85},
		{"many versions", 7, 0, false, 85},
		{"denied", 3, 0, true, 30},
		{"rival with less support", 3, 1, false, 30},
		{"rival with equal support", 2, 2, false, 15},
		{"rival with more support", 1, 2, false, 15},
		{"single and denied", 1, 0, true, 30},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Confidence(tc.support, tc.rival, tc.denied); got != tc.want {
				t.Errorf("Confidence(%d, %d, %v) = %d, want %d", tc.support, tc.rival, tc.denied, got, tc.want)
			}
		})
	}
}

// artefactStory is a fictional intrusion whose versions name a threat
// group, its ransomware, the flaw the ransomware exploits and the
// addresses and hash investigators published.
func artefactStory() crosswire.Story {
	const hash = "7f7ea646ae11cd56a764c29b82d4c34a7003294d25154a04d314ee4befa7ac1d"
	pub := time.Date(2031, 5, 6, 8, 0, 0, 0, time.UTC)
	later := pub.Add(6 * time.Hour)
	wire := "The National Cyber Office of Norland on Tuesday blamed a hacking group known as Cobalt Lynx for the breach of the Vessburg water utility.\n\n" +
		"Cobalt Lynx deployed the Quillfire ransomware on the utility's billing servers, the office said. " +
		"Quillfire exploits CVE-2031-40123, a flaw in a remote-access gateway. " +
		"The Quillfire sample contacted the IP address 45.77.201.19 and the domain quill-pay[.]example, and the office published its SHA-256 hash " + hash + ". " +
		"Owners of Android phones were not affected."
	rewrite := "Norland's National Cyber Office said Cobalt Lynx, a hacking group, was behind the Quillfire ransomware attack on the Vessburg water utility.\n\n" +
		"The group got in through CVE-2031-40123, the office said."
	from := "c-wire"
	return crosswire.Story{ID: "s-quillfire", Title: "Water utility breach blamed on Cobalt Lynx", Articles: []crosswire.Article{
		{ID: "c-wire", Text: wire, Outlet: "Harbour Wire", Role: crosswire.RoleOriginal, Published: &pub, Title: "Cobalt Lynx blamed for utility breach", URL: "https://harbourwire.example/c-wire"},
		{ID: "c-rewrite", Text: rewrite, Outlet: "Evening Ledger", Role: crosswire.RoleRewrite, Published: &later, Title: "Utility hit by ransomware", URL: "evening-ledger.example/c-rewrite", DerivedFrom: &from},
	}}
}

// The malware, vulnerability and indicator objects and the relationships
// the specification lists for them: the campaign and the group use the
// ransomware, the ransomware exploits the CVE, the indicators indicate the
// ransomware; each object carries the spans naming it. The bundle (with a
// version whose URL is not absolute) validates.
func TestExportArtefacts(t *testing.T) {
	b, data := export(t, artefactStory())
	if err := validator(t).Validate(data); err != nil {
		t.Fatalf("bundle does not validate:\n%v", err)
	}
	if d := Dangling(b); len(d) > 0 {
		t.Errorf("dangling references: %v", d)
	}
	g := graph{b}
	mal := g.named("malware", "Quillfire")
	cve := g.named("vulnerability", "CVE-2031-40123")
	group := g.named("intrusion-set", "Cobalt Lynx")
	if mal == nil || cve == nil || group == nil {
		t.Fatalf("malware %v vulnerability %v intrusion-set %v", mal != nil, cve != nil, group != nil)
	}
	if mal.IsFamily == nil || !*mal.IsFamily || !slices.Equal(mal.MalwareTypes, []string{"ransomware"}) || mal.XSupport != 2 || len(mal.XSources) == 0 {
		t.Errorf("malware: family %v types %v support %d sources %d", mal.IsFamily, mal.MalwareTypes, mal.XSupport, len(mal.XSources))
	}
	if len(cve.ExternalReferences) != 1 || cve.ExternalReferences[0].SourceName != "cve" || cve.ExternalReferences[0].ExternalID != "CVE-2031-40123" {
		t.Errorf("vulnerability references %+v", cve.ExternalReferences)
	}
	var campaign *Object
	if cs := g.ofType("campaign"); len(cs) == 1 {
		campaign = cs[0]
	}
	tests := []struct {
		name     string
		src      *Object
		rel      string
		tgt      *Object
		wantConf int
	}{
		{"the campaign uses the ransomware", campaign, "uses", mal, ConfidenceSingle},
		{"the group uses the ransomware", group, "uses", mal, ConfidenceSingle},
		{"the ransomware exploits the flaw", mal, "exploits", cve, ConfidenceSingle},
		{"the address indicates the ransomware", g.named("indicator", "45.77.201.19"), "indicates", mal, ConfidenceSingle},
		{"the domain indicates the ransomware", g.named("indicator", "quill-pay.example"), "indicates", mal, ConfidenceSingle},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := g.rel(tc.src, tc.rel, tc.tgt)
			if r == nil {
				t.Fatal("no relationship")
			}
			if conf(r) != tc.wantConf || len(r.XSources) == 0 {
				t.Errorf("confidence %d (want %d), %d sources", conf(r), tc.wantConf, len(r.XSources))
			}
		})
	}
	patterns := map[string]string{}
	for _, o := range g.ofType("indicator") {
		if o.PatternType != "stix" || o.ValidFrom == nil {
			t.Errorf("indicator %s: pattern_type %q valid_from %v", o.Name, o.PatternType, o.ValidFrom)
		}
		patterns[o.Name] = o.Pattern
	}
	want := map[string]string{
		"45.77.201.19":      "[ipv4-addr:value = '45.77.201.19']",
		"quill-pay.example": "[domain-name:value = 'quill-pay.example']",
		"7f7ea646ae11cd56a764c29b82d4c34a7003294d25154a04d314ee4befa7ac1d": "[file:hashes.'SHA-256' = '7f7ea646ae11cd56a764c29b82d4c34a7003294d25154a04d314ee4befa7ac1d']",
	}
	if len(patterns) != len(want) {
		t.Errorf("indicators %v, want %v", patterns, want)
	}
	for k, v := range want {
		if patterns[k] != v {
			t.Errorf("indicator %s pattern %q, want %q", k, patterns[k], v)
		}
	}
	if g.named("malware", "Android") != nil {
		t.Error("a platform exported as malware")
	}
	// the report lists every new object
	var rep *Object
	if rs := g.ofType("report"); len(rs) == 1 {
		rep = rs[0]
	}
	for _, o := range []*Object{mal, cve} {
		if rep == nil || !slices.Contains(rep.ObjectRefs, o.ID) {
			t.Errorf("report does not list %s", o.ID)
		}
	}
	// a version whose URL has no scheme keeps it in its description
	for _, r := range rep.ExternalReferences {
		if r.ExternalID == "c-rewrite" && (r.URL != "" || !strings.Contains(r.Description, "evening-ledger.example/c-rewrite")) {
			t.Errorf("relative URL: %+v", r)
		}
	}
}

// With several stories, a cyber story that attributes nothing but names
// malware is exported only with Exporter.Artefacts, and then without a
// campaign.
func TestExportArtefactStories(t *testing.T) {
	pub := time.Date(2031, 7, 1, 9, 0, 0, 0, time.UTC)
	plain := crosswire.Story{ID: "s-mossback", Title: "New trojan spreads through fake timetable app", Articles: []crosswire.Article{{
		ID: "d-1", Outlet: "Tech Sentinel", Published: &pub, Title: "Trojan in timetable app",
		Text: "A banking trojan dubbed Mossback is spreading through a fake ferry timetable app, researchers said on Monday.\n\nThe malware steals one-time codes sent by text message.",
	}}}
	for _, tc := range []struct {
		name      string
		artefacts bool
		want      int // reports
	}{
		{"attribution stories only", false, 1},
		{"with artefact stories", true, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := &Exporter{Now: func() time.Time { return pub }, Artefacts: tc.artefacts}
			b, err := e.Export(context.Background(), []crosswire.Story{artefactStory(), plain})
			if err != nil {
				t.Fatal(err)
			}
			g := graph{b}
			if n := len(g.ofType("report")); n != tc.want {
				t.Errorf("%d reports, want %d", n, tc.want)
			}
			m := g.named("malware", "Mossback")
			if tc.artefacts != (m != nil) {
				t.Errorf("Mossback exported %v, want %v", m != nil, tc.artefacts)
			}
			if len(g.ofType("campaign")) != 1 {
				t.Errorf("%d campaigns, want 1 (the attribution story's)", len(g.ofType("campaign")))
			}
			data, err := Encode(b)
			if err != nil {
				t.Fatal(err)
			}
			if err := validator(t).Validate(data); err != nil {
				t.Errorf("bundle does not validate:\n%v", err)
			}
		})
	}
}
