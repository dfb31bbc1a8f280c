// Command kafka-fake is the Kafka stand-in of the metrics-path tests: franz-go's kfake (a Go
// implementation of the Kafka protocol, SASL/SCRAM and TLS included) on loopback, plus a consumer
// that prints what a topic holds.
//
//	kafka-fake version
//	kafka-fake ca      -dir D
//	kafka-fake serve   -port P -dir D -topic T [-topic T2 ...] [-partitions N] (-user name=password ... [-sasl-plaintext] | -plaintext)
//	kafka-fake consume -broker host:port -dir D -user name=password -topic T [-idle 3s] [-sasl-plaintext]
//
// `serve` listens with TLS (a CA and a server certificate for 127.0.0.1 are created in D on first
// use and reused, so clients keep trusting a restarted broker; clients read D/ca.crt), accepts
// SCRAM-SHA-512 for every -user, keeps its log in D/data (a restart on the same port finds the
// records and committed group offsets again), seeds only -topic (no automatic topic creation, so a
// client writing to another topic fails; -topic repeats), prints "listening <addr>" and runs until SIGTERM.
// SaslHandshake v0 is advertised but not served: a client speaking the 0.10 protocol cannot log in.
//
// `-plaintext` serves without TLS and without SASL and needs no -user. Version 2 added -plaintext,
// repeated -topic and SaslHandshake advertised as 0-1 (see advertiseSaslHandshakeV0), without which
// librdkafka, Fluent Bit's Kafka client, cannot log in.
//
// `-sasl-plaintext` serves SCRAM-SHA-512 without TLS, as a Strimzi plain listener with SCRAM
// authentication does (dev's `logPipeline.kafkaListener: plain`, librdkafka's SASL_PLAINTEXT). kfake
// keeps the two apart (kfake/config.go: EnableSASL and TLS are separate options). Version 3 added it.
//
// `ca` only creates D/ca.crt (and the server certificate), for checks that need a CA file.
//
// `consume` reads the topic from the beginning without a group and prints every record value on
// its own line, stopping once no record arrived for -idle.
package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"
	"github.com/twmb/franz-go/pkg/sasl/scram"
)

// version is what `kafka-fake version` prints; tools/index.ts checks it. Raise it when the
// command's interface changes.
const version = "kafka-fake 3"

const mechanism = "SCRAM-SHA-512"

type users map[string]string

func (u users) String() string { return fmt.Sprint(len(u)) }
func (u users) Set(v string) error {
	name, password, ok := strings.Cut(v, "=")
	if !ok || name == "" || password == "" {
		return fmt.Errorf("-user %q: want name=password", v)
	}
	u[name] = password
	return nil
}

type topicList []string

func (t *topicList) String() string { return strings.Join(*t, ",") }
func (t *topicList) Set(v string) error {
	if v == "" {
		return errors.New("-topic needs a name")
	}
	*t = append(*t, v)
	return nil
}

