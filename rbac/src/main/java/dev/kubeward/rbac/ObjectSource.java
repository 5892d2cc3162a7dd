package dev.kubeward.rbac;

/**
 * Where an object is written. Objects added by {@code --with-defaults} name the bundled file
 * ({@link BootstrapPolicy#FILE_PREFIX}).
 */
public record ObjectSource(String file, int line, int column) {

  public String location() {
    return file + ":" + line;
  }

  public boolean isDefault() {
    return file.startsWith(BootstrapPolicy.FILE_PREFIX);
  }
}
