package io.github.camellalal.component.options;

import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.component.message.AcceptedMedia;
import io.github.camellalal.component.message.FileIds;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * The options of an endpoint that are checked when it is created, so that a route that cannot work fails to start
 * instead of correcting a value quietly or failing on its first exchange; every message names the option.
 *
 * <p>Not an API: public for the component's own classes only.
 *
 * @param client      the connection options
 * @param split       the split options, as set
 * @param clientGiven whether option client is set (then the endpoint builds no client of its own)
 */
public record EndpointOptions(ClientOptions client, SplitOptions.Settings split, long pollInterval, long timeout,
                              int checkBatchSize, String fileIds, String extraExtensions,
                              boolean deleteAfterDownload, boolean clientGiven) {

    /** The operations that send no license, or only when it is set: download, cancel and track. */
    private static final Set<String> WITHOUT_KEY = Set.of("download", "cancel", "track");

    /**
     * Refuses options that cannot work (together) for {@code operation}.
     *
     * @param operation the endpoint's operation, as its URI names it
     */
    public void validate(String operation) {
        ClientOptions c = client;
        baseUrl(c.baseUrl());
        positive("pollInterval", pollInterval);
        positive("timeout", timeout);
        positive("connectTimeout", c.connectTimeout());
        positive("responseTimeout", c.responseTimeout());
        if (c.maxRetryWait() < 0) {
            throw new LalalValidationException("maxRetryWait", c.maxRetryWait(), "0 or more milliseconds");
        }
        positive("checkBatchSize", checkBatchSize);
        positive("maxConnections", c.maxConnections());
        if (c.maxRetries() < 0) {
            throw new LalalValidationException("maxRetries", c.maxRetries(), "0 or more");
        }
        if (c.proxyPort() != null && (c.proxyPort() < 1 || c.proxyPort() > 65_535)) {
            throw new LalalValidationException("proxyPort", c.proxyPort(), "a port from 1 to 65535");
        }
        if (c.proxyHost() != null && !c.proxyHost().isBlank()
                && !c.proxyHost().matches("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+\\]")) {
            throw new LalalValidationException("proxyHost", c.proxyHost(), "a host name or address, e.g. proxy");
        }
        if (fileIds != null && !fileIds.isBlank()) {
            FileIds.parse("fileIds", fileIds);
        }
        AcceptedMedia.parseExtra(extraExtensions);
        LalalClients.requireSupported(operation, this);
        if (needsKey(operation) && !clientGiven && (c.apiKey() == null || c.apiKey().isBlank())) {
            throw new IllegalArgumentException("No LALAL.AI license key for lalal:" + operation
                    + ": set option apiKey, best once on the component (camel.component.lalal.apiKey)");
        }
    }

    /**
     * Whether an operation sends the license: all but download, cancel (optional there) and track.
     *
     * @param operation the operation, as a URI or header names it
     */
    public static boolean needsKey(String operation) {
        return !WITHOUT_KEY.contains(operation);
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
