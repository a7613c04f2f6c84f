package io.github.camellalal.client.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.HttpRequest;

/**
 * The words for a request that got no answer: the exception (license masked) and, when no connection could be made,
 * the address tried and the setting that chose it, the first thing to check.
 */
public final class NoAnswer {

    private NoAnswer() {
    }

    /** Describes {@code e}, which {@code request} failed with. */
    public static String describe(IOException e, HttpRequest request) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + LicenseMask.mask(
                e.getMessage()));
        if (e instanceof ConnectException || e instanceof ConnectTimeoutException
                || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
            text += "; no connection to " + request.getScheme() + "://" + request.getAuthority()
                    + ": check option baseUrl (and proxyHost, if set), and that the service is reachable from here";
        }
        return text;
    }
}