func main() {
	if len(os.Args) < 2 {
		fail(errors.New("usage: kafka-fake version | ca | serve | consume"))
	}
	var err error
	switch os.Args[1] {
	case "version", "--version":
		fmt.Println(version)
	case "ca":
		fs := flag.NewFlagSet("ca", flag.ExitOnError)
		dir := fs.String("dir", "", "folder for ca.crt")
		_ = fs.Parse(os.Args[2:])
		if *dir == "" {
			fail(errors.New("ca needs -dir"))
		}
		_, err = serverCertificate(*dir)
	case "serve":
		err = serve(os.Args[2:])
	case "consume":
		err = consume(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "kafka-fake:", err)
	os.Exit(1)
}

func serve(args []string) error {
	fs := flag.NewFlagSet("serve", flag.ExitOnError)
	port := fs.Int("port", 0, "listen port on 127.0.0.1")
	dir := fs.String("dir", "", "folder for the CA, the server certificate and the log")
	var topics topicList
	fs.Var(&topics, "topic", "a topic to serve (repeatable)")
	partitions := fs.Int("partitions", 3, "partitions of each topic")
	plaintext := fs.Bool("plaintext", false, "no TLS and no SASL")
	saslPlaintext := fs.Bool("sasl-plaintext", false, "SCRAM-SHA-512 without TLS")
	us := users{}
	fs.Var(us, "user", "name=password of a SCRAM-SHA-512 user (repeatable)")
	_ = fs.Parse(args)
	if *port == 0 || *dir == "" || len(topics) == 0 || (len(us) == 0 && !*plaintext) {
		return errors.New("serve needs -port, -dir, -topic and at least one -user (or -plaintext)")
	}
	opts := []kfake.Opt{
		kfake.Ports(*port),
		kfake.ListenFn(func(network, _ string) (net.Listener, error) {
			return net.Listen(network, fmt.Sprintf("127.0.0.1:%d", *port))
		}),
		kfake.DataDir(filepath.Join(*dir, "data")),
		kfake.SeedTopics(int32(*partitions), topics...),
	}
	if *plaintext && *saslPlaintext {
		return errors.New("-plaintext (no SASL) and -sasl-plaintext exclude each other")
	}
	if !*plaintext {
		// The CA is made either way: clients of a SASL_PLAINTEXT listener ignore it, checks still read D/ca.crt.
		cert, err := serverCertificate(*dir)
		if err != nil {
			return err
		}
		if !*saslPlaintext {
			opts = append(opts, kfake.TLS(&tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}))
		}
		opts = append(opts, kfake.EnableSASL())
		for name, password := range us {
			opts = append(opts, kfake.Superuser(mechanism, name, password))
		}
	}
	cluster, err := kfake.NewCluster(opts...)
	if err != nil {
		return err
	}
	if !*plaintext {
		if err := advertiseSaslHandshakeV0(cluster, *dir, !*saslPlaintext); err != nil {
			return err
		}
	}
	fmt.Println("listening", strings.Join(cluster.ListenAddrs(), ","))
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	<-stop
	cluster.Close()
	return nil
}

// advertiseSaslHandshakeV0 makes the cluster's ApiVersions list SaslHandshake as 0-1, as Kafka
// brokers do, where kfake lists 1-1. librdkafka 2.10.1 (Fluent Bit's Kafka client) starts a SASL login
// only when the broker's range includes v0 (src/rdkafka_feature.c, RD_KAFKA_FEATURE_SASL_HANDSHAKE),
// then sends the highest version both know, v1, which kfake serves as it is. The response is kfake's
// own, asked once over a client connection, with only that range changed.
func advertiseSaslHandshakeV0(cluster *kfake.Cluster, dir string, overTLS bool) error {
	clientOpts := []kgo.Opt{kgo.SeedBrokers(cluster.ListenAddrs()...)}
	if overTLS {
		pem, err := os.ReadFile(filepath.Join(dir, "ca.crt"))
		if err != nil {
			return err
		}
		pool := x509.NewCertPool()
		pool.AppendCertsFromPEM(pem)
		clientOpts = append(clientOpts, kgo.DialTLSConfig(&tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}))
	}
	client, err := kgo.NewClient(clientOpts...)
	if err != nil {
		return err
	}
	defer client.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	own, err := kmsg.NewPtrApiVersionsRequest().RequestWith(ctx, client)
	if err != nil {
		return fmt.Errorf("asking our own ApiVersions: %w", err)
	}
	keys := slices.Clone(own.ApiKeys)
	for i := range keys {
		if keys[i].ApiKey == int16(kmsg.SASLHandshake) {
			keys[i].MinVersion = 0
		}
	}
	cluster.ControlKey(int16(kmsg.ApiVersions), func(r kmsg.Request) (kmsg.Response, error, bool) {
		cluster.KeepControl()
		req := r.(*kmsg.ApiVersionsRequest)
		if req.Version > own.Version {
			return nil, nil, false // kfake answers a version above its own (KIP-511) itself
		}
		resp := req.ResponseKind().(*kmsg.ApiVersionsResponse)
		resp.ApiKeys = slices.Clone(keys)
		resp.SupportedFeatures = own.SupportedFeatures
		resp.FinalizedFeaturesEpoch = own.FinalizedFeaturesEpoch
		resp.FinalizedFeatures = own.FinalizedFeatures
		return resp, nil, true
	})
	return nil
}

