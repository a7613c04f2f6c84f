package io.github.camellalal.component;

import io.github.camellalal.client.LalalException;
import java.util.List;

/**
 * A separation task did not deliver: it ended in error or was cancelled, the service no longer knows the file, or
 * process stopped waiting for it.
 */
public class LalalTaskException extends LalalException {
    private static final long serialVersionUID = 1L;

    private final String fileId;
    private final String state;
    private final String serviceError;

    /**
     * Creates the exception.
     *
     * @param fileId       the file whose task failed
     * @param state        the state it ended in: {@code error}, {@code cancelled}, {@code expired} or
     *                     {@code timeout}
     * @param serviceError the service's error text, or {@code null}
     */
    public LalalTaskException(String fileId, String state, String serviceError, String message) {
        super(null, List.of(fileId), message, null);
        this.fileId = fileId;
        this.state = state;
        this.serviceError = serviceError;
    }

    /** The file whose task failed. */
    public String fileId() {
        return fileId;
    }

    /** How it ended: {@code error}, {@code cancelled}, {@code expired} or {@code timeout}. */
    public String state() {
        return state;
    }

    /** The service's error text, or {@code null}. */
    public String serviceError() {
        return serviceError;
    }
}
