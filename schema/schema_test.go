package schema

import (
	"encoding/json"
	"strings"
	"testing"

	"crosswire"
)

// validReport is a small fictional report whose facts and discrepancies
// point at its entities.
func validReport() crosswire.Report {
	textA := "Deputy Interior Minister Dana Keller resigned on Monday."
	textB := "Deputy Justice Minister Dana Kellner resigned on Monday."
	span := func(id, text, s string) crosswire.Span {
		i := strings.Index(text, s)
		return crosswire.Span{Article: id, Text: s, Start: i, End: i + len(s)}
	}
	keller, kellner := span("a1", textA, "Dana Keller"), span("a2", textB, "Dana Kellner")
	from := "a1"
	return crosswire.Report{
		Stories: []crosswire.Story{{
			ID: "s1", Title: "Deputy minister resigns",
			Articles: []crosswire.Article{
				{ID: "a1", Source: "wire.txt", Title: "Deputy minister resigns", Outlet: "Norpress", Language: "en", Text: textA, Role: crosswire.RoleOriginal, Removed: []crosswire.Removal{}},
				{ID: "a2", Source: "rewrite.txt", Title: "Kellner resigns", Outlet: "Daily Ledger", Language: "en", Text: textB, Role: crosswire.RoleRewrite, DerivedFrom: &from, Removed: []crosswire.Removal{}},
			},
			Facts: []crosswire.StoryFact{
				{Kind: crosswire.KindPerson, Value: "Dana Keller", Entity: "e1", Status: crosswire.StatusConflicting, Support: 2, Sources: []crosswire.Span{keller, kellner}},
				{Kind: crosswire.KindDate, Value: "Monday", Status: crosswire.StatusCorroborated, Support: 2, Sources: []crosswire.Span{span("a1", textA, "Monday"), span("a2", textB, "Monday")}},
				{Kind: crosswire.KindClaim, Value: "Dana Keller resign", Status: crosswire.StatusCorroborated, Support: 2, Sources: []crosswire.Span{span("a1", textA, "Dana Keller resigned"), span("a2", textB, "Dana Kellner resigned")},
					Claim: &crosswire.Claim{Actor: "Dana Keller", Verb: "resigned", Lemma: "resign", Class: "resign", ActorSpan: &keller, ActorEntity: "e1"}},
			},
			Discrepancies: []crosswire.Discrepancy{{
				Kind: crosswire.DiscName, Severity: crosswire.SeverityHigh, Subject: "name of the Deputy Interior Minister", Entity: "e1", Score: 2.7,
				Variants: []crosswire.Variant{
					{Value: "Dana Keller", Sources: []crosswire.Span{keller}},
					{Value: "Dana Kellner", Sources: []crosswire.Span{kellner}},
				},
			}},
			Entities: []crosswire.StoryEntity{{
				ID: "e1", Kind: crosswire.KindPerson, Name: "Dana Keller", Forms: []string{"Dana Keller", "Dana Kellner"},
				Roles: []string{"Deputy Interior Minister", "Deputy Justice Minister"}, Support: 2,
				Mentions: []crosswire.Span{keller, kellner}, Misspelt: true,
			}},
		}},
		Skipped: []crosswire.Skip{},
	}
}

