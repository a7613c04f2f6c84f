package io.github.camellalal.component;

/**
 * {@link LalalProxyCredentialsTest} to an https service: the component's proxy credentials go with the CONNECT that
 * opens each tunnel, once per connection, and the stream cache bodies travel through the tunnels.
 */
class LalalProxyCredentialsHttpsTest extends LalalProxyCredentialsTest {

    @Override
    protected boolean overTls() {
        return true;
    }
}
