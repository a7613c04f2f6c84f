package io.github.camellalal.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/**
 * The start every v1 JSON endpoint shares: read the body (so the log has it), authenticate by
 * {@code X-License-Key} (401 first, as the web framework's auth runs before the body is parsed), then parse.
 *
 * @param license the caller's license
 * @param body    the parsed body ({@code null} when empty)
 */
record V1Request(EmulatorLicense license, JsonNode body) {

    /** Answers a request it refuses (the check rate limit, between authentication and parsing). */
    interface Gate {
        /** Whether the request may go on; when not, it has been answered. */
        boolean admit(EmulatorLicense license) throws IOException;
    }

    /** The request, or {@code null} after answering 401 or 400 (not JSON). */
    static V1Request open(HttpCall call, EmulatorState state, boolean hasBody) throws IOException {
        return open(call, state, hasBody, license -> true);
    }

    /** The request, or {@code null} after answering 401, what {@code gate} refused, or 400 (not JSON). */
    static V1Request open(HttpCall call, EmulatorState state, boolean hasBody, Gate gate) throws IOException {
        JsonNode body = null;
        boolean unparseable = false;
        try {
            body = V1Body.read(call);
        } catch (V1Body.Unparseable e) {
            unparseable = true;
        }
        EmulatorLicense license = state.license(call.v1LicenseKey());
        if (license == null) {
            call.json(401, V1Errors.unauthorized());
            return null;
        }
        if (!gate.admit(license)) {
            return null;
        }
        if (hasBody && unparseable) {
            call.json(400, V1Errors.cannotParse());
            return null;
        }
        return new V1Request(license, hasBody ? body : null);
    }

    /** Answers 422 with the problems unless there are none; returns whether it answered. */
    static boolean refuse(HttpCall call, V1Body v) throws IOException {
        if (v.ok()) {
            return false;
        }
        call.json(422, V1Errors.validation(List.copyOf(v.problems)));
        return true;
    }
}
