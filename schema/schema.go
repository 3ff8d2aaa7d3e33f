// Package schema embeds the JSON Schema of crosswire's JSON report, the
// public contract of `crosswire check --format json` and of the HTTP API's
// story objects, and validates documents against it.
package schema

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"crosswire"
	"crosswire/text"
)

// ReportJSON is the JSON Schema (draft 2020-12) of the report.
//
//go:embed report.schema.json
var ReportJSON []byte

// ReportURL is the $id of the report schema.
const ReportURL = "https://crosswire.invalid/schema/report.schema.json"

// Report compiles the report schema.
func Report() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(ReportJSON))
	if err != nil {
		return nil, fmt.Errorf("parse report schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(ReportURL, doc); err != nil {
		return nil, fmt.Errorf("add report schema: %w", err)
	}
	s, err := c.Compile(ReportURL)
	if err != nil {
		return nil, fmt.Errorf("compile report schema: %w", err)
	}
	return s, nil
}

// ValidateReport checks that data is a JSON document following the report
// schema. Beyond the schema it checks what a schema cannot say: every
// span (of a fact, a discrepancy variant or an entity mention) names an
// article of its story and its text is that article's text between its
// byte offsets; entity ids are unique within a story; and every entity a
// fact, discrepancy or variant refers to is one of its story's entities
// (of the fact's kind, for a fact); a fact's or an entity's
// independent_support is at least 1 and at most its support.
func ValidateReport(data []byte) error {
	s, err := Report()
	if err != nil {
		return err
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("parse report: %w", err)
	}
	if err := s.Validate(inst); err != nil {
		return fmt.Errorf("report does not follow the schema: %w", err)
	}
	var r struct {
		Stories []struct {
			ID       string `json:"id"`
			Articles []struct {
				ID       string `json:"id"`
				Text     string `json:"text"`
				Subheads []span `json:"subheads"`
				Removed  []struct {
					Text  string `json:"text"`
					Start *int   `json:"start"`
					End   *int   `json:"end"`
				} `json:"removed"`
			} `json:"articles"`
			Facts []struct {
				Kind    string `json:"kind"`
				Value   string `json:"value"`
				Entity  string `json:"entity"`
				Sources []span `json:"sources"`
				Support int    `json:"support"`
				// Independent is nil in reports written before it.
				Independent *int `json:"independent_support"`
			} `json:"facts"`
			Discrepancies []struct {
				Subject  string `json:"subject"`
				Entity   string `json:"entity"`
				Variants []struct {
					Entity  string `json:"entity"`
					Sources []span `json:"sources"`
				} `json:"variants"`
			} `json:"discrepancies"`
			Entities []struct {
				ID          string `json:"id"`
				Kind        string `json:"kind"`
				Mentions    []span `json:"mentions"`
				Support     int    `json:"support"`
				Independent *int   `json:"independent_support"`
			} `json:"entities"`
		} `json:"stories"`
	}
	if err := json.Unmarshal(data, &r); err != nil {
		return fmt.Errorf("decode report: %w", err)
	}
	for _, st := range r.Stories {
		texts := map[string]string{}
		var spans []span
		for _, a := range st.Articles {
			texts[a.ID] = a.Text
			spans = append(spans, a.Subheads...)
			for _, r := range a.Removed {
				// a removal is placed where it was cut: start == end, an
				// offset of the text (older reports carry neither)
				if (r.Start == nil) != (r.End == nil) || r.Start != nil && (*r.Start != *r.End || *r.Start < 0 || *r.Start > len(a.Text)) {
					return fmt.Errorf("story %s: removal %q of article %s is not placed at an offset of its text", st.ID, r.Text, a.ID)
				}
			}
		}
		for _, f := range st.Facts {
			spans = append(spans, f.Sources...)
			if !independentFits(f.Independent, f.Support) {
				return fmt.Errorf("story %s: %s fact %q has independent_support %d beside support %d", st.ID, f.Kind, f.Value, *f.Independent, f.Support)
			}
		}
		for _, d := range st.Discrepancies {
			for _, v := range d.Variants {
				spans = append(spans, v.Sources...)
			}
		}
		kinds := map[string]string{}
		for _, e := range st.Entities {
			if _, dup := kinds[e.ID]; dup {
				return fmt.Errorf("story %s: two entities have id %q", st.ID, e.ID)
			}
			kinds[e.ID] = e.Kind
			if !independentFits(e.Independent, e.Support) {
				return fmt.Errorf("story %s: entity %s has independent_support %d beside support %d", st.ID, e.ID, *e.Independent, e.Support)
			}
			spans = append(spans, e.Mentions...)
		}
		for _, f := range st.Facts {
			if f.Entity == "" {
				continue
			}
			k, ok := kinds[f.Entity]
			if !ok {
				return fmt.Errorf("story %s: %s fact %q refers to entity %q which is not in its story", st.ID, f.Kind, f.Value, f.Entity)
			}
			if k != f.Kind {
				return fmt.Errorf("story %s: %s fact %q refers to entity %q of kind %s", st.ID, f.Kind, f.Value, f.Entity, k)
			}
		}
		for _, d := range st.Discrepancies {
			refs := []string{d.Entity}
			for _, v := range d.Variants {
				refs = append(refs, v.Entity)
			}
			for _, id := range refs {
				if _, ok := kinds[id]; id != "" && !ok {
					return fmt.Errorf("story %s: discrepancy %q refers to entity %q which is not in its story", st.ID, d.Subject, id)
				}
			}
		}
		for _, sp := range spans {
			t, ok := texts[sp.Article]
			if !ok {
				return fmt.Errorf("span names article %q which is not in its story", sp.Article)
			}
			if !text.ValidSpan(t, crosswire.Span(sp)) {
				return fmt.Errorf("span %q [%d:%d] does not match the text of article %s", sp.Text, sp.Start, sp.End, sp.Article)
			}
		}
	}
	return nil
}

type span struct {
	Article string `json:"article"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// independentFits reports whether an independent_support (nil: a report
// written before it) fits beside its support: lineages are versions
// collapsed further, never more than the versions, and one at least when
// any.
func independentFits(independent *int, support int) bool {
	return independent == nil || *independent <= support && *independent >= min(1, support)
}
