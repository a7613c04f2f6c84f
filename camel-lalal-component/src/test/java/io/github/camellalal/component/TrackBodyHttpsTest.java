package io.github.camellalal.component;

/** {@link TrackBodyTest} over https: spooled and in-memory track bodies behave the same under TLS. */
class TrackBodyHttpsTest extends TrackBodyTest {

    @Override
    protected boolean overTls() {
        return true;
    }
}
