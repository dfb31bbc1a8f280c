// Command mail-address answers, for each line of its standard input, whether Go's net/mail accepts it
// the way Alertmanager v0.28.1 reads an e-mail receiver's `from` and `to` (notify/email/email.go:
// mail.ParseAddressList). `amtool check-config` does not parse addresses (config/notifiers.go only
// checks that `to` is set), so a bad address is only found when the first alert is sent.
//
//	mail-address version
//	mail-address < lines      prints "ok <n>" or "error <n> <message>" per line, n counting from 1
package main

import (
	"bufio"
	"fmt"
	"net/mail"
	"os"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "version" {
		fmt.Println("mail-address 1")
		return
	}
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for n := 1; in.Scan(); n++ {
		if _, err := mail.ParseAddressList(in.Text()); err != nil {
			fmt.Fprintf(out, "error %d %s\n", n, err)
		} else {
			fmt.Fprintf(out, "ok %d\n", n)
		}
	}
}
