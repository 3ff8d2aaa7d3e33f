package stix

import (
	"fmt"
	"slices"
)

// artefacts adds the malware families, vulnerabilities and indicators the
// story names (attribution.Incident.Malware, Vulnerabilities, Indicators)
// and the relationships the STIX 2.1 specification lists between them and
// the story's objects:
//
//   - campaign uses malware: the malware a version names in its lead, the
//     incident the story reports;
//   - intrusion-set uses malware: a group of the story's edges named in a
//     sentence with the malware;
//   - malware exploits vulnerability: a CVE id named in a sentence with
//     the malware;
//   - indicator indicates malware: named in one sentence; else indicator
//     indicates the campaign, when the story has one.
//
// Each object lists the spans that name it (x_crosswire_sources), each
// relationship the sentences that pair its ends, with the confidence of
// their independent support.
func (b *builder) artefacts(sc *storyCtx, campaign string) {
	inc := sc.inc
	isTrue := true
	vulnID := map[string]string{}
	for _, v := range inc.Vulnerabilities {
		id := ID("vulnerability", "cve|"+v.ID)
		vulnID[v.ID] = id
		b.add(Object{Type: "vulnerability", ID: id, CreatedByRef: b.creator, Created: sc.created, Modified: sc.latest,
			Name: v.ID, Description: fmt.Sprintf("%s, named by %d %s of the story.", v.ID, v.Support, plural(v.Support, "version", "versions")),
			ExternalReferences: []ExternalReference{{SourceName: "cve", ExternalID: v.ID, URL: "https://www.cve.org/CVERecord?id=" + v.ID}},
			XSupport:           v.Support, XIndependentSupport: sc.independent(v.Support, v.Sources), XSources: sc.sources(v.Sources)})
		sc.refs = append(sc.refs, id)
	}
	malwareID := map[string]string{}
	for _, m := range inc.Malware {
		id := ID("malware", nameKey(m.Name))
		malwareID[m.Name] = id
		kinds := "malware"
		if len(m.Types) > 0 {
			kinds = m.Types[0]
		}
		b.add(Object{Type: "malware", ID: id, CreatedByRef: b.creator, Created: sc.created, Modified: sc.latest,
			Name: m.Name, IsFamily: &isTrue, MalwareTypes: append([]string(nil), m.Types...),
			Description: fmt.Sprintf("%s, named as %s by %d %s of the story.", m.Name, kinds, m.Support, plural(m.Support, "version", "versions")),
			XSupport:    m.Support, XIndependentSupport: sc.independent(m.Support, m.Sources), XSources: sc.sources(m.Sources)})
		sc.refs = append(sc.refs, id)
		if campaign != "" && m.Lead {
			conf := Confidence(sc.independent(m.Support, m.Sources), 0, false)
			b.relationship(sc, campaign, "uses", id, conf, m.Support, m.Sources, "The incident used "+m.Name+".", nil)
		}
		for _, e := range m.Exploits {
			if vid := vulnID[e.Name]; vid != "" {
				conf := Confidence(sc.independent(e.Support, e.Sources), 0, false)
				b.relationship(sc, id, "exploits", vid, conf, e.Support, e.Sources, m.Name+" exploits "+e.Name+".", nil)
			}
		}
		for _, u := range m.UsedBy {
			if u.Party == nil {
				continue
			}
			// only a group this story exports: a story exported for its
			// malware alone has none
			gid := intrusionSetID(*u.Party)
			if b.objects[gid] == nil || !slices.Contains(sc.refs, gid) {
				continue
			}
			conf := Confidence(sc.independent(u.Support, u.Sources), 0, false)
			b.relationship(sc, gid, "uses", id, conf, u.Support, u.Sources, u.Name+" uses "+m.Name+".", nil)
		}
	}
	for _, in := range inc.Indicators {
		id := ID("indicator", in.Kind+"|"+in.Value)
		from := sc.created
		b.add(Object{Type: "indicator", ID: id, CreatedByRef: b.creator, Created: sc.created, Modified: sc.latest,
			Name: in.Value, Pattern: in.Pattern(), PatternType: "stix", ValidFrom: &from,
			Description: fmt.Sprintf("%s (%s) written by %d %s of the story.", in.Value, in.Kind, in.Support, plural(in.Support, "version", "versions")),
			XSupport:    in.Support, XIndependentSupport: sc.independent(in.Support, in.Sources), XSources: sc.sources(in.Sources)})
		sc.refs = append(sc.refs, id)
		conf := Confidence(sc.independent(in.Support, in.Sources), 0, false)
		linked := false
		for _, name := range in.Malware {
			if mid := malwareID[name]; mid != "" {
				b.relationship(sc, id, "indicates", mid, conf, in.Support, in.Sources, in.Value+" indicates "+name+".", nil)
				linked = true
			}
		}
		if !linked && campaign != "" {
			b.relationship(sc, id, "indicates", campaign, conf, in.Support, in.Sources, in.Value+" indicates the incident.", nil)
		}
	}
}
