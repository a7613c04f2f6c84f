package io.github.camellalal.client.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Adds the license to API requests as late as possible: after HttpClient has logged the request it executes, and
 * only when the request goes to the API's own host. A request asks for it through a context attribute.
 */
public final class LicenseInterceptor implements HttpRequestInterceptor {

    /** Context attribute: how the request carries the license. */
    static final String ATTRIBUTE = "camel-lalal.license";

    /** How a request carries the license. */
    public enum Placement {
        /** {@code Authorization: license <KEY>}. */
        HEADER,
        /** {@code ?key=<KEY>} (get-limits). */
        QUERY,
        /** {@code X-License-Key: <KEY>} (API v1). */
        X_LICENSE_KEY
    }

    private final HttpHost apiHost;
    private final String key;

    LicenseInterceptor(HttpHost apiHost, String key) {
        this.apiHost = apiHost;
        this.key = key;
    }

    /** A new request context asking for the license in {@code placement}; {@code null}: without the license. */
    public static HttpClientContext context(Placement placement) {
        HttpClientContext context = HttpClientContext.create();
        if (placement != null) {
            context.setAttribute(ATTRIBUTE, placement);
        }
        return context;
    }

    @Override
    public void process(HttpRequest request, EntityDetails entity, HttpContext context) {
        Object placement = context.getAttribute(ATTRIBUTE);
        if (!(placement instanceof Placement) || key == null || key.isBlank()) {
            return;
        }
        HttpHost target = HttpClientContext.castOrCreate(context).getHttpRoute() == null ? null
                : HttpClientContext.castOrCreate(context).getHttpRoute().getTargetHost();
        if (target == null || !sameOrigin(target)) {
            return; // never to another host
        }
        if (placement == Placement.HEADER) {
            request.setHeader("Authorization", "license " + key);
        } else if (placement == Placement.X_LICENSE_KEY) {
            request.setHeader("X-License-Key", key);
        } else {
            String path = request.getPath();
            request.setPath(path + (path.contains("?") ? "&" : "?") + "key="
                    + URLEncoder.encode(key, StandardCharsets.UTF_8));
        }
    }

    private boolean sameOrigin(HttpHost target) {
        return target.getSchemeName().equalsIgnoreCase(apiHost.getSchemeName())
                && target.getHostName().equalsIgnoreCase(apiHost.getHostName())
                && target.getPort() == apiHost.getPort();
    }
}
