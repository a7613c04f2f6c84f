package io.github.camellalal.component;

/** Which result track {@code download} and {@code process} deliver. */
public enum LalalTrack {
    /** The separated stem only. */
    stem,
    /** The back track only: everything but the stem. */
    back,
    /** Both: the body becomes a list of two messages, the stem first. */
    both,
    /** Every track of the task (API v1 multistem: one per stem, then the rest), as a list like both. */
    all;

    /** The track a header asks for, else {@code fallback}; an unknown name fails naming the header. */
    static LalalTrack of(Object header, LalalTrack fallback) {
        if (header == null) {
            return fallback;
        }
        if (header instanceof LalalTrack t) {
            return t;
        }
        try {
            return valueOf(header.toString());
        } catch (IllegalArgumentException e) {
            throw new io.github.camellalal.client.LalalValidationException(LalalConstants.TRACK, header,
                    "stem, back, both or all");
        }
    }
}
