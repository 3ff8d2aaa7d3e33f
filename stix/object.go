// Package stix exports crosswire's attribution findings as STIX 2.1 bundles
// for threat-intelligence platforms: one report per story, the threat
// groups and actors, the identities of victims, accusers and states, the
// relationships between them with a confidence derived from how many
// independent versions state them, notes carrying the discrepancies between
// versions, and opinions for denials. README.md documents the mapping, the
// confidence scale, the deterministic ids and the custom relationship types.
//
// Objects are plain structs encoded with encoding/json rather than built
// with a STIX library, so ids and timestamps are deterministic and custom
// properties and relationship types need no workarounds; every bundle is
// checked against the official OASIS JSON Schemas in the tests (Validator).
package stix

import (
	"encoding/json"
	"fmt"
	"time"
)

// SpecVersion is the STIX version of every object written.
const SpecVersion = "2.1"

// Timestamp is a STIX timestamp: RFC 3339 in UTC with millisecond
// precision, as the schemas require for created and modified.
type Timestamp struct{ time.Time }

const timestampLayout = "2006-01-02T15:04:05.000Z"

// MarshalJSON writes the timestamp in UTC with milliseconds.
func (t Timestamp) MarshalJSON() ([]byte, error) {
	return json.Marshal(t.UTC().Format(timestampLayout))
}

// UnmarshalJSON reads any RFC 3339 timestamp.
func (t *Timestamp) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("stix timestamp: %w", err)
	}
	v, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return fmt.Errorf("stix timestamp %q: %w", s, err)
	}
	t.Time = v
	return nil
}

// ExternalReference points outside STIX: here, to each version of a story.
type ExternalReference struct {
	SourceName  string `json:"source_name"`
	Description string `json:"description,omitempty"`
	URL         string `json:"url,omitempty"`
	ExternalID  string `json:"external_id,omitempty"`
}

// Source is the custom x_crosswire_sources entry: a span of an article's
// clean text that states what the object says.
type Source struct {
	Article string `json:"article"`
	Outlet  string `json:"outlet,omitempty"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Object is one STIX Domain or Relationship Object. It holds the union of
// the properties crosswire writes; empty properties are omitted, so each
// object carries only those of its type.
type Object struct {
	Type               string              `json:"type"`
	SpecVersion        string              `json:"spec_version"`
	ID                 string              `json:"id"`
	CreatedByRef       string              `json:"created_by_ref,omitempty"`
	Created            Timestamp           `json:"created"`
	Modified           Timestamp           `json:"modified"`
	Name               string              `json:"name,omitempty"`
	Description        string              `json:"description,omitempty"`
	Confidence         *int                `json:"confidence,omitempty"`
	Labels             []string            `json:"labels,omitempty"`
	ExternalReferences []ExternalReference `json:"external_references,omitempty"`

	// report
	ReportTypes []string   `json:"report_types,omitempty"`
	Published   *Timestamp `json:"published,omitempty"`
	// report, note, opinion
	ObjectRefs []string `json:"object_refs,omitempty"`

	// identity
	IdentityClass string   `json:"identity_class,omitempty"`
	Sectors       []string `json:"sectors,omitempty"`
	// threat-actor
	ThreatActorTypes []string `json:"threat_actor_types,omitempty"`
	// threat-actor, intrusion-set, campaign
	Aliases   []string   `json:"aliases,omitempty"`
	FirstSeen *Timestamp `json:"first_seen,omitempty"`
	// location
	Country string `json:"country,omitempty"`
	// malware
	IsFamily     *bool    `json:"is_family,omitempty"`
	MalwareTypes []string `json:"malware_types,omitempty"`
	// indicator
	Pattern     string     `json:"pattern,omitempty"`
	PatternType string     `json:"pattern_type,omitempty"`
	ValidFrom   *Timestamp `json:"valid_from,omitempty"`

	// relationship
	RelationshipType string `json:"relationship_type,omitempty"`
	SourceRef        string `json:"source_ref,omitempty"`
	TargetRef        string `json:"target_ref,omitempty"`

	// note
	Abstract string `json:"abstract,omitempty"`
	Content  string `json:"content,omitempty"`
	// note, opinion
	Authors []string `json:"authors,omitempty"`
	// opinion
	Opinion     string `json:"opinion,omitempty"`
	Explanation string `json:"explanation,omitempty"`

	// Custom properties (STIX 2.1 §11.1: lower-case, x_ prefix by
	// convention).
	XStory   string `json:"x_crosswire_story,omitempty"`
	XSupport int    `json:"x_crosswire_support,omitempty"`
	// XIndependentSupport is how many independent sources state the
	// finding: the lineages of its versions (crosscheck.Lineages: a
	// rewrite or a translation counts with what it derives from), the
	// count the confidence is read from; XSupport counts the versions
	// (copies and excerpts collapsed), as the JSON report's support does.
	XIndependentSupport int      `json:"x_crosswire_independent_support,omitempty"`
	XSources            []Source `json:"x_crosswire_sources,omitempty"`
	// XContested lists why a relationship's confidence was capped.
	XContested []string `json:"x_crosswire_contested,omitempty"`
	// XHedged marks an attribution every version states hedged ("is
	// believed to be behind"): an assessment, not an assertion.
	XHedged  bool     `json:"x_crosswire_hedged,omitempty"`
	XActions []string `json:"x_crosswire_actions,omitempty"`
	// XAttributedBy lists the identities that make an attribution.
	XAttributedBy []string `json:"x_crosswire_attributed_by,omitempty"`
	// XClaimFacts are the values of the JSON report's claim facts the
	// finding rests on (read from the same verb; their versions count in
	// x_crosswire_support and their spans are in x_crosswire_sources).
	XClaimFacts []string `json:"x_crosswire_claim_facts,omitempty"`
	// XQuoteFacts are the values of the JSON report's quotation facts
	// the finding rests on: what the accuser, denier or authority says
	// (their versions count in x_crosswire_support and their spans are in
	// x_crosswire_sources).
	XQuoteFacts []string `json:"x_crosswire_quote_facts,omitempty"`
}

// Bundle is a STIX 2.1 bundle.
type Bundle struct {
	Type    string   `json:"type"`
	ID      string   `json:"id"`
	Objects []Object `json:"objects"`
}

// HasIncident reports whether a bundle tells a cyber incident: a campaign,
// an intrusion set or a threat actor. A story exported alone without one
// still gets its report and notes (Exporter.Export).
func HasIncident(b *Bundle) bool {
	for i := range b.Objects {
		switch b.Objects[i].Type {
		case "campaign", "intrusion-set", "threat-actor":
			return true
		}
	}
	return false
}

// HasArtefacts reports whether a bundle holds a malware, vulnerability or
// indicator object.
func HasArtefacts(b *Bundle) bool {
	for i := range b.Objects {
		switch b.Objects[i].Type {
		case "malware", "vulnerability", "indicator":
			return true
		}
	}
	return false
}

// Object returns the object with the given id, or nil.
func (b *Bundle) Object(id string) *Object {
	for i := range b.Objects {
		if b.Objects[i].ID == id {
			return &b.Objects[i]
		}
	}
	return nil
}

// Read decodes a bundle written by Write (or any STIX 2.1 bundle whose
// objects use the properties of Object).
func Read(data []byte) (*Bundle, error) {
	var b Bundle
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("read stix bundle: %w", err)
	}
	if b.Type != "bundle" {
		return nil, fmt.Errorf("read stix bundle: type %q, want bundle", b.Type)
	}
	return &b, nil
}
