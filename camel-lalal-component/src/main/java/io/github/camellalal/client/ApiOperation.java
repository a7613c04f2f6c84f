package io.github.camellalal.client;

/** The operations of the LALAL.AI service, as named in errors and logs. */
public enum ApiOperation {
    UPLOAD, SPLIT, CHECK, CANCEL, LIMITS, DOWNLOAD;

    /** Whether repeating the call after a failure cannot do harm (it changes nothing or the same twice). */
    public boolean isSafeToRepeat() {
        return this == CHECK || this == CANCEL || this == LIMITS;
    }
}
