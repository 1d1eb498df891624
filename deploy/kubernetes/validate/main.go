// Command validate renders Kustomize overlays and validates every rendered object offline, strictly:
//
//   - Kubernetes' own kinds are decoded strictly into the k8s.io/api types (an unknown or duplicated field,
//     or a value of the wrong type, is an error), as the API server's strict field validation does;
//   - custom resources are checked as the API server checks them against their CustomResourceDefinition:
//     unknown fields (pruning), the OpenAPI schema, defaults, then the CEL rules (x-kubernetes-validations);
//   - every object's metadata (name, labels, annotations) is checked as the API server does;
//   - a kind with neither a Go type nor a CRD is an error, never skipped.
//
// Usage:
//
//	validate [-crds DIR]... [-defer GROUP=DIR]... [-alerts FILE] [-out DIR] OVERLAY...
//	validate prometheus-rule ALERTS_FILE      prints the PrometheusRule made from a Prometheus rules file
//
// -crds names a folder whose *.yaml files (recursively) hold CustomResourceDefinitions. -defer hands the
// objects of an API group with no CRD here to another checker: each is written as JSON to
// DIR/<overlay>-<kind>-<name>.json (Strimzi's, checked against Strimzi's own Java model). -alerts names the
// Prometheus rules file that every rendered PrometheusRule's spec.groups must equal. -out writes each
// overlay's rendering to DIR/<overlay>.yaml.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"

	apiextensionsinternal "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions"
	apiextensionsv1 "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1"
	structuralschema "k8s.io/apiextensions-apiserver/pkg/apiserver/schema"
	"k8s.io/apiextensions-apiserver/pkg/apiserver/schema/cel"
	structuraldefaulting "k8s.io/apiextensions-apiserver/pkg/apiserver/schema/defaulting"
	"k8s.io/apiextensions-apiserver/pkg/apiserver/schema/pruning"
	apiservervalidation "k8s.io/apiextensions-apiserver/pkg/apiserver/validation"
	metavalidation "k8s.io/apimachinery/pkg/api/validation"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	serializerjson "k8s.io/apimachinery/pkg/runtime/serializer/json"
	"k8s.io/apimachinery/pkg/util/validation/field"
	celconfig "k8s.io/apiserver/pkg/apis/cel"
	"k8s.io/client-go/kubernetes/scheme"
	"sigs.k8s.io/kustomize/api/krusty"
	kustomizetypes "sigs.k8s.io/kustomize/api/types"
	"sigs.k8s.io/kustomize/kyaml/filesys"
	"sigs.k8s.io/yaml"
)

