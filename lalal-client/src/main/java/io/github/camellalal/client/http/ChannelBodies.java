package io.github.camellalal.client.http;

import java.io.IOException;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.HttpResponseInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Hands a response's {@link ChannelBodyInputStream} to the code that sent the request. HttpClient wraps a body
 * stream before returning the response (to release the connection at its end) and the wrapper does not expose what
 * it wraps; its response interceptors still see the connection's own entity, so this one notes the stream in the
 * request's context.
 */
final class ChannelBodies implements HttpResponseInterceptor {

    static final ChannelBodies INTERCEPTOR = new ChannelBodies();
    private static final String ATTRIBUTE = ChannelBodies.class.getName();

    private ChannelBodies() {
    }

    @Override
    public void process(HttpResponse response, EntityDetails details, HttpContext context) throws IOException {
        if (details instanceof HttpEntity entity && entity.isStreaming()
                && entity.getContent() instanceof ChannelBodyInputStream body) {
            context.setAttribute(ATTRIBUTE, body);
        } else {
            context.removeAttribute(ATTRIBUTE);
        }
    }

    /** The channel-readable body of the last response received in {@code context}, or {@code null}. */
    static ChannelBodyInputStream of(HttpContext context) {
        return context.getAttribute(ATTRIBUTE) instanceof ChannelBodyInputStream body ? body : null;
    }
}
