//go:build tools

// Package tools pins the ECK operator: `go build github.com/elastic/cloud-on-k8s/v3/cmd` in this folder.
package tools

import _ "github.com/elastic/cloud-on-k8s/v3/cmd"
