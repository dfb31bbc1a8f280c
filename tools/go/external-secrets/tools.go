//go:build tools

// Package tools pins External Secrets Operator: `go build github.com/external-secrets/external-secrets` in this folder.
package tools

import _ "github.com/external-secrets/external-secrets"
