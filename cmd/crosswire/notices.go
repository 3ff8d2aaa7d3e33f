package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"crosswire/attack"
	"crosswire/group"
)

// noticesCmd prints the copyright notices and licences of the third-party
// data built into the binary, which its licences require to ship with it.
func (a *app) noticesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "notices",
		Short: "Print the notices and licences of the data built into the binary",
		Long: `notices prints the copyright notices and licences of the third-party data crosswire
embeds: MITRE ATT&CK's threat groups (the STIX export's alias table) and the word lists
grouping's background frequencies are derived from (jieba's Chinese document
frequencies, stopwords-iso's Malay list).`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintf(a.stdout, "MITRE ATT&CK (attack/NOTICE-ATTACK.txt)\n\n%s\n\n%s", attack.Notice(), group.BackgroundNotice())
			return err
		},
	}
}
