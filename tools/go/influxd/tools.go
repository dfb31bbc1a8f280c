//go:build tools

// Package tools pins influxd: `go build github.com/influxdata/influxdb/cmd/influxd` in this folder.
package tools

import _ "github.com/influxdata/influxdb/cmd/influxd"
