package io.github.camellalal.client.v0;

/** {@link DownloadRedirectTest} with the API, the redirecting host and every hop on https. */
class DownloadRedirectHttpsTest extends DownloadRedirectTest {

    @Override
    boolean https() {
        return true;
    }
}
