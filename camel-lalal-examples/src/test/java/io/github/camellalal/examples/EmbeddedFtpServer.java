package io.github.camellalal.examples;

import java.nio.file.Path;
import java.util.List;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/** A real Apache FtpServer on 127.0.0.1 and a free port, one user with write access to a home directory. */
final class EmbeddedFtpServer implements AutoCloseable {

    static final String USER = "stems";
    static final String PASSWORD = "s3cret-ftp";

    private final FtpServer server;
    private final int port;

    EmbeddedFtpServer(Path home) throws Exception {
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(0);
        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        data.setPassiveAddress("127.0.0.1");
        data.setPassiveExternalAddress("127.0.0.1");
        data.setPassivePorts("0");
        listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        factory.addListener("default", listener.createListener());
        BaseUser user = new BaseUser();
        user.setName(USER);
        user.setPassword(PASSWORD);
        user.setHomeDirectory(home.toString());
        user.setAuthorities(List.<Authority>of(new WritePermission()));
        var users = new PropertiesUserManagerFactory().createUserManager();
        users.save(user);
        factory.setUserManager(users);
        server = factory.createServer();
        server.start();
        port = ((org.apache.ftpserver.impl.DefaultFtpServer) server).getListener("default").getPort();
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        server.stop();
    }
}
