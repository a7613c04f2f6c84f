package io.github.camellalal.component;

import io.github.camellalal.client.LalalApiException;
import org.apache.camel.Message;

/** Puts the service's error code of a failed exchange into header {@code CamelLalalErrorCode}. */
final class ErrorCodes {

    private ErrorCodes() {
    }

    static void set(Message m, Throwable failure) {
        if (failure instanceof LalalApiException e && e.code() != null) {
            m.setHeader(LalalConstants.ERROR_CODE, e.code());
        }
    }
}
