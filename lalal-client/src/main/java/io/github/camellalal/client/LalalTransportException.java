package io.github.camellalal.client;

import java.util.List;

/** No usable answer arrived: connection refused or reset, timeout, TLS failure. The cause tells which. */
public class LalalTransportException extends LalalException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with the I/O failure as cause. */
    public LalalTransportException(ApiOperation operation, List<String> fileIds, String message, Throwable cause) {
        super(operation, fileIds, message, cause);
    }
}
