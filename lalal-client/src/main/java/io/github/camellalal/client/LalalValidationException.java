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
        this("Invalid value for option '" + option + "'", option, value, allowed);
    }

    private LalalValidationException(String what, String option, Object value, String allowed) {
        super(null, List.of(), what + ": " + (value == null ? "(none)" : "'" + value + "'") + "; allowed: " + allowed,
                null);
        this.option = option;
        this.value = value;
        this.allowed = allowed;
    }

    /**
     * A value of the message rather than of an option, e.g. a file name.
     *
     * @param what    what the value is and where it came from, e.g. {@code file name (header CamelFileName)}
     * @param value   the value given (never a secret)
     * @param allowed what is allowed
     */
    public static LalalValidationException ofInput(String what, Object value, String allowed) {
        return new LalalValidationException("Invalid " + what, what, value, allowed);
    }

    /**
     * An operation or option that the client's API does not have.
     *
     * @param what   the operation or option, e.g. {@code operation cancelAll} or {@code option encoderFormat}
     * @param api    the client's API, e.g. {@code v0}
     * @param needed the API that has it, e.g. {@code v1}
     */
    public static LalalValidationException needsApi(String what, String api, String needed) {
        return new LalalValidationException("apiVersion", api, needed + " (" + what + " needs LALAL.AI API "
                + needed + ")");
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
