package dev.kubeward.secrets.checks;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.secrets.Base64Text;
import dev.kubeward.secrets.Detection;
import dev.kubeward.secrets.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Secret whose values are written in the manifest: base64 in {@code data} is an encoding, not
 * encryption, so whoever reads the repository reads the secret. Values that only reference
 * something ({@code ${DB_PASSWORD}}, {@code {{ .Values.x }}}) and public material (certificates,
 * public keys) do not count; a SOPS-encrypted Secret, and one a SealedSecret's controller made,
 * are the good practice and give no finding.
 */
@CheckInfo(
    id = "KW-0505",
    summary = "Secret manifest commits its values in plain text",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Keep plaintext Secrets out of the repository: commit a SealedSecret or a SOPS-encrypted file instead, or let External Secrets (or the Secrets Store CSI driver) fetch the values from a secret store; rotate what was committed.",
    references = {"cis:5.4.2", "nsa:network/secrets", "mitre:T1552.001"})
public final class PlaintextSecretCommitted implements ResourceCheck {

  /** Keys named in a message before the rest are counted. */
  private static final int LISTED = 4;

  @Override
  public Set<String> kinds() {
    return Set.of("Secret");
  }

  @Override
  public void check(Resource resource, Findings findings) {
    if (!resource.group().isEmpty() || GoodPractice.sopsEncrypted(resource.root())
        || GoodPractice.ownedBySealedSecret(resource)) {
      return;
    }
    // The message names the first LISTED keys with what they hold and counts the others, which need no scan.
    List<String> listed = new ArrayList<>(LISTED);
    int committed = 0;
    Optional<Field> first = Optional.empty();
    for (String section : List.of("data", "stringData")) {
      Optional<Field> map = resource.root().get(section);
      MapNode entries = Nodes.mapping(map.map(Field::node).orElse(null));
      for (int i = 0; i < entries.size(); i++) {
        String name = entries.name(i);
        String raw = Nodes.text(entries.value(i));
        if (raw == null || Values.isReference(raw)) {
          continue;
        }
        Optional<String> decoded = section.equals("data") ? Base64Text.decodeText(raw) : Optional.empty();
        String value = decoded.orElse(raw);
        if (decoded.isPresent() && Values.isReference(value) || publicMaterial(value)) {
          continue;
        }
        if (committed++ < LISTED) {
          List<Detection> found = Found.detector().scan(name, value);
          listed.add(section + "." + name + (found.isEmpty() ? "" : " (" + Found.kinds(found) + ")"));
        }
        if (first.isEmpty()) {
          first = map;
        }
      }
    }
    if (first.isPresent()) {
      findings.at(first.get()).report("Secret %s commits %s in plain text: %s; base64 is an encoding, not encryption",
          resource.name(), committed == 1 ? "1 value" : committed + " values", listed(listed, committed));
    }
  }

  private static String listed(List<String> listed, int committed) {
    String shown = String.join(", ", listed);
    return committed > LISTED ? shown + " and " + (committed - LISTED) + " more" : shown;
  }

  /** Certificates and public keys are meant to be read: only they, and no private key, in the value. */
  static boolean publicMaterial(String value) {
    String v = value.strip();
    return (v.startsWith("-----BEGIN CERTIFICATE-----") || v.startsWith("-----BEGIN PUBLIC KEY-----")
        || v.startsWith("-----BEGIN RSA PUBLIC KEY-----") || v.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----")
        || v.startsWith("ssh-rsa ") || v.startsWith("ssh-ed25519 ") || v.startsWith("ecdsa-sha2-"))
        && !v.contains("PRIVATE KEY");
  }
}
