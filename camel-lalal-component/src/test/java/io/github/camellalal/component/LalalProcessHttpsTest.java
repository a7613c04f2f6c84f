package io.github.camellalal.component;

/** {@link LalalProcessTest} over https: upload, split, wait and download through TLS. */
class LalalProcessHttpsTest extends LalalProcessTest {

    @Override
    protected boolean overTls() {
        return true;
    }
}
