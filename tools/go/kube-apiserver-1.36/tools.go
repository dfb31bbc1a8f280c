//go:build tools

// Package tools pins kube-apiserver 1.36.3: `go build k8s.io/kubernetes/cmd/kube-apiserver` in this folder.
package tools

import _ "k8s.io/kubernetes/cmd/kube-apiserver"
