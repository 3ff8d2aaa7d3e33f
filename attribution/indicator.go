package attribution

import (
	"regexp"
	"strconv"
	"strings"

	"crosswire"
	"crosswire/text"
)

// Vulnerability is a CVE id the versions name.
type Vulnerability struct {
	// ID is the CVE id, upper case ("CVE-2031-0042").
	ID      string           `json:"id"`
	Support int              `json:"support"`
	Sources []crosswire.Span `json:"sources"`
}

// Indicator is a technical indicator a version writes: an IPv4 address
// named as one, a domain written defanged ("bad[.]example"), a file hash
// named as one.
type Indicator struct {
	// Kind is what the value is: "ipv4-addr", "domain-name", "MD5",
	// "SHA-1" or "SHA-256".
	Kind  string `json:"kind"`
	Value string `json:"value"`
	// Malware are the malware families named in a sentence with it.
	Malware []string         `json:"malware,omitempty"`
	Support int              `json:"support"`
	Sources []crosswire.Span `json:"sources"`
}

// Pattern is the indicator's STIX 2.1 pattern.
func (i Indicator) Pattern() string {
	switch i.Kind {
	case "ipv4-addr", "domain-name":
		return "[" + i.Kind + ":value = '" + i.Value + "']"
	case "MD5":
		return "[file:hashes.MD5 = '" + i.Value + "']"
	}
	return "[file:hashes.'" + i.Kind + "' = '" + i.Value + "']"
}

var (
	// the year and number of a CVE id: the number has four digits, or
	// more without a leading zero (the CVE format since 2014)
	reCVE = regexp.MustCompile(`(?i)\bCVE-((?:19|20)\d\d)-(0\d{3}|[1-9]\d{3,6})\b`)
	// an IPv4 address, its dots possibly defanged ("203.0.113[.]7")
	reIPv4 = regexp.MustCompile(`\b(\d{1,3})(\.|\[\.\])(\d{1,3})(\.|\[\.\])(\d{1,3})(\.|\[\.\])(\d{1,3})\b`)
	// a sentence that writes an address as a network address ("the IP
	// address", "a command-and-control server at")
	reAddressCue = regexp.MustCompile(`\b(?:IPs?|IPv4|[Aa]ddress(?:es)?|C2|C&C|[Cc]ommand[- ]and[- ]control)\b`)
	// a version number is no address ("version 4.1.0.12", "versions
	// 4.1.0.12 and 4.2.0.1", "Product 4.1.0.12 update")
	reVersionBefore = regexp.MustCompile(`(?i)(?:\bversions?|\bv|\bbuild|\brelease)\s*$`)
	reVersionCue    = regexp.MustCompile(`(?i)\b(?:versions?|releases?|builds?|updates?|patch(?:ed|es)?|upgrade)\b`)
	// a domain written defanged ("bad[.]example", "c2(.)example[.]net"):
	// labels joined by dots, at least one of them in brackets
	reDefangedDomain = regexp.MustCompile(`(?i)\b((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\[\.\]|\(\.\)|\[dot\]|\.))+[a-z]{2,24})\b`)
	// a file hash: 32, 40 or 64 hexadecimal digits, in a sentence naming
	// a hash
	reHex     = regexp.MustCompile(`\b[0-9a-fA-F]{32}(?:[0-9a-fA-F]{8})?(?:[0-9a-fA-F]{24})?\b`)
	reHashCue = regexp.MustCompile(`(?i)\b(?:MD5|SHA-?1|SHA-?256|hash(?:es)?|checksums?)\b`)
	reDefang  = regexp.MustCompile(`\[\.\]|\(\.\)|\[dot\]`)
)

// vulnerabilities reads the CVE ids article a names.
func vulnerabilities(a *crosswire.Article) []crosswire.Span {
	var out []crosswire.Span
	for _, m := range reCVE.FindAllStringIndex(a.Text, -1) {
		out = append(out, crosswire.Span{Article: a.ID, Start: m[0], End: m[1], Text: a.Text[m[0]:m[1]]})
	}
	return out
}

// indicatorMention is one indicator written in an article.
type indicatorMention struct {
	kind, value string
	span        crosswire.Span
	sentence    crosswire.Span
}

