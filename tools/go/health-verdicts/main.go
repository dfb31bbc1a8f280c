// health-verdicts runs the platform's rendered custom health checks in the interpreters that run them
// in the cluster, so the test suite judges the real scripts and expressions, not a model of them:
//
//   - Argo CD v3.5.1 (util/lua/lua.go, ExecuteHealthLua): the script from argocd-cm key
//     `resource.customizations.health.<group>_<kind>` runs in gopher-lua with only the package, base
//     and table libraries open (plus a "safe" os library this driver does not offer), the object as
//     the global `obj`, a one-second deadline; the returned table's `status` must be one of Argo CD's
//     health codes, else the verdict is Unknown.
//   - Flux kustomize-controller v1.9.4: the Kustomization's `healthCheckExprs` go through
//     github.com/fluxcd/pkg/runtime/cel (status_reader.go, status_evaluator.go) — the evaluator the
//     controller links — which returns InProgress while status.observedGeneration differs from
//     metadata.generation, then tries inProgress, failed, current; an evaluation error becomes
//     Unknown with the error (cli-utils kstatus generic status reader). A kind without
//     healthCheckExprs gets kstatus's own rules (github.com/fluxcd/cli-utils v1.2.2,
//     pkg/kstatus/status.Compute: deletionTimestamp, observedGeneration, the kind's built-in rules, then
//     Ready/Reconciling/Stalled conditions), the version kustomize-controller v1.9.4 links.
//
// Argo CD's built-in Go rules for core kinds (gitops-engine pkg/health) are not run here: Argo CD's
// gitops-engine module does not build on this Go. A kind without a script is reported with status ""
// and the error "no script".
//
// Input (stdin, JSON): {"argocdCM": {<argocd-cm data>}, "healthCheckExprs": [<Kustomization
// spec.healthCheckExprs>], "samples": [{"name": "...", "object": {...}}]}.
// Output (stdout, JSON): one verdict per sample from each tool.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/fluxcd/pkg/apis/kustomize"
	"github.com/fluxcd/cli-utils/pkg/kstatus/status"
	fluxcel "github.com/fluxcd/pkg/runtime/cel"
	lua "github.com/yuin/gopher-lua"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
)

// version is what `healthchecks --version` prints; the TOOLS row in tools/index.ts checks it.
const version = "health-verdicts 1.0.0 (gopher-lua v1.1.2, fluxcd/pkg/runtime v0.110.1, cel-go v0.26.1, fluxcd/cli-utils v1.2.2)"

type request struct {
	ArgocdCM         map[string]string             `json:"argocdCM"`
	HealthCheckExprs []kustomize.CustomHealthCheck `json:"healthCheckExprs"`
	Samples          []struct {
		Name   string          `json:"name"`
		Object json.RawMessage `json:"object"`
	} `json:"samples"`
}

type verdict struct {
	Status  string `json:"status"`
	Message string `json:"message,omitempty"`
	Error   string `json:"error,omitempty"`
	// Reader is Flux's status reader for the kind: "cel" (healthCheckExprs) or "kstatus".
	Reader string `json:"reader,omitempty"`
}

type result struct {
	Name   string  `json:"name"`
	ArgoCD verdict `json:"argocd"`
	Flux   verdict `json:"flux"`
}

// Argo CD's health codes (gitops-engine pkg/health); anything else is reported as Unknown.
var argoHealthCodes = map[string]bool{"Unknown": true, "Progressing": true, "Suspended": true, "Healthy": true, "Degraded": true, "Missing": true}

// toLua converts the decoded object the way Argo CD's decodeValue does for an unstructured object:
// maps become hash tables, lists array tables, integers (int64 in unstructured) numbers, null nil.
func toLua(l *lua.LState, value any) lua.LValue {
	switch v := value.(type) {
	case bool:
		return lua.LBool(v)
	case float64:
		return lua.LNumber(v)
	case int64:
		return lua.LNumber(v)
	case string:
		return lua.LString(v)
	case []any:
		t := l.CreateTable(len(v), 0)
		for _, item := range v {
			t.Append(toLua(l, item))
		}
		return t
	case map[string]any:
		t := l.CreateTable(0, len(v))
		for k, item := range v {
			t.RawSetH(lua.LString(k), toLua(l, item))
		}
		return t
	}
	return lua.LNil
}

