package io.github.camellalal.component;

import io.github.camellalal.client.LalalValidationException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Checks an endpoint's options when it is created, so that a route that cannot work fails to start instead of
 * correcting a value quietly or failing on its first exchange; every message names the option.
 */
final class EndpointOptions {

    private EndpointOptions() {
    }

    static void validate(LalalOperation operation, LalalConfiguration c) {
        baseUrl(c.getBaseUrl());
        positive("pollInterval", c.getPollInterval());
        positive("timeout", c.getTimeout());
        positive("connectTimeout", c.getConnectTimeout());
        positive("responseTimeout", c.getResponseTimeout());
        if (c.getMaxRetryWait() < 0) {
            throw new LalalValidationException("maxRetryWait", c.getMaxRetryWait(), "0 or more milliseconds");
        }
        positive("checkBatchSize", c.getCheckBatchSize());
        positive("workerPoolSize", c.getWorkerPoolSize());
        positive("maxConnections", c.getMaxConnections());
        if (c.getMaxRetries() < 0) {
            throw new LalalValidationException("maxRetries", c.getMaxRetries(), "0 or more");
        }
        if (c.getProxyPort() != null && (c.getProxyPort() < 1 || c.getProxyPort() > 65_535)) {
            throw new LalalValidationException("proxyPort", c.getProxyPort(), "a port from 1 to 65535");
        }
        if (c.getProxyHost() != null && !c.getProxyHost().isBlank()
                && !c.getProxyHost().matches("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+\\]")) {
            throw new LalalValidationException("proxyHost", c.getProxyHost(), "a host name or address, e.g. proxy");
        }
        if (c.getFileIds() != null && !c.getFileIds().isBlank()) {
            FileIds.parse("fileIds", c.getFileIds());
        }
        AcceptedMedia.parseExtra(c.getExtraExtensions());
        LalalClients.requireSupported(operation, c);
        if (needsKey(operation) && c.getClient() == null && (c.getApiKey() == null || c.getApiKey().isBlank())) {
            throw new IllegalArgumentException("No LALAL.AI license key for lalal:" + operation
                    + ": set option apiKey, best once on the component (camel.component.lalal.apiKey)");
        }
    }

    /** Whether an operation sends the license: all but download, cancel (optional there) and track. */
    static boolean needsKey(LalalOperation operation) {
        return operation != LalalOperation.download && operation != LalalOperation.cancel
                && operation != LalalOperation.track;
    }

    private static void positive(String option, long value) {
        if (value <= 0) {
            throw new LalalValidationException(option, value, "a number above 0");
        }
    }

    private static void baseUrl(String value) {
        String allowed = "an absolute http or https URL without query or fragment, e.g. https://www.lalal.ai";
        if (value == null || value.isBlank()) {
            throw new LalalValidationException("baseUrl", value, allowed);
        }
        URI uri;
        try {
            uri = new URI(value.trim());
        } catch (URISyntaxException e) {
            throw new LalalValidationException("baseUrl", value, allowed);
        }
        boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw new LalalValidationException("baseUrl", value, allowed);
        }
    }
}
