package io.github.camellalal.client;

import java.util.List;

/** Base of every failure of a LALAL.AI call: carries the operation and the file ids it concerned. */
public class LalalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ApiOperation operation;
    private final List<String> fileIds;

    /** Creates an exception for the given operation and file ids (may be empty). */
    public LalalException(ApiOperation operation, List<String> fileIds, String message, Throwable cause) {
        super(message, cause);
        this.operation = operation;
        this.fileIds = fileIds == null ? List.of() : List.copyOf(fileIds);
    }

    /** The operation that failed, or {@code null} when the failure happened before choosing one. */
    public ApiOperation operation() {
        return operation;
    }

    /** The file ids the failed call concerned; empty when none (upload, limits). */
    public List<String> fileIds() {
        return fileIds;
    }
}
