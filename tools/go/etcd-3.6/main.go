// Command etcd runs the etcd 3.6.8 server (etcdmain.Main, as upstream's own etcd command does).
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() { etcdmain.Main(os.Args) }