type crdVersion struct {
	namespaced bool
	structural *structuralschema.Structural
	validator  apiservervalidation.SchemaValidator
	cel        *cel.Validator
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func main() {
	if len(os.Args) == 3 && os.Args[1] == "prometheus-rule" {
		if err := printPrometheusRule(os.Args[2]); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	var crdDirs multiFlag
	flag.Var(&crdDirs, "crds", "folder of CustomResourceDefinition YAML files (repeatable)")
	var deferred multiFlag
	flag.Var(&deferred, "defer", "GROUP=DIR: write that API group's objects to DIR for another checker (repeatable)")
	alerts := flag.String("alerts", "", "Prometheus rules file that every PrometheusRule must equal")
	out := flag.String("out", "", "folder for each overlay's rendered YAML")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: validate [-crds DIR]... [-alerts FILE] [-out DIR] OVERLAY...")
		os.Exit(2)
	}
	crds := map[schema.GroupVersionKind]*crdVersion{}
	for _, dir := range crdDirs {
		if err := loadCRDs(dir, crds); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	var alertGroups any
	if *alerts != "" {
		groups, err := readAlertGroups(*alerts)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		alertGroups = groups
	}
	deferTo := map[string]string{}
	for _, d := range deferred {
		group, dir, ok := strings.Cut(d, "=")
		if !ok {
			fmt.Fprintln(os.Stderr, "-defer takes GROUP=DIR")
			os.Exit(2)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		deferTo[group] = dir
	}
	failed := 0
	for _, overlay := range flag.Args() {
		failed += validateOverlay(overlay, crds, deferTo, alertGroups, *alerts, *out)
	}
	if failed > 0 {
		fmt.Printf("%d problem(s) found\n", failed)
		os.Exit(1)
	}
}

// validateOverlay renders one overlay and returns the number of problems found.
func validateOverlay(overlay string, crds map[schema.GroupVersionKind]*crdVersion, deferTo map[string]string, alertGroups any, alertsFile, out string) int {
	opts := krusty.MakeDefaultOptions()
	// The Keycloak realm is docker/keycloak/'s file, outside the kustomization folders.
	opts.LoadRestrictions = kustomizetypes.LoadRestrictionsNone
	resources, err := krusty.MakeKustomizer(opts).Run(filesys.MakeFsOnDisk(), overlay)
	if err != nil {
		fmt.Printf("%s: does not render: %v\n", overlay, err)
		return 1
	}
	if out != "" {
		rendered, err := resources.AsYaml()
		if err == nil {
			err = os.MkdirAll(out, 0o755)
		}
		if err == nil {
			err = os.WriteFile(filepath.Join(out, filepath.Base(overlay)+".yaml"), rendered, 0o644)
		}
		if err != nil {
			fmt.Printf("%s: cannot write the rendering: %v\n", overlay, err)
			return 1
		}
	}
	problems, deferredCount := 0, 0
	kinds := map[string]int{}
	for _, res := range resources.Resources() {
		data, err := res.MarshalJSON()
		if err != nil {
			fmt.Printf("%s: %s: %v\n", overlay, res.CurId(), err)
			problems++
			continue
		}
		obj := &unstructured.Unstructured{}
		if err := obj.UnmarshalJSON(data); err != nil {
			fmt.Printf("%s: %s: %v\n", overlay, res.CurId(), err)
			problems++
			continue
		}
		gvk := obj.GroupVersionKind()
		name := fmt.Sprintf("%s %s/%s", gvk.Kind, obj.GetNamespace(), obj.GetName())
		kinds[gvk.GroupKind().String()]++
		if dir, ok := deferTo[gvk.Group]; ok && crds[gvk] == nil {
			// The other checker sees the fields; the metadata is checked here, as for every object.
			for _, e := range validateMeta(obj, true) {
				fmt.Printf("%s: %s: %s\n", overlay, name, e)
				problems++
			}
			file := filepath.Join(dir, fmt.Sprintf("%s-%s-%s.json", filepath.Base(overlay), gvk.Kind, obj.GetName()))
			if err := os.WriteFile(file, data, 0o644); err != nil {
				fmt.Printf("%s: %s: %v\n", overlay, name, err)
				problems++
			}
			deferredCount++
			continue
		}
		errs := validateObject(data, obj, gvk, crds)
		if gvk.Kind == "PrometheusRule" && alertGroups != nil {
			groups, _, _ := unstructured.NestedFieldCopy(obj.Object, "spec", "groups")
			if !reflect.DeepEqual(normalise(groups), alertGroups) {
				errs = append(errs, fmt.Sprintf("spec.groups differ from the groups of %s (regenerate: .ci/validate-kubernetes --write-prometheus-rule)", alertsFile))
			}
		}
		for _, e := range errs {
			fmt.Printf("%s: %s: %s\n", overlay, name, e)
		}
		problems += len(errs)
	}
	summary := make([]string, 0, len(kinds))
	for k, n := range kinds {
		summary = append(summary, fmt.Sprintf("%s=%d", k, n))
	}
	sort.Strings(summary)
	handedOver := ""
	if deferredCount > 0 {
		handedOver = fmt.Sprintf(" (%d handed to another checker)", deferredCount)
	}
	fmt.Printf("%s: %d objects%s, %d problem(s) [%s]\n", overlay, len(resources.Resources()), handedOver, problems, strings.Join(summary, " "))
	return problems
}

func validateObject(data []byte, obj *unstructured.Unstructured, gvk schema.GroupVersionKind, crds map[schema.GroupVersionKind]*crdVersion) []string {
	var errs []string
	if crd, ok := crds[gvk]; ok {
		errs = append(errs, validateCustomResource(obj, crd)...)
		errs = append(errs, validateMeta(obj, crd.namespaced)...)
		return errs
	}
	if !scheme.Scheme.Recognizes(gvk) {
		return []string{fmt.Sprintf("no schema for %s (neither a Kubernetes type nor a loaded CRD)", gvk)}
	}
	// Strict: unknown and duplicate fields are errors, as with kubectl's --validate=strict.
	decoder := serializerjson.NewSerializerWithOptions(serializerjson.DefaultMetaFactory, scheme.Scheme, scheme.Scheme,
		serializerjson.SerializerOptions{Strict: true})
	if _, _, err := decoder.Decode(data, &gvk, nil); err != nil {
		errs = append(errs, err.Error())
	}
	namespaced := true
	switch gvk.Kind {
	case "Namespace", "ClusterRole", "ClusterRoleBinding", "PersistentVolume", "StorageClass", "IngressClass", "PriorityClass":
		namespaced = false
	}
	return append(errs, validateMeta(obj, namespaced)...)
}

func validateMeta(obj *unstructured.Unstructured, namespaced bool) []string {
	accessor := &metav1.ObjectMeta{
		Name: obj.GetName(), Namespace: obj.GetNamespace(), Labels: obj.GetLabels(), Annotations: obj.GetAnnotations(),
	}
	if !namespaced {
		accessor.Namespace = ""
	}
	var errs []string
	for _, e := range metavalidation.ValidateObjectMeta(accessor, namespaced, metavalidation.NameIsDNSSubdomain, field.NewPath("metadata")) {
		errs = append(errs, e.Error())
	}
	return errs
}

// validateCustomResource checks an object as the API server does on create: prune (unknown fields are an
// error here), default, validate the schema, then the CEL rules.
func validateCustomResource(obj *unstructured.Unstructured, crd *crdVersion) []string {
	var errs []string
	content := obj.DeepCopy().Object
	unknown := pruning.PruneWithOptions(content, crd.structural, true, structuralschema.UnknownFieldPathOptions{TrackUnknownFieldPaths: true})
	for _, path := range unknown {
		errs = append(errs, fmt.Sprintf("unknown field %q", path))
	}
	structuraldefaulting.Default(content, crd.structural)
	for _, e := range apiservervalidation.ValidateCustomResource(nil, content, crd.validator) {
		errs = append(errs, e.Error())
	}
	celErrs, _ := crd.cel.Validate(context.Background(), nil, crd.structural, content, nil, celconfig.RuntimeCELCostBudget)
	for _, e := range celErrs {
		errs = append(errs, e.Error())
	}
	return errs
}

func loadCRDs(dir string, into map[schema.GroupVersionKind]*crdVersion) error {
	found := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(path, ".yaml") || strings.HasSuffix(path, ".yml")) {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, doc := range bytes.Split(data, []byte("\n---")) {
			var crd apiextensionsv1.CustomResourceDefinition
			if err := yaml.Unmarshal(doc, &crd); err != nil || crd.Kind != "CustomResourceDefinition" {
				continue
			}
			for _, v := range crd.Spec.Versions {
				if !v.Served || v.Schema == nil || v.Schema.OpenAPIV3Schema == nil {
					continue
				}
				var internal apiextensionsinternal.JSONSchemaProps
				if err := apiextensionsv1.Convert_v1_JSONSchemaProps_To_apiextensions_JSONSchemaProps(v.Schema.OpenAPIV3Schema, &internal, nil); err != nil {
					return fmt.Errorf("%s %s: %w", path, v.Name, err)
				}
				structural, err := structuralschema.NewStructural(&internal)
				if err != nil {
					return fmt.Errorf("%s %s: not a structural schema: %w", path, v.Name, err)
				}
				validator, _, err := apiservervalidation.NewSchemaValidator(&internal)
				if err != nil {
					return fmt.Errorf("%s %s: %w", path, v.Name, err)
				}
				gvk := schema.GroupVersionKind{Group: crd.Spec.Group, Version: v.Name, Kind: crd.Spec.Names.Kind}
				into[gvk] = &crdVersion{
					namespaced: crd.Spec.Scope == apiextensionsv1.NamespaceScoped,
					structural: structural,
					validator:  validator,
					cel:        cel.NewValidator(structural, true, celconfig.PerCallLimit),
				}
				found++
			}
		}
		return nil
	})
	if err == nil && found == 0 {
		err = errors.New(dir + ": no CustomResourceDefinition found")
	}
	return err
}

// readAlertGroups reads a Prometheus rules file's groups, normalised for comparison.
func readAlertGroups(path string) (any, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rules struct {
		Groups []any `json:"groups"`
	}
	if err := yaml.UnmarshalStrict(data, &rules); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return normalise(rules.Groups), nil
}

// normalise turns a value into JSON's forms ([]any, map[string]any, float64, string, bool) for comparison.
func normalise(v any) any {
	data, err := yaml.Marshal(v)
	if err != nil {
		return v
	}
	var out any
	if err := yaml.Unmarshal(data, &out); err != nil {
		return v
	}
	return out
}

func printPrometheusRule(alertsFile string) error {
	groups, err := readAlertGroups(alertsFile)
	if err != nil {
		return err
	}
	rule := map[string]any{
		"apiVersion": "monitoring.coreos.com/v1",
		"kind":       "PrometheusRule",
		"metadata": map[string]any{
			"name":   "chapter-relations",
			"labels": map[string]any{"release": "prometheus"},
		},
		"spec": map[string]any{"groups": groups},
	}
	data, err := yaml.Marshal(rule)
	if err != nil {
		return err
	}
	fmt.Printf("# Generated from %s by .ci/validate-kubernetes --write-prometheus-rule: do not edit by hand.\n", alertsFile)
	fmt.Printf("# CI fails when spec.groups differ from that file's groups.\n")
	_, err = os.Stdout.Write(data)
	return err
}
