package dev.kubeward.core.yaml;

/**
 * Something wrong with a document's text, at a 1-based line and column. {@code fatal} problems
 * stop the document (nothing of it is scanned); others (a duplicate key) leave it usable.
 */
public record YamlProblem(String message, int line, int column, boolean fatal) {}
