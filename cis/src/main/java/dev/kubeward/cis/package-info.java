/**
 * The CIS Kubernetes Benchmark (sections 1 to 4) and the control plane's TLS material: settings
 * of kube-apiserver, kube-controller-manager, kube-scheduler, etcd, the kubelet and kube-proxy,
 * read from static pod manifests, configuration files and a node's running processes.
 */
package dev.kubeward.cis;