func consume(args []string) error {
	fs := flag.NewFlagSet("consume", flag.ExitOnError)
	broker := fs.String("broker", "", "host:port")
	dir := fs.String("dir", "", "folder holding ca.crt")
	topic := fs.String("topic", "", "topic to read")
	idle := fs.Duration("idle", 3*time.Second, "stop after this long without a record")
	saslPlaintext := fs.Bool("sasl-plaintext", false, "SCRAM-SHA-512 without TLS")
	us := users{}
	fs.Var(us, "user", "name=password")
	_ = fs.Parse(args)
	if *broker == "" || *dir == "" || *topic == "" || len(us) != 1 {
		return errors.New("consume needs -broker, -dir, -topic and one -user")
	}
	pool := x509.NewCertPool()
	ca, err := os.ReadFile(filepath.Join(*dir, "ca.crt"))
	if err != nil {
		return err
	}
	pool.AppendCertsFromPEM(ca)
	var auth scram.Auth
	for name, password := range us {
		auth = scram.Auth{User: name, Pass: password}
	}
	opts := []kgo.Opt{
		kgo.SeedBrokers(*broker),
		kgo.SASL(auth.AsSha512Mechanism()),
		kgo.ConsumeTopics(*topic),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
	}
	if !*saslPlaintext {
		opts = append(opts, kgo.DialTLSConfig(&tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}))
	}
	client, err := kgo.NewClient(opts...)
	if err != nil {
		return err
	}
	defer client.Close()
	// A failed login never surfaces as a fetch error (the client keeps retrying until -idle): ask once.
	pingCtx, cancelPing := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancelPing()
	if err := client.Ping(pingCtx); err != nil {
		return fmt.Errorf("login to %s: %w", *broker, err)
	}
	for {
		ctx, cancel := context.WithTimeout(context.Background(), *idle)
		fetches := client.PollFetches(ctx)
		cancel()
		if errs := fetches.Errors(); len(errs) > 0 {
			for _, e := range errs {
				if !errors.Is(e.Err, context.DeadlineExceeded) {
					return fmt.Errorf("fetch %s/%d: %w", e.Topic, e.Partition, e.Err)
				}
			}
		}
		if fetches.NumRecords() == 0 {
			return nil
		}
		fetches.EachRecord(func(r *kgo.Record) { fmt.Println(strings.TrimRight(string(r.Value), "\n")) })
	}
}

// serverCertificate returns the broker's certificate, creating D/ca.crt and a certificate for
// 127.0.0.1 signed by it on first use.
func serverCertificate(dir string) (tls.Certificate, error) {
	certFile, keyFile := filepath.Join(dir, "server.crt"), filepath.Join(dir, "server.key")
	if cert, err := tls.LoadX509KeyPair(certFile, keyFile); err == nil {
		return cert, nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return tls.Certificate{}, err
	}
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, err
	}
	now := time.Now()
	caTemplate := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "kafka-fake CA"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTemplate, caTemplate, &caKey.PublicKey, caKey)
	if err != nil {
		return tls.Certificate{}, err
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, err
	}
	template := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}, DNSNames: []string{"localhost"},
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, template, caTemplate, &key.PublicKey, caKey)
	if err != nil {
		return tls.Certificate{}, err
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return tls.Certificate{}, err
	}
	pemOf := func(kind string, b []byte) []byte { return pem.EncodeToMemory(&pem.Block{Type: kind, Bytes: b}) }
	for file, body := range map[string][]byte{
		filepath.Join(dir, "ca.crt"): pemOf("CERTIFICATE", caDER),
		certFile:                     pemOf("CERTIFICATE", der),
		keyFile:                      pemOf("EC PRIVATE KEY", keyDER),
	} {
		if err := os.WriteFile(file, body, 0o600); err != nil {
			return tls.Certificate{}, err
		}
	}
	return tls.LoadX509KeyPair(certFile, keyFile)
}