func argocdKey(u *unstructured.Unstructured) string {
	gvk := u.GroupVersionKind()
	if gvk.Group == "" {
		return "resource.customizations.health." + gvk.Kind
	}
	return fmt.Sprintf("resource.customizations.health.%s_%s", gvk.Group, gvk.Kind)
}

func argocdHealth(cm map[string]string, u *unstructured.Unstructured) verdict {
	script, ok := cm[argocdKey(u)]
	if !ok {
		return verdict{Status: "", Error: "no script: argocd-cm has no " + argocdKey(u)}
	}
	l := lua.NewState(lua.Options{SkipOpenLibs: true})
	defer l.Close()
	for _, lib := range []struct {
		name string
		open lua.LGFunction
	}{{lua.LoadLibName, lua.OpenPackage}, {lua.BaseLibName, lua.OpenBase}, {lua.TabLibName, lua.OpenTable}} {
		if err := l.CallByParam(lua.P{Fn: l.NewFunction(lib.open), NRet: 0, Protect: true}, lua.LString(lib.name)); err != nil {
			return verdict{Status: "Unknown", Error: err.Error()}
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	l.SetContext(ctx)
	l.SetGlobal("obj", toLua(l, u.Object))
	if err := l.DoString(script); err != nil {
		var apiErr *lua.ApiError
		if errors.As(err, &apiErr) {
			apiErr.StackTrace = ""
		}
		return verdict{Status: "Unknown", Error: err.Error()}
	}
	ret := l.Get(-1)
	if ret.Type() == lua.LTNil {
		return verdict{Status: ""}
	}
	t, ok := ret.(*lua.LTable)
	if !ok {
		return verdict{Status: "Unknown", Error: "script returned a " + ret.Type().String() + ", not a table"}
	}
	status := lua.LVAsString(t.RawGetString("status"))
	message := lua.LVAsString(t.RawGetString("message"))
	if !argoHealthCodes[status] {
		return verdict{Status: "Unknown", Message: message, Error: fmt.Sprintf("invalid health status %q", status)}
	}
	return verdict{Status: status, Message: message}
}

func fluxHealth(exprs []kustomize.CustomHealthCheck, u *unstructured.Unstructured) verdict {
	newReader, err := fluxcel.NewStatusReader(exprs)
	if err != nil {
		return verdict{Status: "Unknown", Error: err.Error()}
	}
	reader := newReader(nil)
	gvk := u.GroupVersionKind()
	if !reader.Supports(gvk.GroupKind()) {
		// kustomize-controller falls back to kstatus's readers; for one object they come to status.Compute.
		res, err := status.Compute(u)
		if err != nil {
			return verdict{Status: "Unknown", Error: err.Error(), Reader: "kstatus"}
		}
		return verdict{Status: res.Status.String(), Message: res.Message, Reader: "kstatus"}
	}
	rs, err := reader.ReadStatusForObject(context.Background(), nil, u)
	if err != nil {
		return verdict{Status: "Unknown", Error: err.Error()}
	}
	v := verdict{Status: rs.Status.String(), Message: rs.Message, Reader: "cel"}
	if rs.Error != nil {
		v.Error = rs.Error.Error()
	}
	return v
}

func run(in io.Reader, out io.Writer) error {
	var req request
	if err := json.NewDecoder(in).Decode(&req); err != nil {
		return fmt.Errorf("reading the request: %w", err)
	}
	results := make([]result, 0, len(req.Samples))
	for _, s := range req.Samples {
		u := &unstructured.Unstructured{}
		// UnmarshalJSON decodes integers as int64, as the controllers' informers do.
		if err := u.UnmarshalJSON(s.Object); err != nil {
			return fmt.Errorf("sample %s: %w", s.Name, err)
		}
		results = append(results, result{Name: s.Name, ArgoCD: argocdHealth(req.ArgocdCM, u), Flux: fluxHealth(req.HealthCheckExprs, u)})
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	return enc.Encode(map[string]any{"results": results})
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "--version" {
		fmt.Println(version)
		return
	}
	if err := run(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "health-verdicts:", err)
		os.Exit(2)
	}
}
