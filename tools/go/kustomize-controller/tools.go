//go:build tools

// Package tools pins kustomize-controller v1.9.4: `go build github.com/fluxcd/kustomize-controller` in this folder.
package tools

import _ "github.com/fluxcd/kustomize-controller"
