//go:build tools

// Package tools pins kube-controller-manager and kube-scheduler 1.36.3:
// `go build k8s.io/kubernetes/cmd/kube-controller-manager` (or cmd/kube-scheduler) in this folder.
package tools

import (
	_ "k8s.io/kubernetes/cmd/kube-controller-manager"
	_ "k8s.io/kubernetes/cmd/kube-scheduler"
)
