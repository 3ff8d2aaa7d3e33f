package text

import (
	"net/url"
	"strings"
)

// OutletOfURL names the outlet an article's address belongs to: the host
// of the URL, in lower case, without "www." ("https://www.Example.com/a"
// is "example.com"); "" for an empty or unreadable address. Cleaning gives
// it to an article that names no outlet, and grouping reads it where an
// article arrives uncleaned.
func OutletOfURL(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
