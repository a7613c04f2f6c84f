package io.github.camellalal.emulator;

/** The parts of the API a request can address, as the request log and fault injection name them. */
public enum Endpoint {
    /** {@code POST /api/upload/}. */
    UPLOAD,
    /** {@code POST /api/split/}. */
    SPLIT,
    /** {@code POST /api/check/}. */
    CHECK,
    /** {@code POST /api/cancel/}. */
    CANCEL,
    /** {@code GET /billing/get-limits/}. */
    LIMITS,
    /** {@code GET /media/...}: result tracks. */
    DOWNLOAD,
    /** Anything else, also a known path without its trailing slash: answered 404. */
    OTHER
}
