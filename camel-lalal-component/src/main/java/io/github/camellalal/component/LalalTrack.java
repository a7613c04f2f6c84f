package io.github.camellalal.component;

/** Which result track {@code download} and {@code process} deliver. */
public enum LalalTrack {
    /** The separated stem only. */
    stem,
    /** The back track only: everything but the stem. */
    back,
    /** Both: the body becomes a list of two messages, the stem first. */
    both
}
