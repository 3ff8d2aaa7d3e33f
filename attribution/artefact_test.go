package attribution

import (
	"context"
	"slices"
	"strings"
	"testing"

	"crosswire"
)

// All text below is invented for these tests.

// extractText reads one fictional article as a story of its own.
func extractText(t *testing.T, texts ...string) *Incident {
	t.Helper()
	s := &crosswire.Story{ID: "s-test"}
	for i, txt := range texts {
		s.Articles = append(s.Articles, crosswire.Article{ID: "a" + string(rune('0'+i)), Text: txt})
	}
	inc, err := New().Extract(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	return inc
}

// A malware family is a name written beside a noun of malicious software;
// a platform, a vendor, a state's adjective, a short acronym, a
// descriptive compound or a word of the trade beside the noun is none.
func TestMalwareNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "Name:type" ("Name:" when no type)
	}{
		{"name before the noun", "Staff at the mill found the Quillfire ransomware on two billing servers.", []string{"Quillfire:ransomware"}},
		{"name after a naming cue", "The break-in was traced to a trojan dubbed Mossback that hid in a printer driver.", []string{"Mossback:trojan"}},
		{"quoted name", "Investigators said the 'Greywick' backdoor let the intruders return for weeks.", []string{"Greywick:backdoor"}},
		{"botnet and generic malware", "The Brindle botnet grew to forty thousand routers. Later the Brindle malware added a miner.", []string{"Brindle:bot"}},
		{"camel case after a comma and cue", "The crew spread mobile malware, called velTrap, through a fake ferry timetable app.", []string{"velTrap:"}},
		{"platform", "Owners of Android phones were warned. Android malware is spreading through a fake game.", nil},
		{"descriptive compound", "Criminals rented out Windows-based malware and harvest-themed ransomware on a forum.", nil},
		{"short acronym", "Retailers fear a new wave of POS malware before the holidays.", nil},
		{"a state's adjective", "Estmark's Foreign Ministry denied the report. The Estmarkian spyware was found on two phones.", nil},
		{"the trade after the noun", "The Velmora spyware maker denied selling to the ministry.", nil},
		{"vendor speaking", "Tessel said the attack was contained. The Tessel malware scanner flagged nothing.", nil},
		{"figure and date", "The 2031 ransomware wave peaked in March ransomware reports.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inc := extractText(t, tc.text)
			var got []string
			for _, m := range inc.Malware {
				got = append(got, m.Name+":"+strings.Join(m.Types, ","))
				for _, sp := range m.Sources {
					if !strings.Contains(sp.Text, m.Name) {
						t.Errorf("source %q does not hold the name %q", sp.Text, m.Name)
					}
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("malware %q, want %q", got, tc.want)
			}
		})
	}
}

// CVE ids and indicators: a dotted figure is an address only where the
// sentence names addresses and outside private and documentation ranges; a
// domain only defanged; a hash only where the sentence names a hash.
func TestVulnerabilitiesAndIndicators(t *testing.T) {
	const hash = "7f7ea646ae11cd56a764c29b82d4c34a7003294d25154a04d314ee4befa7ac1d"
	tests := []struct {
		name, text string
		cves, inds []string
	}{
		{"cve", "The gateway flaw, tracked as CVE-2031-40123, was patched; cve-2030-0042 was not.", []string{"CVE-2031-40123", "CVE-2030-0042"}, nil},
		{"cve with a leading zero in a long number", "The entry CVE-2031-01234 is malformed.", nil, nil},
		{"address named as one", "The implant called home to the IP address 45.77.201.19 every hour.", nil, []string{"ipv4-addr|45.77.201.19"}},
		{"defanged address", "Traffic went to 45.77.201[.]20 at night.", nil, []string{"ipv4-addr|45.77.201.20"}},
		{"version number", "Version 4.2.0.1 of the gateway fixes the flaw on every server address.", nil, nil},
		{"private and documentation addresses", "The IP address 192.168.4.20 and the address 203.0.113.9 are examples.", nil, nil},
		{"defanged domain", "Stolen files were sent to quill-pay[.]example and to mirror(.)quill-pay[.]example.", nil, []string{"domain-name|quill-pay.example", "domain-name|mirror.quill-pay.example"}},
		{"e-mail address and a domain cut short", "Write to abuse@quill-pay[.]example; the loader fetched from tunes[dot]quill-pay[dotcom].", nil, nil},
		{"plain domain", "Readers can check the vendor's advice at quill-pay.example today.", nil, nil},
		{"hash", "The office published the SHA-256 hash " + hash + " of the sample.", nil, []string{"SHA-256|" + hash}},
		{"hex without a hash named", "Ticket " + hash + " was closed.", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inc := extractText(t, tc.text)
			var cves, inds []string
			for _, v := range inc.Vulnerabilities {
				cves = append(cves, v.ID)
			}
			for _, i := range inc.Indicators {
				inds = append(inds, i.Kind+"|"+i.Value)
			}
			if !slices.Equal(cves, tc.cves) || !slices.Equal(inds, tc.inds) {
				t.Errorf("cves %q indicators %q, want %q %q", cves, inds, tc.cves, tc.inds)
			}
		})
	}
}

// Two versions naming one family count as two; a sentence naming the
// family and a CVE id pairs them, one naming the family and an indicator
// too.
func TestArtefactsAlignAndPair(t *testing.T) {
	inc := extractText(t,
		"The Quillfire ransomware locked the mill's servers. Quillfire exploits CVE-2031-40123 in the gateway. The Quillfire sample beaconed to the IP address 45.77.201.19.",
		"A new strain, the Quillfire ransomware, hit the mill on Monday. It went through an unpatched gateway.")
	if len(inc.Malware) != 1 {
		t.Fatalf("malware %+v, want one family", inc.Malware)
	}
	m := inc.Malware[0]
	if m.Support != 2 || !m.Lead {
		t.Errorf("support %d lead %v, want 2 true", m.Support, m.Lead)
	}
	if len(m.Exploits) != 1 || m.Exploits[0].Name != "CVE-2031-40123" {
		t.Errorf("exploits %+v, want CVE-2031-40123", m.Exploits)
	}
	if len(inc.Indicators) != 1 || !slices.Equal(inc.Indicators[0].Malware, []string{"Quillfire"}) {
		t.Errorf("indicators %+v, want one naming Quillfire", inc.Indicators)
	}
	if got := inc.Indicators[0].Pattern(); got != "[ipv4-addr:value = '45.77.201.19']" {
		t.Errorf("pattern %q", got)
	}
}
