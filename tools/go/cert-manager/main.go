// Our wiring of cert-manager v1.21.2's controllers, for the test cluster. The main of this program is
// ours; every controller, issuer and metric it runs is upstream's, from the root module
// github.com/cert-manager/cert-manager v1.21.2. Upstream's own main lives in the nested module
// .../cmd/controller, which the module proxy does not serve; this program was written after reading
// its cmd/controller/app/{controller.go,start.go} (release-1.21 branch) and follows its order: build a
// controller.ContextFactory, start the metrics server and the collectors, construct each enabled
// controller from controller.Known(), then start the informer factories. Left out on purpose: leader
// election (one instance in the tests), the healthz and pprof servers, TLS for metrics, the
// configuration file, the Gateway API shim, and the Vault and Venafi issuers (no environment declares
// one: the platform issues with SelfSigned, CA and ACME issuers only).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/pflag"
	"golang.org/x/sync/errgroup"
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/klog/v2"

	"github.com/cert-manager/cert-manager/pkg/controller"
	"github.com/cert-manager/cert-manager/pkg/controller/acmechallenges"
	"github.com/cert-manager/cert-manager/pkg/controller/acmeorders"
	ingresses "github.com/cert-manager/cert-manager/pkg/controller/certificate-shim/ingresses"
	"github.com/cert-manager/cert-manager/pkg/controller/certificaterequests/acme"
	"github.com/cert-manager/cert-manager/pkg/controller/certificaterequests/approver"
	"github.com/cert-manager/cert-manager/pkg/controller/certificaterequests/ca"
	"github.com/cert-manager/cert-manager/pkg/controller/certificaterequests/selfsigned"
	"github.com/cert-manager/cert-manager/pkg/controller/certificates/issuing"
	"github.com/cert-manager/cert-manager/pkg/controller/certificates/keymanager"
	certificatesmetrics "github.com/cert-manager/cert-manager/pkg/controller/certificates/metrics"
	"github.com/cert-manager/cert-manager/pkg/controller/certificates/readiness"
	"github.com/cert-manager/cert-manager/pkg/controller/certificates/requestmanager"
	"github.com/cert-manager/cert-manager/pkg/controller/certificates/revisionmanager"
	"github.com/cert-manager/cert-manager/pkg/controller/certificates/trigger"
	"github.com/cert-manager/cert-manager/pkg/controller/clusterissuers"
	"github.com/cert-manager/cert-manager/pkg/controller/issuers"
	logf "github.com/cert-manager/cert-manager/pkg/logs"
	"github.com/cert-manager/cert-manager/pkg/util"

	// The issuer implementations register themselves with the issuers controllers' registry.
	_ "github.com/cert-manager/cert-manager/pkg/issuer/acme"
	_ "github.com/cert-manager/cert-manager/pkg/issuer/ca"
	_ "github.com/cert-manager/cert-manager/pkg/issuer/selfsigned"
)

// enabled: upstream's default controller set (internal/apis/config/controller/v1alpha1/defaults.go,
// DefaultEnabledControllers) without the Vault and Venafi CertificateRequest controllers.
var enabled = []string{
	issuers.ControllerName, clusterissuers.ControllerName, certificatesmetrics.ControllerName, ingresses.ControllerName,
	acmeorders.ControllerName, acmechallenges.ControllerName,
	acme.CRControllerName, approver.ControllerName, ca.CRControllerName, selfsigned.CRControllerName,
	trigger.ControllerName, issuing.ControllerName, keymanager.ControllerName, requestmanager.ControllerName,
	readiness.ControllerName, revisionmanager.ControllerName,
}

func main() {
	// Flag names and defaults are upstream's (cmd/controller/app/options/options.go and the v1alpha1
	// defaults), so the rendered Deployment's arguments mean the same to this program.
	fs := pflag.NewFlagSet("cert-manager-controller", pflag.ExitOnError)
	kubeconfig := fs.String("kubeconfig", "", "kubeconfig file (default: KUBECONFIG or in-cluster)")
	master := fs.String("master", "", "API server address, overriding the kubeconfig")
	namespace := fs.String("namespace", "", "only watch this namespace (default: all)")
	clusterResourceNamespace := fs.String("cluster-resource-namespace", "kube-system", "namespace of the Secrets ClusterIssuers reference")
	leaderElect := fs.Bool("leader-elect", true, "must be false: this program runs no leader election")
	_ = fs.String("leader-election-namespace", "kube-system", "accepted for upstream's arguments; unused without leader election")
	solverImage := fs.String("acme-http01-solver-image", "quay.io/jetstack/cert-manager-acmesolver:v1.21.2", "image of the ACME HTTP-01 solver pods")
	// Upstream's flag (cmd/controller/app/options); the tests point the HTTP-01 self-check at their DNS server.
	solverNameservers := fs.StringSlice("acme-http01-solver-nameservers", nil, "host:port of the DNS servers the HTTP-01 self-check resolves through (default: the system's)")
	maxChallenges := fs.Int("max-concurrent-challenges", 60, "ACME challenges processed at once")
	metricsAddress := fs.String("metrics-listen-address", "0.0.0.0:9402", "Prometheus metrics address")
	workers := fs.Int("concurrent-workers", 5, "workers per controller")
	version := fs.Bool("version", false, "print the version and exit")
	goFlags := flag.NewFlagSet("klog", flag.ExitOnError)
	klog.InitFlags(goFlags)
	fs.AddGoFlagSet(goFlags)
	_ = fs.Parse(os.Args[1:])

	if *version {
		fmt.Printf("cert-manager controller (our main) %s\n", util.AppVersion)
		return
	}
	for _, ns := range *solverNameservers {
		if _, _, err := net.SplitHostPort(ns); err != nil {
			fmt.Fprintf(os.Stderr, "--acme-http01-solver-nameservers: %q must be host:port: %v\n", ns, err)
			os.Exit(2)
		}
	}
	if *leaderElect {
		fmt.Fprintln(os.Stderr, "--leader-elect=false is required: this program runs no leader election")
		os.Exit(2)
	}

	logf.InitLogs()
	defer logf.FlushLogs()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx = logf.NewContext(ctx, logf.Log, "controller")
	if err := run(ctx, options{
		kubeconfig: *kubeconfig, master: *master, namespace: *namespace, clusterResourceNamespace: *clusterResourceNamespace,
		solverImage: *solverImage, solverNameservers: *solverNameservers, maxChallenges: *maxChallenges, metricsAddress: *metricsAddress, workers: *workers,
	}); err != nil {
		logf.Log.Error(err, "cert-manager controller failed")
		os.Exit(1)
	}
}

