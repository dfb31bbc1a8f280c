// A Go program of ours, built as the mail-address tool (tools/index.ts): Go's net/mail, the parser
// Alertmanager's e-mail notifier reads its addresses with, for the environment-schema tests.
module observability-platform/tools/mail-address

go 1.26.0