func TestValidateReport(t *testing.T) {
	tests := []struct {
		name string
		// edit changes the valid report; raw, when set, edits its JSON.
		edit func(r *crosswire.Report)
		raw  func(doc map[string]any)
		// wantErr is a substring of the error; "" means valid.
		wantErr string
	}{
		{name: "valid with entities"},
		{
			name: "report without entities (written before they were added)",
			raw: func(doc map[string]any) {
				st := doc["stories"].([]any)[0].(map[string]any)
				delete(st, "entities")
				delete(st["facts"].([]any)[0].(map[string]any), "entity")
				delete(st["discrepancies"].([]any)[0].(map[string]any), "entity")
			},
		},
		{
			name: "empty entities",
			edit: func(r *crosswire.Report) {
				r.Stories[0].Entities = []crosswire.StoryEntity{}
				r.Stories[0].Facts[0].Entity, r.Stories[0].Discrepancies[0].Entity = "", ""
			},
		},
		{
			name:    "entities null",
			edit:    func(r *crosswire.Report) { r.Stories[0].Entities = nil },
			wantErr: "does not follow the schema",
		},
		{
			name:    "entity of a kind that is not an entity",
			edit:    func(r *crosswire.Report) { r.Stories[0].Entities[0].Kind = crosswire.KindNumber },
			wantErr: "does not follow the schema",
		},
		{
			name:    "entity without forms",
			edit:    func(r *crosswire.Report) { r.Stories[0].Entities[0].Forms = []string{} },
			wantErr: "does not follow the schema",
		},
		{
			name:    "entity mention off its text",
			edit:    func(r *crosswire.Report) { r.Stories[0].Entities[0].Mentions[1].Start++ },
			wantErr: "does not match the text",
		},
		{
			name:    "entity mention in another story's article",
			edit:    func(r *crosswire.Report) { r.Stories[0].Entities[0].Mentions[0].Article = "a9" },
			wantErr: "not in its story",
		},
		{
			name: "two entities with one id",
			edit: func(r *crosswire.Report) {
				r.Stories[0].Entities = append(r.Stories[0].Entities, r.Stories[0].Entities[0])
			},
			wantErr: "two entities have id",
		},
		{
			name:    "fact pointing at a missing entity",
			edit:    func(r *crosswire.Report) { r.Stories[0].Facts[0].Entity = "e7" },
			wantErr: `refers to entity "e7"`,
		},
		{
			name: "fact pointing at an entity of another kind",
			edit: func(r *crosswire.Report) {
				r.Stories[0].Facts[0].Kind = crosswire.KindOrg
			},
			wantErr: "of kind person",
		},
		{
			name:    "discrepancy pointing at a missing entity",
			edit:    func(r *crosswire.Report) { r.Stories[0].Discrepancies[0].Entity = "e2" },
			wantErr: `refers to entity "e2"`,
		},
		{
			name:    "variant pointing at a missing entity",
			edit:    func(r *crosswire.Report) { r.Stories[0].Discrepancies[0].Variants[1].Entity = "e3" },
			wantErr: `refers to entity "e3"`,
		},
		{
			name:    "fact span off its text",
			edit:    func(r *crosswire.Report) { r.Stories[0].Facts[1].Sources[0].End-- },
			wantErr: "does not match the text",
		},
		{
			name: "removal placed where it was cut and a subhead span",
			edit: func(r *crosswire.Report) {
				a := &r.Stories[0].Articles[0]
				a.Removed = []crosswire.Removal{{Text: "VESSBURG —", Reason: crosswire.ReasonDateline}}
				a.Subheads = []crosswire.Span{{Article: "a1", Text: "Deputy", Start: 0, End: 6}}
			},
		},
		{
			name: "removal without offsets (written before they were added)",
			raw: func(doc map[string]any) {
				a := doc["stories"].([]any)[0].(map[string]any)["articles"].([]any)[0].(map[string]any)
				a["removed"] = []any{map[string]any{"text": "VESSBURG —", "reason": "dateline"}}
			},
		},
		{
			name: "removal placed past its text",
			edit: func(r *crosswire.Report) {
				r.Stories[0].Articles[0].Removed = []crosswire.Removal{{Text: "VESSBURG —", Reason: crosswire.ReasonDateline, Start: 900, End: 900}}
			},
			wantErr: "not placed at an offset",
		},
		{
			name: "independent support within the support",
			edit: func(r *crosswire.Report) {
				r.Stories[0].Facts[1].IndependentSupport = 1
				r.Stories[0].Entities[0].IndependentSupport = 2
			},
		},
		{
			name:    "fact independent support above its support",
			edit:    func(r *crosswire.Report) { r.Stories[0].Facts[1].IndependentSupport = 3 },
			wantErr: "independent_support 3 beside support 2",
		},
		{
			name: "fact independent support 0 beside support",
			raw: func(doc map[string]any) {
				doc["stories"].([]any)[0].(map[string]any)["facts"].([]any)[1].(map[string]any)["independent_support"] = 0
			},
			wantErr: "independent_support 0 beside support 2",
		},
		{
			name:    "entity independent support above its support",
			edit:    func(r *crosswire.Report) { r.Stories[0].Entities[0].IndependentSupport = 5 },
			wantErr: "entity e1 has independent_support 5 beside support 2",
		},
		{
			name: "subhead span off its text",
			edit: func(r *crosswire.Report) {
				r.Stories[0].Articles[0].Subheads = []crosswire.Span{{Article: "a1", Text: "Deputy", Start: 1, End: 7}}
			},
			wantErr: "does not match the text",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := validReport()
			if tc.edit != nil {
				tc.edit(&r)
			}
			data, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			if tc.raw != nil {
				var doc map[string]any
				if err := json.Unmarshal(data, &doc); err != nil {
					t.Fatal(err)
				}
				tc.raw(doc)
				if data, err = json.Marshal(doc); err != nil {
					t.Fatal(err)
				}
			}
			err = ValidateReport(data)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("ValidateReport: %v", err)
			case tc.wantErr != "" && err == nil:
				t.Errorf("ValidateReport accepted it, want an error containing %q", tc.wantErr)
			case tc.wantErr != "" && !strings.Contains(err.Error(), tc.wantErr):
				t.Errorf("ValidateReport error = %q, want it to contain %q", err, tc.wantErr)
			}
		})
	}
}
