package dev.kubeward.cis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A kubeadm control-plane node laid out in a folder: the static pod manifests of the
 * control-plane fixtures (hardened or kubeadm's defaults), the kubelet's configuration and systemd
 * drop-in, kubeconfigs, a PKI made at test time (CA, etcd CA, front-proxy CA and the certificates
 * they issue, valid around {@code today}), the etcd data directory, CNI files, and the components'
 * processes. {@link Permissions#TIGHT} gives every file the benchmark's modes and owners;
 * {@link Permissions#LOOSE} gives kubeadm-on-a-careless-host modes (644, 755) and a non-root owner
 * on some.
 */
public final class KubeadmNode {

  /** How the node's files are protected. */
  public enum Permissions { TIGHT, LOOSE }

  private KubeadmNode() {}

  /** The fixture folder of a control plane: {@code hardened} or {@code kubeadm-default}. */
  public static Path controlPlane(String name) {
    Path here = Path.of("src/test/resources/control-plane", name);
    if (Files.isDirectory(here)) {
      return here;
    }
    return Path.of(System.getProperty("kubeward.projectRoot", ".."), "cis/src/test/resources/control-plane", name);
  }

  public static NodeLayout build(Path root, String controlPlane, Permissions permissions, Instant today) {
    try {
      return build(root, controlPlane, permissions, today, new Pki(today));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The PKI a node gets: certificates valid from a day before {@code today} for a year. */
  public record Pki(TestCertificates.Issued ca, TestCertificates.Issued etcdCa, TestCertificates.Issued frontProxyCa,
      List<Cert> certs) {

    /** A certificate file of the PKI. */
    public record Cert(String path, String pem) {}

    public Pki(Instant today) {
      this(TestCertificates.ca("kubernetes", NodeLayout.days(today, -1), NodeLayout.days(today, 3650)),
          TestCertificates.ca("etcd-ca", NodeLayout.days(today, -1), NodeLayout.days(today, 3650)),
          TestCertificates.ca("front-proxy-ca", NodeLayout.days(today, -1), NodeLayout.days(today, 3650)),
          new ArrayList<>());
      Instant from = NodeLayout.days(today, -1);
      Instant until = NodeLayout.days(today, 365);
      add("/etc/kubernetes/pki/ca.crt", ca.pem());
      add("/etc/kubernetes/pki/etcd/ca.crt", etcdCa.pem());
      add("/etc/kubernetes/pki/front-proxy-ca.crt", frontProxyCa.pem());
      add("/etc/kubernetes/pki/apiserver.crt", TestCertificates.issue(ca, "kube-apiserver", TestCertificates.rsa(2048), from, until,
          List.of("cp-1", "kubernetes", "kubernetes.default", "kubernetes.default.svc", "kubernetes.default.svc.cluster.local",
              "10.96.0.1", "192.168.10.11"), "SHA256withRSA").pem());
      add("/etc/kubernetes/pki/apiserver-kubelet-client.crt", TestCertificates.issue(ca, "kube-apiserver-kubelet-client",
          TestCertificates.rsa(2048), from, until, List.of(), "SHA256withRSA").pem());
      add("/etc/kubernetes/pki/apiserver-etcd-client.crt", TestCertificates.issue(etcdCa, "kube-apiserver-etcd-client",
          TestCertificates.rsa(2048), from, until, List.of(), "SHA256withRSA").pem());
      add("/etc/kubernetes/pki/front-proxy-client.crt", TestCertificates.issue(frontProxyCa, "front-proxy-client",
          TestCertificates.rsa(2048), from, until, List.of(), "SHA256withRSA").pem());
      add("/etc/kubernetes/pki/etcd/server.crt", TestCertificates.issue(etcdCa, "cp-1", TestCertificates.rsa(2048), from, until,
          List.of("cp-1", "localhost", "127.0.0.1", "192.168.10.11"), "SHA256withRSA").pem());
      add("/etc/kubernetes/pki/etcd/peer.crt", TestCertificates.issue(etcdCa, "cp-1", TestCertificates.rsa(2048), from, until,
          List.of("cp-1", "192.168.10.11"), "SHA256withRSA").pem());
    }

    void add(String path, String pem) {
      certs.add(new Cert(path, pem));
    }

    /** Replaces a certificate file's content. */
    public Pki with(String path, String pem) {
      certs.removeIf(c -> c.path().equals(path));
      certs.add(new Cert(path, pem));
      return this;
    }
  }

  public static NodeLayout build(Path root, String controlPlane, Permissions permissions, Instant today, Pki pki)
      throws IOException {
    boolean tight = permissions == Permissions.TIGHT;
    int file = tight ? 0600 : 0644;
    NodeLayout n = NodeLayout.at(root);
    Path cp = controlPlane(controlPlane);
    List<String> manifests = List.of("kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd");
    for (String m : manifests) {
      n.file("/etc/kubernetes/manifests/" + m + ".yaml", Files.readString(cp.resolve("manifests/" + m + ".yaml")), file);
    }
    for (String conf : List.of("admin.conf", "super-admin.conf", "scheduler.conf", "controller-manager.conf", "kubelet.conf")) {
      n.file("/etc/kubernetes/" + conf, kubeconfig(conf), file);
    }
    n.file("/var/lib/kubelet/config.yaml", Files.readString(cp.resolve("kubelet-config.yaml")), file);
    n.file("/var/lib/kube-proxy/config.conf", Files.readString(cp.resolve("kube-proxy-config.yaml")), file);
    n.file("/var/lib/kube-proxy/kubeconfig.conf", kubeconfig("kube-proxy"), file);
    n.file("/etc/systemd/system/kubelet.service.d/10-kubeadm.conf", """
        [Service]
        Environment="KUBELET_KUBECONFIG_ARGS=--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf"
        Environment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"
        ExecStart=
        ExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS
        """, file);
    n.file("/etc/cni/net.d/10-flannel.conflist", "{\"name\": \"cbr0\", \"cniVersion\": \"0.3.1\", \"plugins\": [{\"type\": \"flannel\"}]}\n", file);
    n.dir("/etc/kubernetes/pki", tight ? 0700 : 0755);
    for (Pki.Cert c : pki.certs()) {
      n.file(c.path(), c.pem(), file);
    }
    // Key files hold a placeholder, never a key: the checks only look at their modes.
    for (String key : List.of("ca.key", "apiserver.key", "sa.key", "etcd/ca.key", "etcd/server.key")) {
      n.file("/etc/kubernetes/pki/" + key, "placeholder: kubeward's tests write no private key\n", file);
    }
    n.file("/etc/kubernetes/pki/sa.pub", "placeholder\n", file);
    n.dir("/var/lib/etcd", tight ? 0700 : 0755);
    n.file("/var/lib/etcd/member/snap/db", "", file);
    if (NodeLayout.canChown()) {
      n.owner("/var/lib/etcd", tight ? NodeLayout.ETCD_UID : 0, tight ? NodeLayout.ETCD_UID : 0);
      if (!tight) {
        n.owner("/etc/kubernetes/admin.conf", 1000, 1000);
        n.owner("/etc/kubernetes/pki/sa.key", 1000, 1000);
        n.owner("/var/lib/kubelet/config.yaml", 1000, 1000);
        n.owner("/etc/kubernetes/manifests/kube-scheduler.yaml", 1000, 1000);
        n.owner("/etc/cni/net.d/10-flannel.conflist", 1000, 1000);
        n.owner("/etc/systemd/system/kubelet.service.d/10-kubeadm.conf", 1000, 1000);
        n.owner("/etc/kubernetes/pki/ca.crt", 1000, 1000);
      }
    }
    n.process(1, List.of("/sbin/init"));
    n.process(812, List.of("/usr/bin/kubelet", "--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf",
        "--kubeconfig=/etc/kubernetes/kubelet.conf", "--config=/var/lib/kubelet/config.yaml",
        "--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock"));
    n.process(1404, List.of("/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf", "--hostname-override=cp-1"));
    int pid = 2101;
    for (String m : manifests) {
      n.process(pid++, argv(Files.readString(cp.resolve("manifests/" + m + ".yaml"))));
    }
    return n;
  }

  /** The command of a static pod manifest written one argument per line (as the fixtures are). */
  static List<String> argv(String manifest) {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String line : manifest.split("\n")) {
      String t = line.strip();
      if (t.equals("command:")) {
        in = true;
      } else if (in && t.startsWith("- ")) {
        out.add(t.substring(2));
      } else if (in && !t.startsWith("#")) {
        in = false;
      }
    }
    return out;
  }

  private static String kubeconfig(String user) {
    return """
        apiVersion: v1
        kind: Config
        clusters:
        - cluster: {server: https://192.168.10.11:6443}
          name: kubernetes
        users:
        - name: %s
          user: {client-certificate-data: REDACTED, client-key-data: REDACTED}
        """.formatted(user);
  }
}
