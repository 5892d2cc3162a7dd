package dev.kubeward.rbac;

/**
 * A Secret of type {@code kubernetes.io/service-account-token}: whoever reads it holds a
 * long-lived token of {@code serviceAccount}.
 */
public record TokenSecret(String namespace, String name, String serviceAccount, ObjectSource source) {}