// indicators reads the technical indicators article a writes: addresses
// only in a sentence that names them as network addresses (a dotted
// figure may be a version), outside the private, loopback and reserved
// ranges (examples and home networks, no indicator); domains only
// defanged (a plain domain is a website the report names); hashes only in
// a sentence naming a hash.
func indicators(a *crosswire.Article) []indicatorMention {
	var out []indicatorMention
	for _, s := range text.Of(a) {
		st := a.Text[s.Start:s.End]
		add := func(kind, value string, m []int) {
			out = append(out, indicatorMention{kind: kind, value: value, sentence: s,
				span: crosswire.Span{Article: a.ID, Start: s.Start + m[0], End: s.Start + m[1], Text: st[m[0]:m[1]]}})
		}
		for _, m := range reIPv4.FindAllStringSubmatchIndex(st, -1) {
			defanged := false
			var oct [4]int
			ok := true
			for i, g := range []int{2, 6, 10, 14} {
				n, err := strconv.Atoi(st[m[g]:m[g+1]])
				if err != nil || n > 255 || len(st[m[g]:m[g+1]]) > 1 && st[m[g]] == '0' {
					ok = false
				}
				oct[i] = n
			}
			for _, g := range []int{4, 8, 12} {
				defanged = defanged || st[m[g]:m[g+1]] != "."
			}
			if !ok || !publicIPv4(oct) || reVersionBefore.MatchString(st[:m[0]]) || !defanged && (!reAddressCue.MatchString(st) || reVersionCue.MatchString(st)) {
				continue
			}
			// a longer dotted figure ("1.2.3.4.5") is no address
			if m[1] < len(st)-1 && st[m[1]] == '.' && st[m[1]+1] >= '0' && st[m[1]+1] <= '9' || m[0] > 0 && st[m[0]-1] == '.' {
				continue
			}
			add("ipv4-addr", strings.Join([]string{st[m[2]:m[3]], st[m[6]:m[7]], st[m[10]:m[11]], st[m[14]:m[15]]}, "."), m[:2])
		}
		for _, m := range reDefangedDomain.FindAllStringSubmatchIndex(st, -1) {
			if !reDefang.MatchString(st[m[2]:m[3]]) {
				continue // a website's name, written to be read
			}
			if m[2] > 0 && st[m[2]-1] == '@' || m[3] < len(st) && (st[m[3]] == '[' || st[m[3]] == '-') {
				// an e-mail address's domain (a contact, not an
				// indicator), or a name whose end is defanged in a way
				// not read ("x[dot]example[dotcom]"): its value would be
				// cut short
				continue
			}
			v := strings.ToLower(reDefang.ReplaceAllString(st[m[2]:m[3]], "."))
			if reIPv4.MatchString(st[m[2]:m[3]]) {
				continue // an address, read above
			}
			add("domain-name", v, m[2:4])
		}
		if reHashCue.MatchString(st) {
			for _, m := range reHex.FindAllStringIndex(st, -1) {
				h := st[m[0]:m[1]]
				if !strings.ContainsAny(h, "0123456789") || !strings.ContainsAny(strings.ToLower(h), "abcdef") {
					continue
				}
				kind := map[int]string{32: "MD5", 40: "SHA-1", 64: "SHA-256"}[len(h)]
				add(kind, strings.ToLower(h), m)
			}
		}
	}
	return out
}

// publicIPv4 reports whether an address is routable on the internet: not
// in 0/8, 10/8, 127/8, 169.254/16, 172.16/12, 192.168/16, 100.64/10, the
// documentation ranges, multicast or reserved.
func publicIPv4(o [4]int) bool {
	switch {
	case o[0] == 0, o[0] == 10, o[0] == 127, o[0] >= 224:
		return false
	case o[0] == 169 && o[1] == 254, o[0] == 172 && o[1] >= 16 && o[1] < 32, o[0] == 192 && o[1] == 168:
		return false
	case o[0] == 100 && o[1] >= 64 && o[1] < 128:
		return false
	case o[0] == 192 && o[1] == 0 && o[2] == 2, o[0] == 198 && o[1] == 51 && o[2] == 100, o[0] == 203 && o[1] == 0 && o[2] == 113:
		return false
	}
	return true
}
