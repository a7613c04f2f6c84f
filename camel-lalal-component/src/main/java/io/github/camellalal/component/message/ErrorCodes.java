package io.github.camellalal.component.message;

import io.github.camellalal.client.LalalApiException;
import org.apache.camel.Message;

/** Puts the service's error code of a failed exchange into header {@code CamelLalalErrorCode}. */
public final class ErrorCodes {

    private ErrorCodes() {
    }

    public static void set(Message m, Throwable failure) {
        if (failure instanceof LalalApiException e && e.code() != null) {
            m.setHeader(HeaderNames.ERROR_CODE, e.code());
        }
    }
}
