//go:build tools

// Package tools pins prometheus-operator: `go build github.com/prometheus-operator/prometheus-operator/cmd/operator` in this folder.
package tools

import _ "github.com/prometheus-operator/prometheus-operator/cmd/operator"
