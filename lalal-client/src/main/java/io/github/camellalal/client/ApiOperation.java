package io.github.camellalal.client;

/** The operations of the LALAL.AI service, as named in errors and logs. */
public enum ApiOperation {
    UPLOAD, SPLIT, CHECK, CANCEL, LIMITS, DOWNLOAD,
    /** Cancels every running task of the license (API v1). */
    CANCEL_ALL,
    /** Deletes an uploaded source and its results (API v1). */
    DELETE,
    /** Lists the voice packs of the license (API v1). */
    VOICE_PACKS;

    /** Whether repeating the call after a failure cannot do harm (it changes nothing or the same twice). */
    public boolean isSafeToRepeat() {
        return this == CHECK || this == CANCEL || this == LIMITS || this == CANCEL_ALL || this == VOICE_PACKS;
    }
}
