package io.cronkeeper.alert;

import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * STARTTLS in front of GreenMail, whose SMTP server lacks it: advertises STARTTLS in the EHLO
 * answer, upgrades the client's connection with GreenMail's self-signed certificate, then relays
 * the decrypted session to GreenMail's plain SMTP port. Records what the client sent after the
 * upgrade, to show that the login travelled inside TLS.
 */
final class StartTlsRelay implements AutoCloseable {
    private final ServerSocket listener;
    private final int upstreamPort;
    private final SSLContext tls;
    private final StringBuffer afterTls = new StringBuffer();
    private volatile boolean upgraded;

    StartTlsRelay(int upstreamPort) throws IOException, GeneralSecurityException {
        this.upstreamPort = upstreamPort;
        this.tls = greenMailTls();
        this.listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::serve);
    }

    int port() {
        return listener.getLocalPort();
    }

    boolean upgraded() {
        return upgraded;
    }

    String clientTextAfterTls() {
        return afterTls.toString();
    }

    private void serve() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread.ofVirtual().start(() -> relay(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            InputStream up = new BufferedInputStream(upstream.getInputStream());
            OutputStream upOut = upstream.getOutputStream();
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            out.write(reply(up).getBytes(StandardCharsets.US_ASCII));
            upOut.write((line(in) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            String ehlo = reply(up);
            int previous = ehlo.lastIndexOf("\r\n", ehlo.length() - 3);
            int last = previous < 0 ? 0 : previous + 2;
            String advertised = ehlo.substring(0, last) + ehlo.substring(last, last + 3) + "-" + ehlo.substring(last + 4)
                + "250 STARTTLS\r\n";
            out.write(advertised.getBytes(StandardCharsets.US_ASCII));
            if (!line(in).equalsIgnoreCase("STARTTLS")) {
                return;
            }
            out.write("220 2.0.0 Ready to start TLS\r\n".getBytes(StandardCharsets.US_ASCII));
            SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(client, "localhost", client.getPort(), true);
            secure.setUseClientMode(false);
            secure.startHandshake();
            upgraded = true;
            Thread back = Thread.ofVirtual().start(() -> copy(up, secure, null));
            copy(secure.getInputStream(), upstream, afterTls);
            back.join(5000);
        } catch (IOException | InterruptedException e) {
            // The client went away; the test asserts on what arrived.
        }
    }

    private static void copy(InputStream from, Socket to, StringBuffer record) {
        try {
            copy(from, to.getOutputStream(), record);
        } catch (IOException e) {
            // Either side closed.
        }
    }

    private static void copy(InputStream from, OutputStream to, StringBuffer record) throws IOException {
        byte[] buf = new byte[8192];
        for (int n; (n = from.read(buf)) > 0; ) {
            to.write(buf, 0, n);
            to.flush();
            if (record != null) {
                record.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            }
        }
    }

    /** One command line from the client, byte by byte so nothing of the TLS handshake is read ahead. */
    private static String line(InputStream in) throws IOException {
        var sb = new ByteArrayOutputStream();
        for (int b; (b = in.read()) >= 0 && b != '\n'; ) {
            if (b != '\r') {
                sb.write(b);
            }
        }
        return sb.toString(StandardCharsets.US_ASCII);
    }

    /** A whole (multi-line) SMTP reply: lines until one whose fourth character is a space. */
    private static String reply(InputStream in) throws IOException {
        var sb = new StringBuilder();
        while (true) {
            String l = line(in);
            sb.append(l).append("\r\n");
            if (l.length() < 4 || l.charAt(3) == ' ') {
                return sb.toString();
            }
        }
    }

    private static SSLContext greenMailTls() throws GeneralSecurityException {
        KeyStore keys = new DummySSLServerSocketFactory().getKeyStore();
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "changeit".toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
