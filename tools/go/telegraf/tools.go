//go:build tools

// Package tools pins Telegraf: `go build github.com/influxdata/telegraf/cmd/telegraf` in this folder.
package tools

import _ "github.com/influxdata/telegraf/cmd/telegraf"