type options struct {
	kubeconfig, master, namespace, clusterResourceNamespace, solverImage, metricsAddress string
	maxChallenges, workers                                                               int
	solverNameservers                                                                    []string
}

func run(rootCtx context.Context, o options) error {
	log := logf.FromContext(rootCtx)
	g, rootCtx := errgroup.WithContext(rootCtx)

	factory, err := controller.NewContextFactory(rootCtx, controller.ContextOptions{
		Kubeconfig: o.kubeconfig, APIServerHost: o.master, Namespace: o.namespace,
		KubernetesAPIQPS: 20, KubernetesAPIBurst: 50,
		IssuerOptions: controller.IssuerOptions{ClusterResourceNamespace: o.clusterResourceNamespace, ClusterIssuerAmbientCredentials: true},
		ACMEOptions: controller.ACMEOptions{
			HTTP01SolverImage:                 o.solverImage,
			HTTP01SolverNameservers:           o.solverNameservers,
			HTTP01SolverResourceRequestCPU:    resource.MustParse("10m"),
			HTTP01SolverResourceRequestMemory: resource.MustParse("64Mi"),
			HTTP01SolverResourceLimitsCPU:     resource.MustParse("100m"),
			HTTP01SolverResourceLimitsMemory:  resource.MustParse("64Mi"),
			ACMEHTTP01SolverRunAsNonRoot:      true,
			DNS01CheckRetryPeriod:             10 * time.Second,
			DNS01CheckAuthoritative:           true,
		},
		SchedulerOptions: controller.SchedulerOptions{MaxConcurrentChallenges: o.maxChallenges},
		IngressShimOptions: controller.IngressShimOptions{
			DefaultIssuerKind: "Issuer", DefaultIssuerGroup: "cert-manager.io", DefaultAutoCertificateAnnotations: []string{"kubernetes.io/tls-acme"},
		},
		CertificateOptions: controller.CertificateOptions{
			CopiedAnnotationPrefixes:                 []string{"*", "-kubectl.kubernetes.io/", "-fluxcd.io/", "-argocd.argoproj.io/"},
			CertificateRequestMinimumBackoffDuration: time.Hour,
			CertificateRequestMaximumBackoffDuration: 32 * time.Hour,
		},
	})
	if err != nil {
		return err
	}
	ctx, err := factory.Build()
	if err != nil {
		return err
	}

	lc := net.ListenConfig{}
	metricsLn, err := lc.Listen(rootCtx, "tcp", o.metricsAddress)
	if err != nil {
		return fmt.Errorf("metrics address %s: %w", o.metricsAddress, err)
	}
	ctx.Metrics.SetupACMECollector(ctx.SharedInformerFactory.Acme().V1().Challenges().Lister())
	ctx.Metrics.SetupCertificateCollector(ctx.SharedInformerFactory.Certmanager().V1().Certificates().Lister())
	ctx.Metrics.SetupIssuerCollector(ctx.SharedInformerFactory.Certmanager().V1().Issuers().Lister())
	ctx.Metrics.SetupClusterIssuerCollector(ctx.SharedInformerFactory.Certmanager().V1().ClusterIssuers().Lister())
	metricsServer := ctx.Metrics.NewServer(metricsLn)
	g.Go(func() error {
		<-rootCtx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return metricsServer.Shutdown(shutdown)
	})
	g.Go(func() error {
		if err := metricsServer.Serve(metricsLn); !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	})

	known := controller.Known()
	for _, name := range enabled {
		construct, ok := known[name]
		if !ok {
			return fmt.Errorf("controller %q is not registered", name)
		}
		c, err := construct(factory)
		if err != nil {
			return fmt.Errorf("controller %s: %w", name, err)
		}
		log.Info("starting controller", "controller", name)
		g.Go(func() error { return c.Run(o.workers, rootCtx) })
	}

	ctx.SharedInformerFactory.Start(rootCtx.Done())
	ctx.KubeSharedInformerFactory.Start(rootCtx.Done())
	ctx.HTTP01ResourceMetadataInformersFactory.Start(rootCtx.Done())
	return g.Wait()
}
