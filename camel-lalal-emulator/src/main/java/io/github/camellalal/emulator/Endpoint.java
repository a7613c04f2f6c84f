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
    /** {@code POST /api/v1/upload/}. */
    V1_UPLOAD,
    /** {@code POST /api/v1/split/<type>/}: stem_separator, demuser, voice_clean, multistem. */
    V1_SPLIT,
    /** {@code POST /api/v1/split/batch/<type>/}: stem_separator, demuser, voice_clean. */
    V1_BATCH_SPLIT,
    /** {@code POST /api/v1/check/}. */
    V1_CHECK,
    /** {@code POST /api/v1/cancel/}. */
    V1_CANCEL,
    /** {@code POST /api/v1/cancel/all/}. */
    V1_CANCEL_ALL,
    /** {@code POST /api/v1/delete/}. */
    V1_DELETE,
    /** {@code POST /api/v1/limits/minutes_left/}. */
    V1_LIMITS,
    /** {@code POST /api/v1/change_voice/}. */
    V1_CHANGE_VOICE,
    /** {@code POST /api/v1/voice_packs/list/}. */
    V1_VOICE_PACKS,
    /** Anything else, also a known path without its trailing slash: answered 404. */
    OTHER
}
