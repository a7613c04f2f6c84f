package io.github.camellalal.client;

import java.util.List;

/** A request was refused before anything was sent, because an option has a value that is not allowed. */
public class LalalValidationException extends LalalException {
    private static final long serialVersionUID = 1L;

    private final String option;
    private final transient Object value;
    private final String allowed;

    /**
     * Creates the exception.
     *
     * @param option  the option's name, e.g. {@code stem}
     * @param value   the value given (never a secret)
     * @param allowed what is allowed, e.g. the list of names
     */
    public LalalValidationException(String option, Object value, String allowed) {
        super(null, List.of(), "Invalid value for option '" + option + "': "
                + (value == null ? "(none)" : "'" + value + "'") + "; allowed: " + allowed, null);
        this.option = option;
        this.value = value;
        this.allowed = allowed;
    }

    /** The option's name. */
    public String option() {
        return option;
    }

    /** The value given. */
    public Object value() {
        return value;
    }

    /** What is allowed. */
    public String allowed() {
        return allowed;
    }
}
