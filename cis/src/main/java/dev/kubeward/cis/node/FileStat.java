package dev.kubeward.cis.node;

/**
 * A file's permission bits and owners as {@code stat} gives them, owners named as the node names
 * them (its own {@code /etc/passwd} and {@code /etc/group} when the node is mounted elsewhere).
 */
public record FileStat(String path, boolean directory, int mode, String owner, String group) {

  /** The permission bits in octal, as {@code chmod} takes them: {@code 600}. */
  public String octal() {
    return Integer.toOctalString(mode & 07777);
  }

  /** Whether no permission is granted beyond {@code allowed} (octal bits). */
  public boolean atMost(int allowed) {
    return (mode & 0777 & ~allowed) == 0;
  }

  public String ownership() {
    return owner + ":" + group;
  }
}
